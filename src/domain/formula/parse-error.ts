/**
 * The one error the tokenizer and parser raise: a message and the 0-based position in
 * the formula text where reading stopped, so the pane can point at the bad character.
 */

export class ParseError extends Error {
  override readonly name = "ParseError";
  /** The message without the position and formula appended. */
  readonly reason: string;

  constructor(
    reason: string,
    /** 0-based offset into the text as given (a leading "=" counts). */
    readonly position: number,
    readonly formula: string,
  ) {
    super(`${reason} (at character ${position + 1})`);
    this.reason = reason;
  }
}

/**
 * Reading position over a token list, shared by the parser and the array-constant
 * reader, with the ParseErrors both raise (pointing at a token, or at the end).
 */
import { ParseError } from "./parse-error";
import type { OperatorText, Token } from "./tokens";

export class TokenCursor {
  protected index = 0;

  constructor(
    protected readonly tokens: readonly Token[],
    readonly text: string,
  ) {}

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  peekOperator(op: OperatorText): boolean {
    const token = this.peek();
    return token?.kind === "operator" && token.op === op;
  }

  next(): Token | undefined {
    const token = this.tokens[this.index];
    if (token) this.index += 1;
    return token;
  }

  error(message: string, position: number): ParseError {
    return new ParseError(message, position, this.text);
  }

  unexpected(token: Token): ParseError {
    if (token.kind === "semicolon") {
      return this.error(
        '";" separates arguments only in localized formulas; invariant formulas use ","',
        token.start,
      );
    }
    if (token.kind === "close") return this.error("This ) has no matching (", token.start);
    return this.error(`Unexpected "${this.text.slice(token.start, token.end)}"`, token.start);
  }
}

/**
 * Errors the command line reports as one line and exit code 2. Anything else reaching
 * the top level is a bug and is still reported in one line (no stack trace for users).
 */
import type { MessageId } from "./messages";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_FILE = 2;

export class CliError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly data: Readonly<Record<string, string | number>> = {},
  ) {
    super(messageId);
    this.name = "CliError";
  }
}

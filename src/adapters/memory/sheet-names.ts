/**
 * Excel's rules for a worksheet name: 1-31 characters, none of \ / ? * [ ] :, not
 * starting or ending with an apostrophe, and not "History" (reserved by Excel).
 */

export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[\\/?*[\]:]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/** Excel's next default name: "Sheet1", "Sheet2", … skipping names in use. */
export function nextDefaultSheetName(taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const candidate = `Sheet${n}`;
    if (!taken(candidate)) return candidate;
  }
}

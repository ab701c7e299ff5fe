/**
 * Inserting never overwrites: when a wanted sheet or defined name is taken, both adapters
 * pick the same free variant, so the Excel and .xlsx paths produce identical workbooks.
 */

/** Excel compares sheet names case-insensitively and limits them to 31 characters. */
const MAX_SHEET_NAME = 31;

function taken(existing: Iterable<string>): Set<string> {
  return new Set([...existing].map((n) => n.toLocaleLowerCase("vi")));
}

/** "Phụ lục 01" -> "Phụ lục 01 (2)" when "Phụ lục 01" exists, and so on. */
export function freeSheetName(wanted: string, existing: Iterable<string>): string {
  const used = taken(existing);
  if (!used.has(wanted.toLocaleLowerCase("vi"))) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLocaleLowerCase("vi"))) return candidate;
  }
}

/** "KHGN_PL01" -> "KHGN_PL01_2" when taken (defined names are case-insensitive too). */
export function freeDefinedName(wanted: string, existing: Iterable<string>): string {
  const used = taken(existing);
  if (!used.has(wanted.toLocaleLowerCase("vi"))) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted}_${n}`;
    if (!used.has(candidate.toLocaleLowerCase("vi"))) return candidate;
  }
}

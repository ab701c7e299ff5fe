/**
 * What a sheet's title (and name) says it holds: "PHỤ LỤC 01", "KINH PHÍ THỰC HIỆN …",
 * "BIỂU SỐ 02", "CHỈ TIÊU GIẢM NGHÈO", "Biểu 03", "… DỊCH VỤ XÃ HỘI CƠ BẢN", "PHÂN CÔNG".
 * A title only tips the balance between layouts that fit; the table's content decides.
 */
import type { SheetView } from "./sheet-view";
import type { TableKind } from "./table";
import { hasPhrase, textKey } from "./text-key";

const HINTS: readonly (readonly [TableKind, readonly string[]])[] = [
  [
    "phu-luc-01",
    [
      "phu luc 01",
      "phu luc 1",
      "phu luc so 01",
      "phu luc so 1",
      "pl01",
      "pl 01",
      "kinh phi thuc hien",
      "du toan kinh phi",
      "phan bo von",
      "ke hoach von",
    ],
  ],
  [
    "bieu-02",
    [
      "bieu so 02",
      "bieu 02",
      "bieu so 2",
      "bieu 2",
      "b02",
      "chi tieu giam ngheo",
      "giam ty le ho ngheo",
      "giam ngheo nam",
    ],
  ],
  [
    "bieu-03",
    ["bieu so 03", "bieu 03", "bieu so 3", "bieu 3", "b03", "dich vu xa hoi co ban", "muc do thieu hut"],
  ],
  ["phan-cong", ["phan cong"]],
];

function kindOfText(key: string): TableKind | null {
  return HINTS.find(([, phrases]) => hasPhrase(key, phrases))?.[0] ?? null;
}

/** The kind the first title line above `before` names, else the sheet's name; null when neither does. */
export function titleHint(view: SheetView, from: number, before: number): TableKind | null {
  for (let row = Math.max(1, from); row < before; row++) {
    for (const col of view.shownColumns(row)) {
      const kind = kindOfText(view.key(row, col));
      if (kind) return kind;
    }
  }
  return kindOfText(textKey(view.name));
}

/**
 * Hands bytes made in the pane (the changed workbook, the narrative's .docx) to the browser as
 * a file download, through an object URL and a temporary link: nothing is uploaded, the bytes
 * never leave the page. Also names the changed copy of a workbook so it never replaces the
 * original in the Downloads folder by accident.
 */

export const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type Download = (bytes: Uint8Array, fileName: string, mimeType: string) => void;

/** How long the object URL lives: revoking at once can cancel the download in some browsers. */
const URL_LIFETIME_MS = 60_000;

export function downloadBytes(bytes: Uint8Array, fileName: string, mimeType: string): void {
  // A copy, because Blob takes only bytes over a plain ArrayBuffer (never a shared one).
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
  }
}

const EDITED = " (đã sửa)";

/** "ke-hoach-2025.xlsx" -> "ke-hoach-2025 (đã sửa).xlsx"; a copy already marked keeps one mark. */
export function editedFileName(original: string): string {
  const base =
    original
      .normalize("NFC")
      .replace(/\.xlsx$/i, "")
      .trim() || "Sổ làm việc";
  return `${base.endsWith(EDITED) ? base : `${base}${EDITED}`}.xlsx`;
}

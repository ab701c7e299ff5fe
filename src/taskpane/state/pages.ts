/**
 * The pages of the task pane and how the URL picks one. The ribbon opens the pane at
 * taskpane.html?page=<id>; a page this build does not have yet (thuyet-minh)
 * falls back to the first page instead of showing nothing.
 */
import type { MessageId } from "../i18n/messages";

export type PageId = "bieu-mau" | "kiem-tra";

export interface PageEntry {
  readonly id: PageId;
  readonly label: MessageId;
}

export const PAGES: readonly [PageEntry, ...PageEntry[]] = [
  { id: "bieu-mau", label: "pageBieuMau" },
  { id: "kiem-tra", label: "pageKiemTra" },
];

/** "?page=bieu-mau" -> "bieu-mau"; a missing or unknown page -> the first page. */
export function pageFromSearch(search: string): PageId {
  const wanted = new URLSearchParams(search).get("page");
  return PAGES.find((p) => p.id === wanted)?.id ?? PAGES[0].id;
}

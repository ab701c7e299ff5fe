/**
 * The pages of the task pane, in tab order, and how the URL picks one: the ribbon opens the
 * pane at taskpane.html?page=<id>; a missing or unknown page falls back to the first. Also
 * which pages stay mounted: every page visited since the workbook was opened, so findings,
 * forms and undo batches survive switching tabs until the pane closes.
 */
import type { MessageId } from "../i18n/messages";

export type PageId = "bieu-mau" | "kiem-tra" | "thuyet-minh" | "cai-dat";

export interface PageEntry {
  readonly id: PageId;
  readonly label: MessageId;
}

export const PAGES: readonly [PageEntry, ...PageEntry[]] = [
  { id: "bieu-mau", label: "pageBieuMau" },
  { id: "kiem-tra", label: "pageKiemTra" },
  { id: "thuyet-minh", label: "pageThuyetMinh" },
  { id: "cai-dat", label: "pageCaiDat" },
];

/** "?page=bieu-mau" -> "bieu-mau"; a missing or unknown page -> the first page. */
export function pageFromSearch(search: string): PageId {
  const wanted = new URLSearchParams(search).get("page");
  return PAGES.find((p) => p.id === wanted)?.id ?? PAGES[0].id;
}

/** The pages to keep mounted once `page` is shown: the same list when it is already there. */
export function withPage(mounted: readonly PageId[], page: PageId): readonly PageId[] {
  return mounted.includes(page) ? mounted : [...mounted, page];
}

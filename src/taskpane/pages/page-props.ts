/**
 * What App hands every page, the same for all of them so App renders any page from one map
 * (PAGE_COMPONENTS): the workbook to work on, how the connection stands, the program files,
 * the pane's language, whether the ribbon opened the pane on this page, and a way to send
 * the user to another page. Pages may take extra optional props (their controllers) for tests.
 */
import type { ProgramFile } from "../../domain/programs/types";
import type { HostStatus } from "../components/HostNotice";
import type { Lang } from "../i18n/messages";
import type { PageId } from "../state/pages";
import type { Workspace } from "../workspace/workspace";

export interface PageProps {
  /** The workbook in Excel or the opened file; null while connecting or when no file is open. */
  readonly workspace: Workspace | null;
  readonly status: HostStatus;
  readonly programs: readonly ProgramFile[];
  readonly lang: Lang;
  /** The ribbon (?page=…) opened the pane on this page: act at once when there is a workbook. */
  readonly opened: boolean;
  readonly goTo: (page: PageId) => void;
}

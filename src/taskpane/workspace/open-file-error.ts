/**
 * Why a file chosen in browser mode could not be opened as a workbook, named by the file so
 * the pane can say which one and what to do (resave an old .xls as .xlsx, remove the
 * password, copy the file again). The message is the Vietnamese sentence; the pane shows the
 * one of its own language from `problem` and `fileName`.
 */
import type { ReadProblem } from "../../adapters/xlsx/workbook-file-error";
import { translate } from "../i18n/translate";

/** What browser mode can meet: no path problems, but the browser may fail to read the file. */
export type OpenProblem = Exclude<ReadProblem, "missing" | "folder">;

export class OpenFileError extends Error {
  constructor(
    readonly problem: OpenProblem,
    readonly fileName: string,
    /** The underlying complaint (ExcelJS's, the browser's), when there is one. */
    readonly detail: string | null = null,
  ) {
    super(translate("vi", `openProblem.${problem}`, { fileName }));
    this.name = "OpenFileError";
  }
}

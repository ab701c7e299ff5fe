/** The fake context.workbook: its worksheets and its workbook-level defined names. */
import type { ExcelWorkbook } from "../office/excel-api";
import { FakeNamedItemCollection } from "./named-items";
import type { FakeRequestContext } from "./request-context";
import { FakeWorksheetCollection } from "./worksheet-collection";

export class FakeWorkbook implements ExcelWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;

  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }
}

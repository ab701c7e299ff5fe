/** The fake context.workbook: its file name, its worksheets and its workbook-level defined names. */
import type { ExcelWorkbook } from "../office/excel-api";
import { FakeClientObject } from "./client-object";
import { FakeNamedItemCollection } from "./named-items";
import type { FakeRequestContext } from "./request-context";
import type { WorkbookState } from "./workbook-state";
import { FakeWorksheetCollection } from "./worksheet-collection";
import { WORKBOOK_LEVEL, type LogTarget } from "./write-log";

export class FakeWorkbook extends FakeClientObject<WorkbookState> implements ExcelWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;

  constructor(context: FakeRequestContext) {
    super(context, "Workbook", "", { name: { read: (state) => state.title } });
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }

  protected resolve(): WorkbookState {
    return this.context.state;
  }
  protected logTarget(): LogTarget {
    return WORKBOOK_LEVEL;
  }
  get name(): string {
    return this.readProperty("name");
  }
  load(names: "name" | "name"[]): FakeWorkbook {
    this.queueLoad(names);
    return this;
  }
}

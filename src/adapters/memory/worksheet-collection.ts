/**
 * The fake workbook.worksheets: add (Excel's name rules; ItemAlreadyExists on a taken
 * name, compared without case), getItem (ItemNotFound at sync), getItemOrNullObject, and
 * items after load("items/name").
 */
import type {
  ExcelWorksheetCollection,
  WorksheetCollectionProperty,
  WorksheetProperty,
} from "../office/excel-api";
import { invalidArgument, itemAlreadyExists, itemNotFound, propertyNotLoaded } from "./fake-errors";
import { Lazy } from "./lazy";
import type { FakeRequestContext } from "./request-context";
import { isValidSheetName, nextDefaultSheetName } from "./sheet-names";
import { addSheetState, findSheet, type SheetState } from "./workbook-state";
import { FakeWorksheet } from "./worksheet-proxy";

function itemProperties(
  names: WorksheetCollectionProperty | WorksheetCollectionProperty[],
): WorksheetProperty[] {
  const list = typeof names === "string" ? names.split(",").map((n) => n.trim()) : names;
  return list.map((n) => n.replace(/^items\//, "") as WorksheetProperty);
}

export class FakeWorksheetCollection implements ExcelWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(private readonly context: FakeRequestContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded("WorksheetCollection", "items");
    return this.loadedItems;
  }

  private pinned(sheet: SheetState): FakeWorksheet {
    return new FakeWorksheet(this.context, Lazy.of<SheetState | null>(sheet));
  }

  add(name?: string): FakeWorksheet {
    const state = this.context.state;
    let created: SheetState | undefined;
    this.context.enqueue(() => {
      const wanted = name ?? nextDefaultSheetName((n) => findSheet(state, n) !== null);
      if (!isValidSheetName(wanted))
        throw invalidArgument("WorksheetCollection.add", `Not a valid sheet name: ${wanted}`);
      if (findSheet(state, wanted)) throw itemAlreadyExists("WorksheetCollection.add");
      created = addSheetState(state, wanted);
      this.context.log({
        op: "call",
        sheet: wanted,
        address: null,
        method: "worksheets.add",
        args: [wanted],
      });
    });
    const locate = new Lazy<SheetState | null>(() => {
      if (!created) throw itemNotFound("WorksheetCollection.add");
      return created;
    });
    return new FakeWorksheet(this.context, locate);
  }

  getItem(key: string): FakeWorksheet {
    const locate = new Lazy<SheetState | null>(() => {
      const sheet = findSheet(this.context.state, key);
      if (!sheet) throw itemNotFound(`WorksheetCollection.getItem(${key})`);
      return sheet;
    });
    return new FakeWorksheet(this.context, locate);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, new Lazy(() => findSheet(this.context.state, key)), true);
  }

  load(names: WorksheetCollectionProperty | WorksheetCollectionProperty[]): FakeWorksheetCollection {
    const properties = itemProperties(names);
    this.context.enqueue(() => {
      this.loadedItems = this.context.state.sheets.map((sheet) => {
        const item = this.pinned(sheet);
        item.captureNow(properties, sheet);
        return item;
      });
    });
    return this;
  }
}

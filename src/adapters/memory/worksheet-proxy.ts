/**
 * The fake Excel.Worksheet: name (unique, Excel's naming rules), position, visibility,
 * ranges by address or by indexes, the used range, activation, and its protection, page
 * layout, freeze panes and sheet-level names, and deleting it (sheet-removal.ts). A sheet from
 * getItemOrNullObject reports isNullObject after a sync and ignores writes when nothing was
 * found, like Excel's null objects.
 */
import type { ExcelWorksheet, SheetVisibility, WorksheetProperty } from "../office/excel-api";
import { MAX_COLUMNS, MAX_ROWS, parseQualifiedArea, type Area } from "./areas";
import type { PropertyTable } from "./client-object";
import { invalidArgument, invalidOperation, itemAlreadyExists, propertyNotLoaded } from "./fake-errors";
import { Lazy } from "./lazy";
import { FakeNamedItemCollection } from "./named-items";
import { FakeRange } from "./range-proxy";
import { removeSheetState } from "./sheet-removal";
import type { RangeTarget } from "./range-target";
import type { FakeRequestContext } from "./request-context";
import { SheetBoundObject, type SheetLocator } from "./sheet-bound";
import { isValidSheetName } from "./sheet-names";
import { FakeFreezePanes, FakePageLayout, FakeWorksheetProtection } from "./sheet-parts";
import { usedArea } from "./used-range";
import { findSheet, type SheetState, type WorkbookState } from "./workbook-state";

const VISIBILITIES: readonly SheetVisibility[] = ["Visible", "Hidden", "VeryHidden"];

function renameSheet(state: WorkbookState, sheet: SheetState, name: unknown): void {
  if (typeof name !== "string" || !isValidSheetName(name)) throw invalidArgument("Worksheet.name");
  const holder = findSheet(state, name);
  if (holder && holder !== sheet) throw itemAlreadyExists("Worksheet.name");
  sheet.name = name;
}

function setVisibility(state: WorkbookState, sheet: SheetState, value: unknown): void {
  if (!VISIBILITIES.includes(value as SheetVisibility)) throw invalidArgument("Worksheet.visibility");
  const othersVisible = state.sheets.some((s) => s !== sheet && s.visibility === "Visible");
  if (value !== "Visible" && !othersVisible) {
    throw invalidOperation("Worksheet.visibility", "A workbook must contain at least one visible worksheet.");
  }
  sheet.visibility = value as SheetVisibility;
}

function worksheetProperties(state: WorkbookState): PropertyTable<SheetState> {
  return {
    name: { read: (s) => s.name, write: (s, v) => renameSheet(state, s, v) },
    position: { read: (s) => state.sheets.indexOf(s) },
    visibility: { read: (s) => s.visibility, write: (s, v) => setVisibility(state, s, v) },
  };
}

const WHOLE_SHEET: Area = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

export class FakeWorksheet extends SheetBoundObject implements ExcelWorksheet {
  readonly protection: FakeWorksheetProtection;
  readonly pageLayout: FakePageLayout;
  readonly freezePanes: FakeFreezePanes;
  readonly names: FakeNamedItemCollection;
  /** Known once a sync has run after getItemOrNullObject; sheets found otherwise are never null. */
  private nullness: boolean | undefined;

  constructor(context: FakeRequestContext, locate: SheetLocator, nullable = false) {
    super(context, "Worksheet", "", worksheetProperties(context.state), locate);
    this.protection = new FakeWorksheetProtection(context, locate);
    this.pageLayout = new FakePageLayout(context, locate);
    this.freezePanes = new FakeFreezePanes(context, locate);
    this.names = new FakeNamedItemCollection(context, locate);
    if (nullable) context.enqueue(() => (this.nullness = locate.get() === null));
    else this.nullness = false;
  }

  /** Lets a collection that is already running at sync fill this proxy's loaded values. */
  captureNow(names: readonly WorksheetProperty[], sheet: SheetState): void {
    this.capture(names, sheet);
  }

  get isNullObject(): boolean {
    if (this.nullness === undefined) throw propertyNotLoaded("Worksheet", "isNullObject");
    return this.nullness;
  }
  get name(): string {
    return this.readProperty("name");
  }
  set name(value: string) {
    this.writeProperty("name", value);
  }
  get position(): number {
    return this.readProperty("position");
  }
  get visibility(): SheetVisibility {
    return this.readProperty("visibility");
  }
  set visibility(value: SheetVisibility) {
    this.writeProperty("visibility", value);
  }

  private rangeOn(find: (sheet: SheetState) => Area): FakeRange {
    const locate = new Lazy<RangeTarget | null>(() => {
      const sheet = this.locate.get();
      return sheet ? { sheet, area: find(sheet) } : null;
    });
    return new FakeRange(this.context, locate, this);
  }

  getRange(address?: string): FakeRange {
    return this.rangeOn((sheet) => {
      if (address === undefined) return WHOLE_SHEET;
      const parsed = parseQualifiedArea(address);
      const otherSheet = parsed?.sheet && findSheet(this.context.state, parsed.sheet) !== sheet;
      if (!parsed || otherSheet)
        throw invalidArgument("Worksheet.getRange", `Not an address on this sheet: ${address}`);
      return parsed.area;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.rangeOn(() => {
      const area = {
        top: startRow + 1,
        left: startColumn + 1,
        bottom: startRow + rowCount,
        right: startColumn + columnCount,
      };
      const valid =
        [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
        startRow >= 0 &&
        startColumn >= 0;
      if (!valid || rowCount < 1 || columnCount < 1 || area.bottom > MAX_ROWS || area.right > MAX_COLUMNS) {
        throw invalidArgument("Worksheet.getRangeByIndexes");
      }
      return area;
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.rangeOn((sheet) => usedArea(sheet, valuesOnly));
  }

  activate(): void {
    this.invoke("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible")
        throw invalidOperation("Worksheet.activate", "Cannot activate a hidden sheet.");
      this.context.state.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.invoke("delete", [], (sheet) => removeSheetState(this.context.state, sheet));
  }

  load(names: WorksheetProperty | WorksheetProperty[]): FakeWorksheet {
    this.queueLoad(names);
    return this;
  }
}

/**
 * The fake Excel.Range: values, formulas and number formats as 2-D arrays, hidden rows
 * and columns, position, merge() and select(), intersections and merged areas (null
 * objects when there are none), plus its format and data validation.
 */
import type {
  DataValidationErrorAlert,
  DataValidationRule,
  ExcelCellInput,
  ExcelCellValue,
  ExcelDataValidation,
  ExcelRange,
  ExcelWorksheet,
  RangeProperty,
} from "../office/excel-api";
import { columnCount, intersection, parseQualifiedArea, qualifiedA1, rowCount } from "./areas";
import {
  readFormulas,
  readNumberFormats,
  readValues,
  writeContent,
  writeNumberFormats,
} from "./cell-content";
import type { PropertyTable } from "./client-object";
import { errorAlertSpec, ruleSpec } from "./data-validation";
import { invalidArgument, invalidOperation, propertyNotLoaded } from "./fake-errors";
import { FakeRangeFormat } from "./format-proxies";
import { columnHiddenSpec, mergeArea, rowHiddenSpec } from "./layout";
import { Lazy } from "./lazy";
import { FakeRangeAreas } from "./range-areas";
import { RangeBoundObject, type RangeLocator } from "./range-bound";
import type { RangeTarget } from "./range-target";
import type { FakeRequestContext } from "./request-context";
import { findSheet } from "./workbook-state";

const RANGE: PropertyTable<RangeTarget> = {
  address: { read: ({ sheet, area }) => qualifiedA1(sheet.name, area) },
  values: { read: readValues, write: (t, v) => writeContent(t, v, "Range.values") },
  formulas: { read: readFormulas, write: (t, v) => writeContent(t, v, "Range.formulas") },
  numberFormat: { read: readNumberFormats, write: (t, v) => writeNumberFormats(t, v, "Range.numberFormat") },
  rowHidden: rowHiddenSpec,
  columnHidden: columnHiddenSpec,
  rowIndex: { read: ({ area }) => area.top - 1 },
  columnIndex: { read: ({ area }) => area.left - 1 },
  rowCount: { read: ({ area }) => rowCount(area) },
  columnCount: { read: ({ area }) => columnCount(area) },
};

export class FakeDataValidation extends RangeBoundObject implements ExcelDataValidation {
  constructor(context: FakeRequestContext, locate: RangeLocator) {
    super(
      context,
      "DataValidation",
      "dataValidation/",
      { rule: ruleSpec, errorAlert: errorAlertSpec },
      locate,
    );
  }
  get rule(): DataValidationRule {
    return this.readProperty("rule");
  }
  set rule(value: DataValidationRule) {
    this.writeProperty("rule", value);
  }
  get errorAlert(): DataValidationErrorAlert {
    return this.readProperty("errorAlert");
  }
  set errorAlert(value: DataValidationErrorAlert) {
    this.writeProperty("errorAlert", value);
  }
  load(names: ("rule" | "errorAlert") | ("rule" | "errorAlert")[]): FakeDataValidation {
    this.queueLoad(names);
    return this;
  }
}

export class FakeRange extends RangeBoundObject implements ExcelRange {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  /** Known once a sync has run after an *OrNullObject method; other ranges are never null. */
  private nullness: boolean | undefined;

  constructor(
    context: FakeRequestContext,
    locate: RangeLocator,
    readonly worksheet: ExcelWorksheet,
    nullable = false,
  ) {
    super(context, "Range", "", RANGE, locate);
    this.format = new FakeRangeFormat(context, locate);
    this.dataValidation = new FakeDataValidation(context, locate);
    if (nullable) context.enqueue(() => (this.nullness = locate.get() === null));
    else this.nullness = false;
  }

  get isNullObject(): boolean {
    if (this.nullness === undefined) throw propertyNotLoaded("Range", "isNullObject");
    return this.nullness;
  }

  getIntersectionOrNullObject(address: string): FakeRange {
    const locate = new Lazy(() => {
      const target = this.locate.get();
      if (!target) return null;
      const other = parseQualifiedArea(address);
      const otherSheet = other?.sheet && findSheet(this.context.state, other.sheet) !== target.sheet;
      if (!other || otherSheet)
        throw invalidArgument(
          "Range.getIntersectionOrNullObject",
          `Not an address on this sheet: ${address}`,
        );
      const area = intersection(target.area, other.area);
      return area ? { sheet: target.sheet, area } : null;
    });
    return new FakeRange(this.context, locate, this.worksheet, true);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.locate);
  }

  get address(): string {
    return this.readProperty("address");
  }
  get values(): ExcelCellValue[][] {
    return this.readProperty("values");
  }
  set values(values: ExcelCellInput[][]) {
    this.writeProperty("values", values);
  }
  get formulas(): ExcelCellValue[][] {
    return this.readProperty("formulas");
  }
  set formulas(formulas: ExcelCellInput[][]) {
    this.writeProperty("formulas", formulas);
  }
  get numberFormat(): string[][] {
    return this.readProperty("numberFormat");
  }
  set numberFormat(formats: (string | null)[][]) {
    this.writeProperty("numberFormat", formats);
  }
  get rowHidden(): boolean | null {
    return this.readProperty("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this.writeProperty("rowHidden", hidden);
  }
  get columnHidden(): boolean | null {
    return this.readProperty("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.writeProperty("columnHidden", hidden);
  }
  get rowIndex(): number {
    return this.readProperty("rowIndex");
  }
  get columnIndex(): number {
    return this.readProperty("columnIndex");
  }
  get rowCount(): number {
    return this.readProperty("rowCount");
  }
  get columnCount(): number {
    return this.readProperty("columnCount");
  }

  merge(across = false): void {
    this.invoke("merge", [across], (target) => mergeArea(target, across));
  }

  select(): void {
    this.invoke("select", [], ({ sheet, area }) => {
      if (sheet.visibility !== "Visible")
        throw invalidOperation("Range.select", "Cannot select a cell on a hidden sheet.");
      this.context.state.selection = { sheetId: sheet.id, area };
      this.context.state.activeSheetId = sheet.id;
    });
  }

  load(names: RangeProperty | RangeProperty[]): FakeRange {
    this.queueLoad(names);
    return this;
  }
}

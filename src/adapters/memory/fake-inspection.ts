/**
 * What tests see of the fake workbook, as plain copies: every written or formatted cell
 * with its effective format, layout, merges, validations, protection, print setup and
 * freeze panes of a sheet. Reading here never needs load/sync and never counts as a sync.
 */
import type {
  DataValidationErrorAlert,
  DataValidationRule,
  ExcelCellValue,
  ExcelProtectionOptions,
  HorizontalAlignment,
  PageOrientation,
  PageZoom,
  SheetVisibility,
  VerticalAlignment,
} from "../office/excel-api";
import { areaToA1 } from "./areas";
import { effectiveFormat } from "./cell-formats";
import type { BorderState, CellEdge, CellState, SheetState, WorkbookState } from "./workbook-state";

export interface FakeCellView {
  readonly value: ExcelCellValue | null;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number;
  readonly fontName: string;
  /** "#RRGGBB"; "#000000" unless set. */
  readonly fontColor: string;
  readonly horizontal: HorizontalAlignment;
  readonly vertical: VerticalAlignment;
  readonly wrap: boolean;
  /** "#RRGGBB", or null without fill. */
  readonly fill: string | null;
  readonly locked: boolean;
  readonly borders: Readonly<Partial<Record<CellEdge, BorderState>>>;
}

export interface FakeValidationView {
  readonly address: string;
  readonly rule: DataValidationRule | null;
  readonly errorAlert: DataValidationErrorAlert;
}

export interface FakeSheetView {
  readonly name: string;
  readonly position: number;
  readonly visibility: SheetVisibility;
  /** Keyed by A1 address. */
  readonly cells: Readonly<Record<string, FakeCellView>>;
  /** Points, by 1-based column; only columns whose width was set. */
  readonly columnWidths: Readonly<Record<number, number>>;
  /** Points, by 1-based row; only rows whose height was set. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly hiddenRows: readonly number[];
  readonly hiddenColumns: readonly number[];
  readonly merges: readonly string[];
  readonly validations: readonly FakeValidationView[];
  readonly protection: {
    readonly protected: boolean;
    readonly hasPassword: boolean;
    readonly options: ExcelProtectionOptions;
  };
  readonly page: {
    readonly paperSize: string;
    readonly orientation: PageOrientation;
    readonly zoom: PageZoom;
    /** Points. */
    readonly margins: {
      readonly top: number;
      readonly bottom: number;
      readonly left: number;
      readonly right: number;
    };
    readonly printTitleRows: string | null;
    /** "$A$1:$C$80"; absent when none was set. */
    readonly printArea?: string;
  };
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
}

function cellView(cell: CellState): FakeCellView {
  const format = effectiveFormat(cell.format);
  return {
    value: cell.value,
    formula: cell.formula,
    numberFormat: cell.numberFormat,
    bold: format.bold,
    italic: format.italic,
    size: format.size,
    fontName: format.fontName,
    fontColor: format.fontColor,
    horizontal: format.horizontal,
    vertical: format.vertical,
    wrap: format.wrap,
    fill: cell.format.fill ?? null,
    locked: format.locked,
    borders: { ...cell.format.borders },
  };
}

function byPosition(a: number, b: number): number {
  return a - b;
}

export function sheetView(state: WorkbookState, sheet: SheetState): FakeSheetView {
  const cells = Object.fromEntries([...sheet.cells.entries()].map(([key, cell]) => [key, cellView(cell)]));
  return structuredClone({
    name: sheet.name,
    position: state.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    cells,
    columnWidths: Object.fromEntries(sheet.columnWidths),
    rowHeights: Object.fromEntries(sheet.rowHeights),
    hiddenRows: [...sheet.hiddenRows].sort(byPosition),
    hiddenColumns: [...sheet.hiddenColumns].sort(byPosition),
    merges: sheet.merges.map((m) => areaToA1(m)),
    validations: sheet.validations.map((v) => ({
      address: areaToA1(v.area),
      rule: v.rule,
      errorAlert: v.errorAlert,
    })),
    protection: {
      protected: sheet.protection.protected,
      hasPassword: sheet.protection.password !== null,
      options: sheet.protection.options,
    },
    page: sheet.page,
    freeze: sheet.freeze,
  });
}

/**
 * One table cell from its spec: a label, a prefilled input (or a shaded locked cell where
 * the catalog item lacks the capital type), a formula, or a value linked to "Thông tin
 * chung". Each comes with its style, for inputs the kind of validation it needs, and for
 * text formulas what they may show (for row heights).
 */
import { quoteSheetName, toA1, type CellAddress } from "../../address/cell-address";
import type { CellStyle, PlannedCell, PlannedValue } from "../../sheet-plan";
import type { SettingKey } from "../column-keys";
import type { CellSpec, ValueKind } from "../template-spec";
import { fillText } from "../text-fill";
import type { RenderContext, SettingsLink } from "./context";
import { formulaString, formulaText } from "./formulas";
import type { Layout, PlacedColumn, PlacedRow } from "./layout";
import { settingValue } from "./setting-values";
import { formulaShows, type ShownText } from "./shown-text";
import { cellStyle, styleKey, type CellUse } from "./styles";

export interface RenderedCell {
  readonly cell: PlannedCell;
  readonly styleKey: string;
  readonly style: CellStyle;
  /** Set on input cells: what their validation checks. */
  readonly validation?: ValueKind;
  /** Set on formulas that show text. */
  readonly shows?: ShownText;
}

export interface CellEnv {
  readonly layout: Layout;
  readonly context: RenderContext;
  readonly row: PlacedRow;
  readonly column: PlacedColumn;
}

interface Content {
  readonly use: CellUse;
  readonly kind: ValueKind;
  readonly value?: PlannedValue;
  readonly formula?: string;
  readonly shows?: ShownText;
}

function settingFormula(key: SettingKey, link: SettingsLink): string | null {
  switch (link.kind) {
    case "sheet": {
      const at = link.cells.get(key);
      if (!at) throw new Error(`"Thông tin chung" has no row "${key}"`);
      return `=${quoteSheetName(link.sheetName)}!${toA1(at, true)}`;
    }
    case "name":
      return `=INDEX(${link.name},MATCH(${formulaString(key)},INDEX(${link.name},0,1),0),${link.valueColumn})`;
    case "none":
      return null;
  }
}

function fieldValue(env: CellEnv, name: string): PlannedValue {
  return env.row.fields[name] ?? null;
}

function content(spec: CellSpec, env: CellEnv): Content {
  const { context } = env;
  switch (spec.kind) {
    case "text":
      return { use: "label", kind: spec.value ?? "text", value: fillText(spec.text, context) };
    case "field":
      return { use: "label", kind: spec.value ?? "text", value: fieldValue(env, spec.field) };
    case "input": {
      const lacksCapital =
        spec.onlyForCapital && env.row.capital && !env.row.capital.includes(spec.onlyForCapital);
      if (lacksCapital) return { use: "blocked", kind: spec.value, value: null };
      const value = spec.initial === undefined ? null : fieldValue(env, spec.initial);
      return { use: "input", kind: spec.value, value };
    }
    case "formula": {
      const formulaEnv = {
        layout: env.layout,
        row: env.row,
        colKey: env.column.spec.key,
        rule: context.program.counterpart,
      };
      const shows = formulaShows(spec.formula, formulaEnv);
      return {
        use: "formula",
        kind: spec.value,
        formula: formulaText(spec.formula, formulaEnv),
        ...(shows ? { shows } : {}),
      };
    }
    case "setting": {
      const formula = settingFormula(spec.setting, context.settingsLink);
      if (formula !== null) return { use: "formula", kind: spec.value, formula };
      return {
        use: "input",
        kind: spec.value,
        value: settingValue(spec.setting, context.program, context.settings),
      };
    }
  }
}

function rendered(address: CellAddress, got: Content, env: CellEnv): RenderedCell {
  const request = {
    use: got.use,
    value: got.kind,
    bold: env.row.bold,
    ...(env.column.spec.align ? { align: env.column.spec.align } : {}),
  };
  const key = styleKey(request);
  const cell: PlannedCell =
    got.formula !== undefined
      ? { address, formula: got.formula, style: key }
      : { address, value: got.value ?? null, style: key };
  return {
    cell,
    styleKey: key,
    style: cellStyle(request),
    ...(got.use === "input" ? { validation: got.kind } : {}),
    ...(got.shows ? { shows: got.shows } : {}),
  };
}

/** The cell a spec describes, or an empty bordered cell when `spec` is undefined. */
export function renderCell(spec: CellSpec | undefined, env: CellEnv): RenderedCell {
  const address = { row: env.row.row, col: env.column.col };
  const got: Content = spec ? content(spec, env) : { use: "blank", kind: "text", value: null };
  return rendered(address, got, env);
}

/**
 * Short constructors for the cell specs templates declare over and over, so a template file
 * reads as a table of what each cell is rather than as nested object literals.
 */
import type { CapitalType } from "../programs/types";
import type { SettingKey } from "./column-keys";
import type { CellRef, CellSpec, FormulaSpec, ValueKind } from "./template-spec";

export function text<C extends string>(value: string): CellSpec<C> {
  return { kind: "text", text: value };
}

export function field<C extends string>(name: string, value?: ValueKind): CellSpec<C> {
  return value === undefined ? { kind: "field", field: name } : { kind: "field", field: name, value };
}

export function input<C extends string>(value: ValueKind, initial?: string): CellSpec<C> {
  return initial === undefined ? { kind: "input", value } : { kind: "input", value, initial };
}

export function inputFor<C extends string>(capital: CapitalType): CellSpec<C> {
  return { kind: "input", value: "amount", onlyForCapital: capital };
}

export function formula<C extends string>(value: ValueKind, spec: FormulaSpec<C>): CellSpec<C> {
  return { kind: "formula", value, formula: spec };
}

export function setting<C extends string>(value: ValueKind, key: SettingKey): CellSpec<C> {
  return { kind: "setting", value, setting: key };
}

export function sumColumns<C extends string>(...of: C[]): CellSpec<C> {
  return formula("amount", { op: "sum-columns", of });
}

export function ratio<C extends string>(num: CellRef<C>, den: CellRef<C>): CellSpec<C> {
  return formula("percent", { op: "ratio", num, den });
}

/**
 * Shared inputs for the template tests: both real program files, the two kinds of plan
 * the seeds show (a 2023 district plan with NS huyện, a 2025 two-tier commune plan without
 * it), and helpers that find cells of a SheetPlan by row and column key, as our reader will.
 */
import type { CellAddress } from "../../../src/domain/address/cell-address";
import type { ExistingWorkbook, InsertRequest } from "../../../src/domain/insertion";
import giamNgheo from "../../../src/domain/programs/data/giam-ngheo-2021-2025.json";
import nongThonMoi from "../../../src/domain/programs/data/nong-thon-moi-giam-ngheo-dtts-2026-2035.json";
import type { ProgramFile } from "../../../src/domain/programs/types";
import type { PlanSettings } from "../../../src/domain/settings";
import {
  TEMPLATE_IDS,
  type PlannedCell,
  type SheetPlan,
  type TemplateId,
} from "../../../src/domain/sheet-plan";
import { defaultSettings } from "../../../src/domain/templates/default-settings";
import { planInsertion } from "../../../src/domain/templates/plan-insertion";
import { readTableKeys, type TableKeys } from "../../../src/domain/templates/table-keys";

export const GIAM_NGHEO = giamNgheo as unknown as ProgramFile;
export const NONG_THON_MOI = nongThonMoi as unknown as ProgramFile;
export const PROGRAMS: readonly ProgramFile[] = [GIAM_NGHEO, NONG_THON_MOI];

export interface Scenario {
  readonly name: string;
  readonly districtColumn: boolean;
  settings(program: ProgramFile): PlanSettings;
}

/** Seed 003's kind of plan: huyện Hậu Lộc, June 2023. */
export const DISTRICT_2023: Scenario = {
  name: "district plan 2023",
  districtColumn: true,
  settings: (program) =>
    defaultSettings(program, {
      year: 2023,
      level: "huyen",
      unitName: "huyện Hậu Lộc",
      province: "Thanh Hóa",
      planDate: "2023-06-15",
    }),
};

/** Seed 004's kind of plan: xã Ba Dinh, August 2025, after the district level was abolished. */
export const TWO_TIER_2025: Scenario = {
  name: "two-tier commune plan 2025",
  districtColumn: false,
  settings: (program) =>
    defaultSettings(program, {
      year: 2025,
      level: "xa",
      unitName: "xã Ba Dinh",
      province: "Quảng Ngãi",
      planDate: "2025-08-20",
    }),
};

export const SCENARIOS: readonly Scenario[] = [DISTRICT_2023, TWO_TIER_2025];

export const EMPTY_WORKBOOK: ExistingWorkbook = { sheetNames: [], definedNames: [] };

export function request(
  program: ProgramFile,
  settings: PlanSettings,
  templates: readonly TemplateId[] = TEMPLATE_IDS,
): InsertRequest {
  return { templates, program, settings };
}

export function planAll(program: ProgramFile, settings: PlanSettings): SheetPlan[] {
  return planInsertion(request(program, settings), EMPTY_WORKBOOK);
}

export function planOf(plans: readonly SheetPlan[], id: TemplateId): SheetPlan {
  const plan = plans.find((p) => p.templateId === id);
  if (!plan) throw new Error(`No plan for ${id}`);
  return plan;
}

export function cellAt(plan: SheetPlan, at: CellAddress): PlannedCell | undefined {
  return plan.cells.find((c) => c.address.row === at.row && c.address.col === at.col);
}

/** The keys of a plan's table, read only from its marker name and cells (rows scanned to the end). */
export function keysOf(plan: SheetPlan): TableKeys {
  const [marker] = plan.names;
  if (!marker) throw new Error(`${plan.sheetName} has no marker name`);
  const lastRow = Math.max(...plan.cells.map((c) => c.address.row));
  return readTableKeys(marker.range, (row, col) => cellAt(plan, { row, col })?.value, lastRow);
}

export function addressOf(plan: SheetPlan, rowKey: string, colKey: string): CellAddress {
  const keys = keysOf(plan);
  const row = keys.rows.get(rowKey);
  const col = keys.columns.get(colKey);
  if (row === undefined || col === undefined)
    throw new Error(`${plan.sheetName} has no cell (${rowKey}, ${colKey})`);
  return { row, col };
}

export function cellByKeys(plan: SheetPlan, rowKey: string, colKey: string): PlannedCell {
  const cell = cellAt(plan, addressOf(plan, rowKey, colKey));
  if (!cell) throw new Error(`${plan.sheetName} wrote nothing at (${rowKey}, ${colKey})`);
  return cell;
}

export function isUnlocked(plan: SheetPlan, cell: PlannedCell): boolean {
  return cell.style !== undefined && plan.styles[cell.style]?.locked === false;
}

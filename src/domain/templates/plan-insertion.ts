/**
 * From an insertion request and the names already in the workbook to final SheetPlans.
 * Free sheet and marker names are chosen for every requested template first; then each
 * is rendered knowing where "Thông tin chung" is: inserted alongside (direct references),
 * already in the workbook (through its marker name), or absent (inputs on Phụ lục 01).
 */
import type { ExistingWorkbook, InsertRequest } from "../insertion";
import { TEMPLATE_IDS, type SheetPlan, type TemplateId } from "../sheet-plan";
import { freeDefinedName, freeSheetName } from "../unique-names";
import { markerName, TTC_COLUMNS } from "./column-keys";
import type { SettingsLink } from "./render/context";
import { KEY_COLUMN_NUMBER, layoutTemplate } from "./render/layout";
import { cellsInColumn, renderTemplate } from "./render/render-template";
import { TEMPLATES } from "./templates";

interface ChosenNames {
  readonly sheetName: string;
  readonly markerName: string;
}

const SETTINGS_TEMPLATE: TemplateId = "thong-tin-chung";

function chooseNames(ids: readonly TemplateId[], existing: ExistingWorkbook): Map<TemplateId, ChosenNames> {
  const sheets = [...existing.sheetNames];
  const names = [...existing.definedNames];
  const chosen = new Map<TemplateId, ChosenNames>();
  for (const id of ids) {
    const sheetName = freeSheetName(TEMPLATES[id].sheetName, sheets);
    const marker = freeDefinedName(markerName(id), names);
    sheets.push(sheetName);
    names.push(marker);
    chosen.set(id, { sheetName, markerName: marker });
  }
  return chosen;
}

/** "KHGN_TTC", else the lowest "KHGN_TTC_n" in the workbook (names compare case-insensitively). */
function existingSettingsMarker(definedNames: readonly string[]): string | null {
  const base = markerName(SETTINGS_TEMPLATE).toUpperCase();
  const suffix = (name: string): number | null => {
    const upper = name.toUpperCase();
    if (upper === base) return 1;
    const match = new RegExp(`^${base}_(\\d+)$`).exec(upper);
    return match ? Number(match[1]) : null;
  };
  const ours = definedNames
    .map((name) => ({ name, n: suffix(name) }))
    .filter((entry): entry is { name: string; n: number } => entry.n !== null);
  ours.sort((a, b) => a.n - b.n);
  return ours[0]?.name ?? null;
}

function existingLink(request: InsertRequest, existing: ExistingWorkbook): SettingsLink {
  const name = existingSettingsMarker(existing.definedNames);
  if (name === null) return { kind: "none" };
  const layout = layoutTemplate(TEMPLATES[SETTINGS_TEMPLATE], request);
  const col = layout.colByKey.get(TTC_COLUMNS.value) ?? KEY_COLUMN_NUMBER;
  return { kind: "name", name, valueColumn: col - KEY_COLUMN_NUMBER + 1 };
}

/** Plans in the order thong-tin-chung, phu-luc-01, bieu-02, bieu-03, phan-cong (those requested). */
export function planInsertion(request: InsertRequest, existing: ExistingWorkbook): SheetPlan[] {
  const ids = TEMPLATE_IDS.filter((id) => request.templates.includes(id));
  const names = chooseNames(ids, existing);
  const render = (id: TemplateId, settingsLink: SettingsLink) => {
    const chosen = names.get(id) as ChosenNames;
    return renderTemplate(TEMPLATES[id], { ...request, ...chosen, settingsLink });
  };
  const settingsSheet = ids.includes(SETTINGS_TEMPLATE) ? render(SETTINGS_TEMPLATE, { kind: "none" }) : null;
  const link: SettingsLink = settingsSheet
    ? {
        kind: "sheet",
        sheetName: settingsSheet.plan.sheetName,
        cells: cellsInColumn(settingsSheet.layout, TTC_COLUMNS.value),
      }
    : existingLink(request, existing);
  return ids.map((id) =>
    id === SETTINGS_TEMPLATE && settingsSheet ? settingsSheet.plan : render(id, link).plan,
  );
}

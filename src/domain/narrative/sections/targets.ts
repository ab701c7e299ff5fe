/**
 * II. MỤC TIÊU: the standing general objective, then "Các chỉ tiêu cần đạt đến cuối năm …"
 * written from Biểu 02 (poor and near-poor households) and Biểu 03 (basic social services,
 * the program's own results), lettered a), b), c) … in the order they are present, and the
 * reference to the attached tables.
 */
import { body, heading1, heading2, letter, type Part } from "../blocks";
import { textForYear, type NarrativeContext } from "../context";
import type { Block, Paragraph } from "../document";
import { householdSentence, NEAR_POOR, POOR } from "./household-targets";
import { isPlanned, plainLines, serviceLines, type Planned } from "./indicator-targets";

interface Lettered {
  readonly opening: Part[];
  readonly lines: Paragraph[];
}

function householdParts(ctx: NarrativeContext): Lettered[] {
  const households = ctx.input.households;
  if (!households) return [];
  const standard = textForYear(ctx.text.povertyStandards, ctx.year) || "chuẩn nghèo đa chiều";
  return [
    householdSentence(households.poor, POOR, ctx, standard),
    householdSentence(households.nearPoor, NEAR_POOR, ctx, standard),
  ]
    .filter((sentence): sentence is Part[] => sentence !== null)
    .map((opening) => ({ opening, lines: [] }));
}

function indicatorParts(planned: readonly Planned[]): Lettered[] {
  const services = serviceLines(planned);
  const results = plainLines(planned.filter((i) => i.dimension === "chuongTrinh"));
  const others = plainLines(planned.filter((i) => i.dimension === null));
  const parts: Lettered[] = [];
  if (services.length > 0)
    parts.push({
      opening: ["Các chỉ tiêu giải quyết mức độ thiếu hụt các dịch vụ xã hội cơ bản:"],
      lines: services,
    });
  if (results.length > 0)
    parts.push({ opening: ["Các chỉ tiêu về kết quả thực hiện Chương trình:"], lines: results });
  if (others.length > 0) parts.push({ opening: ["Các chỉ tiêu khác:"], lines: others });
  return parts;
}

function attachmentNote(hasHouseholds: boolean, hasIndicators: boolean): Paragraph {
  const tables =
    hasHouseholds && hasIndicators ? "các Biểu số 02, 03" : hasHouseholds ? "Biểu số 02" : "Biểu số 03";
  return body(`(Cụ thể theo ${tables} đính kèm).`);
}

function targetList(ctx: NarrativeContext): Block[] {
  const households = householdParts(ctx);
  const planned = ctx.input.indicators.filter(isPlanned);
  const parts = [...households, ...indicatorParts(planned)];
  if (parts.length === 0) return [];
  return [
    heading2(`2. Các chỉ tiêu cần đạt đến cuối năm ${ctx.year}`),
    ...parts.flatMap((part, i) => [body(`${letter(i)} `, ...part.opening), ...part.lines]),
    attachmentNote(households.length > 0, planned.length > 0),
  ];
}

export function targetBlocks(ctx: NarrativeContext): Block[] {
  return [
    heading1("II. MỤC TIÊU"),
    heading2("1. Mục tiêu chung"),
    body(ctx.fill(ctx.text.generalObjective)),
    ...targetList(ctx),
  ];
}

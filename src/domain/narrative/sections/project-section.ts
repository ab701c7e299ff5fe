/**
 * One Dự án or Tiểu dự án of III: a) Mục tiêu (with its targets from Biểu 03), b) Đối
 * tượng, c) Nội dung hỗ trợ (and the QĐ 90 provision it rests on, as seed 002 cites it),
 * d) Kinh phí thực hiện from its Phụ lục 01 row, e) Phân công thực hiện from "Phân công".
 * The user's own texts replace ours part by part; without either, the approving decision
 * is cited instead of inventing contents.
 */
import { body, item, sentence, type Part } from "../blocks";
import type { NarrativeContext } from "../context";
import type { Paragraph } from "../document";
import type { ProjectTexts } from "../input";
import { isPositive } from "../figures";
import { moneyPhrase, totalOf } from "../money";
import { indicatorPhrase } from "./indicator-targets";
import { fundsOf, targetsOf, type ShownItem } from "./shown-items";

interface Texts {
  readonly objective: string;
  readonly beneficiaries: readonly string[];
  readonly support: readonly string[];
}

function textsOf(ctx: NarrativeContext, code: string): Texts {
  const standing = ctx.text.projects[code];
  const own: ProjectTexts = ctx.input.texts.get(code) ?? {};
  const byApproval = ctx.fill("Thực hiện theo {approval}.");
  return {
    objective: own.objective ?? (standing ? ctx.fill(standing.objective) : byApproval),
    beneficiaries: own.beneficiaries ?? (standing ? ctx.lines(standing.beneficiaries) : [byApproval]),
    support: own.support ?? (standing ? ctx.lines(standing.support) : [byApproval]),
  };
}

/** "b) Đối tượng: …" on one line, or the label then "- " lines. */
function labelledList(label: string, lines: readonly string[]): Paragraph[] {
  const [only] = lines;
  if (lines.length === 1 && only !== undefined) return [body(`${label} ${sentence(only)}`)];
  return [body(label), ...lines.map((line) => item(sentence(line)))];
}

function objective(ctx: NarrativeContext, shown: ShownItem, texts: Texts): Paragraph[] {
  const targets = targetsOf(ctx, shown.item.code);
  const first = body(`a) Mục tiêu: ${sentence(texts.objective)}`);
  if (targets.length === 0) return [first];
  const listed = targets.flatMap((t, i): Part[] => [i === 0 ? "" : "; ", ...indicatorPhrase(t)]);
  return [first, body(`Chỉ tiêu năm ${ctx.year}: `, ...listed, ".")];
}

/** "Đối tượng, nội dung và mức hỗ trợ thực hiện theo quy định tại khoản 2 mục III Quyết định số 90/QĐ-TTg …". */
function provision(ctx: NarrativeContext, shown: ShownItem): Paragraph[] {
  const key = ctx.text.approvalDocument;
  const where = shown.item.citations[key];
  const doc = ctx.input.program.documents.find((d) => d.key === key);
  if (!where || !doc) return [];
  return [body(`Đối tượng, nội dung và mức hỗ trợ thực hiện theo quy định tại ${where} ${doc.citation}.`)];
}

function funding(ctx: NarrativeContext, shown: ShownItem): Paragraph {
  const amounts = fundsOf(ctx, shown.item.code);
  const phrase = amounts && isPositive(totalOf(amounts)) ? moneyPhrase(amounts) : [];
  if (phrase.length === 0) return body(`d) Kinh phí thực hiện: ${ctx.fill(ctx.text.phrases.noFunds)}`);
  return body("d) Kinh phí thực hiện: ", ...phrase, ".");
}

/** The office named on the item's own row, else on its Dự án's row. */
export function assignedTo(ctx: NarrativeContext, shown: ShownItem, field: "lead" | "partners"): string {
  const own = ctx.assignment(shown.item.code)?.[field] ?? "";
  return own || (shown.parent ? (ctx.assignment(shown.parent.code)?.[field] ?? "") : "");
}

function assignment(ctx: NarrativeContext, shown: ShownItem): Paragraph[] {
  const lead = assignedTo(ctx, shown, "lead");
  const partners = assignedTo(ctx, shown, "partners");
  const lines = [
    ...(lead ? [item(`${lead}: ${ctx.text.phrases.leadDuty}`)] : []),
    ...(partners ? [item(`${partners}: ${ctx.text.phrases.partnerDuty}`)] : []),
  ];
  return lines.length === 0 ? [] : [body("e) Phân công thực hiện:"), ...lines];
}

export function projectSection(ctx: NarrativeContext, shown: ShownItem): Paragraph[] {
  const texts = textsOf(ctx, shown.item.code);
  return [
    ...objective(ctx, shown, texts),
    ...labelledList("b) Đối tượng:", texts.beneficiaries),
    ...labelledList("c) Nội dung hỗ trợ:", texts.support),
    ...provision(ctx, shown),
    funding(ctx, shown),
    ...assignment(ctx, shown),
  ];
}

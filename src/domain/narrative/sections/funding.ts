/**
 * IV. KINH PHÍ THỰC HIỆN: the total of Phụ lục 01 split by source as seed 004 writes it,
 * the amount in words, the counterpart share of the local budget, and the reference to
 * the attachment. Without a TỔNG CỘNG row the Dự án rows are added up, each cell listed;
 * without any amount the plan names the sources in general words, as seed 003 does.
 */
import { body, heading1, item } from "../blocks";
import type { NarrativeContext } from "../context";
import type { Block, Paragraph } from "../document";
import { isPositive, percentFigure, sumOf, wordsFigure } from "../figures";
import type { FundAmounts, FundKey, FundsInput } from "../input";
import { completeAmounts, moneyPhrase } from "../money";

const KEYS: readonly FundKey[] = ["tong", "nstw", "dtpt", "sn", "nsdp", "tinh", "huyen", "xa", "khac"];

/** A Dự án's amounts: its own row, or the sum of its Tiểu dự án rows when it has none. */
function projectAmounts(ctx: NarrativeContext, funds: FundsInput, code: string): FundAmounts | undefined {
  const own = funds.rows.find((row) => row.code === code)?.amounts;
  if (own) return own;
  const children = ctx.input.program.catalog.filter((c) => c.parent === code);
  const rows = children
    .map((c) => funds.rows.find((row) => row.code === c.code)?.amounts)
    .filter((a) => a !== undefined);
  return rows.length === 0 ? undefined : addUp(rows);
}

function addUp(rows: readonly FundAmounts[]): FundAmounts {
  const complete = rows.map(completeAmounts);
  const entries = KEYS.map((key) => [key, sumOf(complete.map((row) => row[key]))] as const);
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

function totalAmounts(ctx: NarrativeContext, funds: FundsInput): FundAmounts {
  if (funds.total) return completeAmounts(funds.total);
  const projects = ctx.input.program.catalog.filter((c) => !c.parent);
  return addUp(projects.map((p) => projectAmounts(ctx, funds, p.code)).filter((a) => a !== undefined));
}

function counterpartLine(ctx: NarrativeContext, funds: FundsInput, total: FundAmounts): Paragraph[] {
  const ratio = funds.counterpartRatio;
  if (!ratio || !isPositive(total.nstw) || !isPositive(total.nsdp)) return [];
  const rule = ctx.input.program.documents.find((doc) => doc.key === ctx.text.counterpartDocument);
  const met =
    funds.counterpartMet === true && rule
      ? `, bảo đảm tỷ lệ vốn đối ứng theo quy định tại ${rule.citation}`
      : "";
  return [body("Vốn ngân sách địa phương bằng ", percentFigure(ratio), ` vốn ngân sách trung ương${met}.`)];
}

function fundedBlocks(ctx: NarrativeContext, funds: FundsInput): Paragraph[] | null {
  const total = totalAmounts(ctx, funds);
  if (!isPositive(total.tong)) return null;
  const scope = `Tổng kinh phí dự kiến thực hiện các dự án thuộc ${ctx.input.program.name} trên địa bàn ${ctx.unit} năm ${ctx.year} là: `;
  return [
    body(scope, ...moneyPhrase(total), "."),
    body("(Bằng chữ: ", wordsFigure(total.tong), ")."),
    ...counterpartLine(ctx, funds, total),
    body("(Cụ thể từng dự án, tiểu dự án theo Phụ lục 01 đính kèm)."),
  ];
}

export function fundingBlocks(ctx: NarrativeContext): Block[] {
  const funds = ctx.input.funds;
  const funded = funds ? fundedBlocks(ctx, funds) : null;
  const general = ctx.lines(ctx.text.phrases.fundsUnknown).map((line) => item(line));
  return [heading1("IV. KINH PHÍ THỰC HIỆN"), ...(funded ?? general)];
}

/**
 * The money sentence of seed 004, built from one row of Phụ lục 01: "1.001 triệu đồng,
 * trong đó vốn ngân sách trung ương: 871 triệu đồng (vốn sự nghiệp), vốn ngân sách địa
 * phương 130 triệu đồng (trong đó: ngân sách tỉnh: 87 triệu đồng, ngân sách xã: 43 triệu
 * đồng)". Sources with nothing are left out; a row funded from one source names it
 * without repeating the amount. A total the table lacks is the sum of its parts.
 */
import type { FundAmounts, FundKey, Traced } from "./input";
import { amountFigure, isPositive, sumOf } from "./figures";
import type { Part } from "./blocks";

const UNIT = " triệu đồng";

const LEVELS: readonly { key: FundKey; label: string }[] = [
  { key: "tinh", label: "ngân sách tỉnh" },
  { key: "huyen", label: "ngân sách huyện" },
  { key: "xa", label: "ngân sách xã" },
];

/** The row's amounts with missing subtotals worked out from their parts. */
export function completeAmounts(amounts: FundAmounts): FundAmounts {
  const nstw = amounts.nstw ?? sumOf([amounts.dtpt, amounts.sn]);
  const nsdp = amounts.nsdp ?? sumOf([amounts.tinh, amounts.huyen, amounts.xa]);
  const tong = amounts.tong ?? sumOf([nstw, nsdp, amounts.khac]);
  return { ...amounts, ...(nstw && { nstw }), ...(nsdp && { nsdp }), ...(tong && { tong }) };
}

export function totalOf(amounts: FundAmounts): Traced | undefined {
  return completeAmounts(amounts).tong;
}

/** " (vốn sự nghiệp)", or both capital types with their amounts. */
function capitalNote(a: FundAmounts): Part[] {
  const dtpt = isPositive(a.dtpt);
  const sn = isPositive(a.sn);
  if (dtpt && sn && a.dtpt && a.sn)
    return [
      " (trong đó: vốn đầu tư phát triển: ",
      amountFigure(a.dtpt),
      `${UNIT}, vốn sự nghiệp: `,
      amountFigure(a.sn),
      `${UNIT})`,
    ];
  if (sn) return [" (vốn sự nghiệp)"];
  return dtpt ? [" (vốn đầu tư phát triển)"] : [];
}

/** " (trong đó: ngân sách tỉnh: 87 triệu đồng, ngân sách xã: 43 triệu đồng)" or " (ngân sách xã)". */
function levelNote(a: FundAmounts): Part[] {
  const levels = LEVELS.filter((level) => isPositive(a[level.key]));
  const [only] = levels;
  if (levels.length === 1 && only) return [` (${only.label})`];
  if (levels.length === 0) return [];
  const listed = levels.flatMap((level, i) => {
    const amount = a[level.key];
    return amount ? [i === 0 ? "" : ", ", `${level.label}: `, amountFigure(amount), UNIT] : [];
  });
  return [" (trong đó: ", ...listed, ")"];
}

interface Source {
  /** With its amount, as one of several sources. */
  readonly listed: Part[];
  /** Without it, as the only source. */
  readonly alone: Part[];
}

function sourcesOf(a: FundAmounts): Source[] {
  const sources: Source[] = [];
  if (isPositive(a.nstw)) {
    const note = capitalNote(a);
    sources.push({
      listed: ["vốn ngân sách trung ương: ", amountFigure(a.nstw), UNIT, ...note],
      alone: ["vốn ngân sách trung ương", ...note],
    });
  }
  if (isPositive(a.nsdp)) {
    const note = levelNote(a);
    sources.push({
      listed: ["vốn ngân sách địa phương ", amountFigure(a.nsdp), UNIT, ...note],
      alone: ["vốn ngân sách địa phương", ...note],
    });
  }
  if (isPositive(a.khac)) {
    const listed = ["vốn huy động hợp pháp khác: ", amountFigure(a.khac), UNIT];
    sources.push({ listed, alone: ["vốn huy động hợp pháp khác"] });
  }
  return sources;
}

/** The sentence for a row whose total is known; empty when it is not. */
export function moneyPhrase(amounts: FundAmounts): Part[] {
  const a = completeAmounts(amounts);
  if (!a.tong) return [];
  const total: Part[] = [amountFigure(a.tong), UNIT];
  const sources = sourcesOf(a);
  const [only] = sources;
  if (sources.length === 1 && only) return [...total, " từ ", ...only.alone];
  if (sources.length === 0) return total;
  return [...total, ", trong đó ", ...sources.flatMap((s, i) => [i === 0 ? "" : ", ", ...s.listed])];
}

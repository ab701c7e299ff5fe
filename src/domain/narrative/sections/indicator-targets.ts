/**
 * The service and program targets of Biểu 03 in words, grouped by dimension as seed 004
 * writes them: "- Về y tế: 100% người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tham gia
 * bảo hiểm y tế." with "+ " lines when a dimension has several. A percentage or a count
 * whose unit opens the text goes first ("20 người lao động …"); a text ending in "còn"
 * takes the value after it; any other text gets "…: 27 hộ".
 */
import { DIMENSIONS, type Dimension } from "../../templates/indicators";
import { item, subItem, type Part } from "../blocks";
import type { Paragraph } from "../document";
import { countFigure, percentFigure } from "../figures";
import type { IndicatorInput, Traced } from "../input";

const VALUE_AFTER = /(?:^|\s)(?:còn|đạt|là)$/iu;
const OF_WHICH = /^trong đó\s*:?\s*/iu;

export type Planned = IndicatorInput & { readonly plan: Traced };

/** Lower-cases the first letter unless the text opens with an abbreviation ("BHYT"). */
export function lowerFirst(text: string): string {
  const [first = "", second = ""] = [...text];
  if (second !== "" && second !== second.toLocaleLowerCase("vi")) return text;
  return first.toLocaleLowerCase("vi") + text.slice(first.length);
}

function opensWith(text: string, word: string): boolean {
  return word !== "" && text.toLocaleLowerCase("vi").startsWith(`${word.toLocaleLowerCase("vi")} `);
}

/** "100% người lao động …", "Tỷ lệ … giảm xuống còn 49,2%", "Trong đó 11,7% có văn bằng, chứng chỉ". */
export function indicatorPhrase(indicator: Planned): Part[] {
  const text = indicator.text.trim().replace(/[.;:,]+$/, "");
  const unit = indicator.unit.trim();
  const percent = unit === "%";
  const value = percent ? percentFigure(indicator.plan) : countFigure(indicator.plan);
  const unitAfter = percent || unit === "" ? "" : ` ${unit}`;
  const ofWhich = OF_WHICH.exec(text);
  if (ofWhich) return ["Trong đó ", value, unitAfter, ` ${text.slice(ofWhich[0].length)}`];
  if (VALUE_AFTER.test(text)) return [`${text} `, value, unitAfter];
  if (percent || opensWith(text, unit)) return [value, ` ${lowerFirst(text)}`];
  return [`${text}: `, value, unitAfter];
}

export function isPlanned(indicator: IndicatorInput): indicator is Planned {
  return indicator.plan !== null;
}

/** "- Về y tế: …." for one indicator, "- Về việc làm:" then "+ …." lines for several. */
function dimensionLines(label: string, indicators: readonly Planned[]): Paragraph[] {
  const [only] = indicators;
  if (indicators.length === 1 && only)
    return [item(`Về ${lowerFirst(label)}: `, ...indicatorPhrase(only), ".")];
  return [item(`Về ${lowerFirst(label)}:`), ...indicators.map((i) => subItem(...indicatorPhrase(i), "."))];
}

/** The basic social services (every dimension but the program's own results), "- Về …" each. */
export function serviceLines(indicators: readonly Planned[]): Paragraph[] {
  const dimensions = (Object.keys(DIMENSIONS) as Dimension[]).filter((d) => d !== "chuongTrinh");
  return dimensions.flatMap((dimension) => {
    const own = indicators.filter((i) => i.dimension === dimension);
    return own.length === 0 ? [] : dimensionLines(DIMENSIONS[dimension], own);
  });
}

/** One "- " line per indicator: the program's results, or rows we do not know. */
export function plainLines(indicators: readonly Planned[]): Paragraph[] {
  return indicators.map((i) => item(...indicatorPhrase(i), "."));
}

/**
 * The top of the plan: the list of errors when validation found some (the guard), the
 * header of Nghị định 30 (issuing body, national title and motto, number, place and
 * date), "KẾ HOẠCH" with its subject, and the legal bases ending in the sentence that
 * issues the plan.
 */
import { formatPlaceDate } from "../../format/dates";
import { normaliseLabel } from "../../programs/names";
import { placeOf } from "../../templates/default-settings";
import { body } from "../blocks";
import type { NarrativeContext } from "../context";
import type { Block, HeaderBlock, TitleBlock, WarningBlock } from "../document";

const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
const PEOPLES_COMMITTEE = "Ủy ban nhân dân";
/** The number left blank until the office registers the plan. */
const BLANK_NUMBER = "Số:      /KH-UBND";
const BASIS_OPENINGS = ["căn cứ", "thực hiện", "theo"];

export function warningBlocks(errors: readonly string[]): WarningBlock[] {
  if (errors.length === 0) return [];
  const heading = `Bảng tính còn ${errors.length} lỗi cần sửa trước khi ban hành kế hoạch; các số liệu dưới đây có thể chưa đúng:`;
  return [{ kind: "warning", heading, items: errors }];
}

/** "Ủy ban nhân dân xã Ba Dinh" (or "UBND xã Ba Dinh"), the full name the plan is issued under. */
export function issuerName(ctx: NarrativeContext): string {
  const typed = ctx.input.settings.issuingBody
    .normalize("NFC")
    .trim()
    .replace(/^UBND(?=\s|$)/i, PEOPLES_COMMITTEE);
  return typed || `${PEOPLES_COMMITTEE} ${ctx.unit}`;
}

/** ["ỦY BAN NHÂN DÂN", "XÃ BA DINH"]: the committee over the unit, in capitals. */
function issuerLines(name: string): string[] {
  const head = name.slice(0, PEOPLES_COMMITTEE.length);
  if (normaliseLabel(head) !== normaliseLabel(PEOPLES_COMMITTEE)) return [name.toLocaleUpperCase("vi")];
  const rest = name.slice(PEOPLES_COMMITTEE.length).trim();
  const top = PEOPLES_COMMITTEE.toLocaleUpperCase("vi");
  return rest === "" ? [top] : [top, rest.toLocaleUpperCase("vi")];
}

function numberLine(planNumber: string): string {
  const typed = planNumber.trim();
  if (typed === "") return BLANK_NUMBER;
  return `Số: ${typed.includes("/") ? typed : `${typed}/KH-UBND`}`;
}

function header(ctx: NarrativeContext): HeaderBlock {
  const { settings } = ctx.input;
  const place = settings.place.trim() || placeOf(ctx.unit);
  return {
    kind: "header",
    issuer: issuerLines(issuerName(ctx)),
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    number: numberLine(settings.planNumber),
    placeDate: formatPlaceDate(place, settings.planDate, ctx.year),
  };
}

function title(ctx: NarrativeContext): TitleBlock {
  return {
    kind: "title",
    title: "KẾ HOẠCH",
    subject: [`Thực hiện ${ctx.input.program.name} năm ${ctx.year}`, `trên địa bàn ${ctx.unit}`],
  };
}

/** "Căn cứ …;" unless the line already opens the way a basis does. */
function basisLine(line: string): string {
  const bare = line.trim().replace(/[;.,]+$/, "");
  const lower = bare.toLocaleLowerCase("vi");
  const opened = BASIS_OPENINGS.some((word) => lower.startsWith(`${word} `));
  return `${opened ? bare : `Căn cứ ${bare}`};`;
}

function legalBases(ctx: NarrativeContext): Block[] {
  const bases = ctx.input.settings.legalBases
    .filter((line) => line.trim() !== "")
    .map((line) => body(basisLine(line)));
  const issues = `${issuerName(ctx)} ban hành Kế hoạch thực hiện ${ctx.input.program.name} năm ${ctx.year} trên địa bàn ${ctx.unit}, với những nội dung chủ yếu như sau:`;
  return [...bases, body(issues)];
}

export function openingBlocks(ctx: NarrativeContext): Block[] {
  return [header(ctx), title(ctx), ...legalBases(ctx)];
}

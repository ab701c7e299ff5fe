/**
 * The rows of a funds (or assignment) table mapped to the program's catalog, in one pass:
 * TỔNG CỘNG, group headings, Dự án and Tiểu dự án rows (by name, variant, abbreviation,
 * and by TT number only when the numbering agrees with the catalog and its order), the
 * activities listed under them (and the "Vốn ĐTPT / Vốn SN" lines that split one), and
 * rows that match nothing, which are noted. A bare "Tiểu dự án 1" is read under the Dự án
 * above it. The outline then gives each sum its parts.
 */
import { matchCatalogItem, type CatalogMatch } from "../programs/names";
import { catalogInTableOrder } from "../programs/registry";
import type { CatalogItem, ProgramFile } from "../programs/types";
import { PL01_ROWS } from "../templates/column-keys";
import { mayNameCatalogItem } from "./catalog-prefilter";
import { isGroupStyle, type Numbering } from "./numbering";
import { NOTE_IDS, type NoteSink } from "./notes";
import { childRows, type OutlineRow } from "./outline";
import {
  isBreakdownLabel,
  isGroupLabel,
  isTotalLabel,
  readRowText,
  type RowColumns,
  type RowText,
} from "./row-labels";
import type { SheetView } from "./sheet-view";
import type { RecognisedRow, RowRole } from "./table";

export interface CatalogRowsInput {
  readonly view: SheetView;
  readonly program: ProgramFile | null;
  readonly columns: RowColumns;
  readonly first: number;
  readonly last: number;
  readonly notes: NoteSink;
  /** A funds table has a TỔNG CỘNG row; an assignment table does not. */
  readonly expectTotal: boolean;
}

interface Placed {
  readonly text: RowText;
  readonly key: string | null;
  readonly role: RowRole;
  readonly level: number;
}

const LEVEL = { total: 0, group: 1, project: 2, subproject: 3, item: 4 } as const;

class CatalogWalk {
  readonly placed: Placed[] = [];
  private readonly order: ReadonlyMap<string, number>;
  private readonly used = new Map<string, number[]>();
  private hasTotal = false;
  /** The Dự án a bare "Tiểu dự án 2" belongs to; `onRow` when the table has that Dự án's row. */
  private project: { readonly item: CatalogItem; readonly onRow: boolean } | null = null;
  /** Depth of the catalog row activities are listed under (1 Dự án, 2 Tiểu dự án), 0 outside one. */
  private catalogDepth = 0;
  private lastOrder = -1;
  /** Number of the Dự án the last catalog row belongs to ("4" for 4.3). */
  private lastTop = 0;
  private itemStyles: string[] = [];
  private breakdownLevel: number | null = null;
  /** The table is split into groups by capital type ahead of its Dự án. */
  private capitalGroups = false;
  /** Group headings passed so far, and the group each catalog row sits in. */
  private groups = 0;
  private readonly groupOf = new Map<number, number>();

  constructor(
    private readonly program: ProgramFile | null,
    private readonly notes: NoteSink,
  ) {
    this.order = new Map((program ? catalogInTableOrder(program) : []).map((item, i) => [item.code, i]));
  }

  place(text: RowText): void {
    if (isTotalLabel(text.key)) return this.total(text);
    if (isBreakdownLabel(text.key)) return this.breakdown(text);
    const match = this.match(text);
    if (match) return this.catalog(text, match.item);
    if (text.numbering && isGroupStyle(text.numbering)) return this.group(text);
    if (!text.numbering && isGroupLabel(text.key)) return this.capitalLine(text);
    if (this.catalogDepth > 0 && this.isActivity(text.numbering)) return this.item(text);
    this.other(text);
  }

  /**
   * An unnumbered "Vốn đầu tư phát triển" / "Vốn sự nghiệp" line heads a group when the
   * table opens with such groups, before any Dự án; met first under a Dự án, it splits
   * that Dự án's amount by capital type, as the lines after it do.
   */
  private capitalLine(text: RowText): void {
    if (this.catalogDepth > 0 && !this.capitalGroups) return this.item(text);
    if (this.lastOrder < 0) this.capitalGroups = true;
    this.group(text);
  }

  private push(text: RowText, key: string | null, role: RowRole, level: number): void {
    this.placed.push({ text, key, role, level });
  }

  private leave(): void {
    this.catalogDepth = 0;
    this.itemStyles = [];
    this.breakdownLevel = null;
  }

  private total(text: RowText): void {
    this.leave();
    if (this.hasTotal) {
      this.notes.add(NOTE_IDS.extraTotal, text.row, null, { row: text.row, label: text.label });
      return this.push(text, null, "other", LEVEL.project);
    }
    this.hasTotal = true;
    this.project = null;
    this.push(text, PL01_ROWS.total, "total", LEVEL.total);
  }

  private breakdown(text: RowText): void {
    const level = this.catalogDepth > 0 ? LEVEL.item + this.itemStyles.length : LEVEL.project;
    this.breakdownLevel = level;
    this.push(text, null, "other", level);
  }

  private match(text: RowText): CatalogMatch | undefined {
    if (!this.program) return undefined;
    const number = text.numbering?.style === "arabic" ? text.numbering.text : undefined;
    const context = {
      ...(this.project ? { parentCode: this.project.item.code } : {}),
      ...(number !== undefined ? { number } : {}),
    };
    if (!mayNameCatalogItem(this.program, text.key, number)) return undefined;
    const label = text.label === "" ? (number ?? "") : text.label;
    const match = matchCatalogItem(this.program, label, context);
    if (!match || match.kind !== "number") return match;
    return this.numberAgrees(match.item, number) ? this.byNumber(text, match) : undefined;
  }

  /** A TT number alone names an item only in the catalog's own numbering and order, once. */
  private numberAgrees(item: CatalogItem, number: string | undefined): boolean {
    const order = this.order.get(item.code) ?? -1;
    return number === item.number && !this.used.has(item.code) && order > this.lastOrder;
  }

  private byNumber(text: RowText, match: CatalogMatch): CatalogMatch {
    const data = { row: text.row, label: text.label, code: match.item.code, number: match.item.number };
    this.notes.add(NOTE_IDS.rowByNumber, text.row, null, data);
    return match;
  }

  /** A Tiểu dự án listed without its Dự án row stands beside the others, not under a Dự án. */
  private catalog(text: RowText, item: CatalogItem): void {
    this.leave();
    const sameProject = item.parent !== undefined && this.project?.item.code === item.parent;
    const underProject = sameProject && this.project?.onRow === true;
    if (!item.parent) this.project = { item, onRow: true };
    else if (!sameProject) this.project = this.parentOf(item);
    this.catalogDepth = item.parent ? 2 : 1;
    this.lastOrder = Math.max(this.lastOrder, this.order.get(item.code) ?? -1);
    this.lastTop = Number(item.number.split(".")[0]);
    this.used.set(item.code, [...(this.used.get(item.code) ?? []), text.row]);
    this.groupOf.set(text.row, this.groups);
    const role = item.parent ? "subproject" : "project";
    this.push(text, item.code, role, underProject ? LEVEL.subproject : LEVEL.project);
  }

  private parentOf(item: CatalogItem): { item: CatalogItem; onRow: boolean } | null {
    const parent = this.program?.catalog.find((p) => p.code === item.parent);
    return parent ? { item: parent, onRow: false } : null;
  }

  private group(text: RowText): void {
    this.leave();
    this.project = null;
    if (text.hasAmounts && !isGroupLabel(text.key)) this.unmatched(text);
    this.groups++;
    this.push(text, null, "group", LEVEL.group);
  }

  private item(text: RowText): void {
    if (this.breakdownLevel !== null) return this.push(text, null, "item", this.breakdownLevel + 1);
    const style = styleKey(text.numbering);
    if (!this.itemStyles.includes(style)) this.itemStyles.push(style);
    this.push(text, null, "item", LEVEL.item + this.itemStyles.indexOf(style));
  }

  private other(text: RowText): void {
    this.leave();
    this.project = null;
    this.unmatched(text);
    this.push(text, null, "other", LEVEL.project);
  }

  private isActivity(numbering: Numbering | null): boolean {
    return activityNumbering(numbering, this.catalogDepth, this.lastTop);
  }

  private unmatched(text: RowText): void {
    if (this.program)
      this.notes.add(NOTE_IDS.rowUnmatched, text.row, null, { row: text.row, label: text.label });
  }

  /** Listed twice in one group; once under "Vốn đầu tư phát triển" and once under "Vốn sự nghiệp" is the layout. */
  private repeatedInGroup(rows: readonly number[]): boolean {
    const groups = rows.map((row) => this.groupOf.get(row));
    return new Set(groups).size < groups.length;
  }

  finish(expectTotal: boolean): void {
    for (const [code, rows] of this.used) {
      if (this.repeatedInGroup(rows))
        this.notes.add(NOTE_IDS.itemRepeated, rows[0] ?? null, null, { code, rows: rows.join(", ") });
    }
    if (expectTotal && !this.hasTotal && this.placed.length > 0) this.notes.add(NOTE_IDS.noTotal, null, null);
  }
}

/**
 * Listed under a catalog row: marks, a/b, unnumbered lines, numbers deeper than the row's
 * own, or a numbering restarted under it ("1. Tập huấn" under 4.3; "8" after Dự án 7 is not).
 */
function activityNumbering(numbering: Numbering | null, catalogDepth: number, lastTop: number): boolean {
  if (!numbering || numbering.style === "none") return true;
  if (numbering.style === "arabic")
    return numbering.depth > catalogDepth || Number(numbering.text.split(".")[0]) <= lastTop;
  return numbering.style === "mark" || numbering.style === "small-letter";
}

function styleKey(numbering: Numbering | null): string {
  if (!numbering) return "none";
  if (numbering.style === "arabic") return `arabic-${numbering.depth}`;
  return numbering.style === "mark" ? `mark-${numbering.text}` : numbering.style;
}

export function mapCatalogRows(input: CatalogRowsInput): RecognisedRow[] {
  const { view, first, last } = input;
  const walk = new CatalogWalk(input.program, input.notes);
  for (let row = first; row <= last; row++) {
    const text = readRowText(view, row, input.columns);
    if (text) walk.place(text);
  }
  walk.finish(input.expectTotal);
  const outline: OutlineRow[] = walk.placed.map((p) => ({
    row: p.text.row,
    role: p.role,
    level: p.level,
    hasAmounts: p.text.hasAmounts,
  }));
  const parts = childRows(outline);
  return walk.placed.map((p, i) => ({
    row: p.text.row,
    key: p.key,
    label: p.text.label,
    role: p.role,
    childRows: parts[i] ?? [],
    hidden: view.hidden(p.text.row),
  }));
}

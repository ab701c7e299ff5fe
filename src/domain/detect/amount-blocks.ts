/**
 * Funds tables whose sources repeat under blocks side by side: "Vốn năm 2023 chuyển sang"
 * and "Vốn năm 2024", each with its own NSTW and NSĐP (funds of earlier years may be
 * spent later, so offices show both). The identities hold within a block, so one block is
 * read: the one of the latest year that is not carried over or already spent, the later
 * on a tie. A "Tổng cộng" outside the blocks adds them all and is left unchecked; one
 * note per block left out says so.
 */
import { PL01_COLUMNS as C } from "../templates/column-keys";
import { mapColumns, type ColumnKeyOf, type ColumnMap } from "./column-map";
import type { HeaderBlock } from "./header-block";
import { FUNDS_AMOUNT_KEYS } from "./header-vocabulary";
import { NOTE_IDS, type NoteSink } from "./notes";
import type { SheetView } from "./sheet-view";
import { hasPhrase, yearsIn } from "./text-key";

export interface AmountBlocks {
  /** Depth of the block headers in the columns' header paths. */
  readonly level: number;
  readonly names: readonly string[];
  readonly chosen: string;
  /** Columns naming an amount that are not read: the other blocks', and a total over all. */
  readonly dropped: readonly number[];
}

/** Words of a block that is not this plan's money: carried over, extended, spent, or a result. */
const NOT_PLANNED = ["chuyen sang", "nam truoc", "keo dai", "giai ngan", "thuc hien", "uoc th", "quyet toan"];

function depthOfDifference(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
  return i;
}

function rank(name: string): readonly [number, number] {
  return [hasPhrase(name, NOT_PLANNED) ? 0 : 1, Math.max(0, ...yearsIn(name))];
}

function better(a: string, b: string): boolean {
  const [ra, rb] = [rank(a), rank(b)];
  return ra[0] !== rb[0] ? ra[0] > rb[0] : ra[1] >= rb[1];
}

function blockOf(path: readonly string[], level: number): string | undefined {
  return path.length > level + 1 ? path[level] : undefined;
}

function isAmount(key: string | null): key is string {
  return key !== null && FUNDS_AMOUNT_KEYS.includes(key);
}

/** The key a column keeps once one block is read: none for the other blocks' amounts and a total over all. */
function keyInBlocks(
  blocks: Pick<AmountBlocks, "level" | "names" | "chosen">,
  path: readonly string[],
  key: string | null,
): string | null {
  if (!isAmount(key)) return key;
  const name = blockOf(path, blocks.level);
  if (name !== undefined && blocks.names.includes(name)) return name === blocks.chosen ? key : null;
  return key === C.tong ? null : key;
}

function blocksOf(block: HeaderBlock, named: ColumnMap): Omit<AmountBlocks, "dropped"> | null {
  const repeat = named.repeated.find((r) => isAmount(r.key));
  const first = repeat && named.columns.get(repeat.key);
  if (!repeat || first === undefined) return null;
  const [a, b] = [block.paths.get(first) ?? [], block.paths.get(repeat.col) ?? []];
  const level = depthOfDifference(a, b);
  if (level >= a.length - 1 || level >= b.length - 1) return null;
  const amountColumns = [...named.columns, ...named.repeated.map((r) => [r.key, r.col] as const)]
    .filter(([key]) => isAmount(key))
    .map(([, col]) => blockOf(block.paths.get(col) ?? [], level));
  const names = [...new Set(amountColumns.filter((n): n is string => n !== undefined))];
  const chosen = names.reduce((best, name) => (better(name, best) ? name : best));
  return { level, names, chosen };
}

/** The header's columns by `keyOf`, one block of them when the amounts repeat in blocks. */
export function mapAmountBlocks(
  block: HeaderBlock,
  keyOf: ColumnKeyOf,
): { readonly map: ColumnMap; readonly blocks: AmountBlocks | null } {
  const named = mapColumns(block, keyOf);
  const found = blocksOf(block, named);
  if (!found) return { map: named, blocks: null };
  const dropped: number[] = [];
  const map = mapColumns(block, (path, col) => {
    const key = keyOf(path, col);
    const kept = keyInBlocks(found, path, key);
    if (kept === null && key !== null) dropped.push(col);
    return kept;
  });
  return { map, blocks: { ...found, dropped } };
}

/** A header as written: the cell of the header rows above `col` whose key is `name`. */
function written(view: SheetView, block: HeaderBlock, col: number, name: string): string {
  for (let row = block.first; row <= block.lastWords; row++)
    if (view.key(row, col) === name) return view.text(row, col);
  return name;
}

/** One note per block left unread (and for a total over all blocks), at its first column. */
export function noteBlocks(view: SheetView, block: HeaderBlock, blocks: AmountBlocks, notes: NoteSink): void {
  const chosenCol = [...block.paths].find(([, path]) => blockOf(path, blocks.level) === blocks.chosen)?.[0];
  const chosen = chosenCol === undefined ? blocks.chosen : written(view, block, chosenCol, blocks.chosen);
  const noted = new Set<string>();
  for (const col of blocks.dropped) {
    const path = block.paths.get(col) ?? [];
    const name = blockOf(path, blocks.level) ?? path[path.length - 1] ?? "";
    if (noted.has(name)) continue;
    noted.add(name);
    notes.add(NOTE_IDS.blockSkipped, block.lastWords, col, {
      block: written(view, block, col, name),
      chosen,
    });
  }
}

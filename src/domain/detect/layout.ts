/**
 * A candidate table: which kind, under which header rows, with which columns, and how
 * well the header fits (the number of our columns it names). The sheet's search keeps the
 * candidate that fits best once the rows under it are counted too.
 */
import type { AmountBlocks } from "./amount-blocks";
import type { ColumnMap } from "./column-map";
import type { HeaderBlock } from "./header-block";
import type { NoteSink } from "./notes";
import type { SheetView } from "./sheet-view";
import type { TableKind } from "./table";

export interface Layout {
  readonly kind: TableKind;
  readonly block: HeaderBlock;
  readonly map: ColumnMap;
  readonly score: number;
  /** Biểu 02 with households as rows (see RecognisedTable.transposed). */
  readonly transposed?: boolean;
  /** Phụ lục 01 whose sources repeat in blocks side by side: the block read. */
  readonly blocks?: AmountBlocks;
}

export interface TableFrame {
  readonly view: SheetView;
  readonly layout: Layout;
  /** First row above the header where its title and unit line may be. */
  readonly titleFrom: number;
  readonly bodyLast: number;
  readonly notes: NoteSink;
}

/**
 * Writes the narrative sheet top to bottom, one row after another: texts placed across a
 * span of columns (merged when wider or taller than one cell), then the row closed with
 * the room it needs below its text. Heights are decided later from the texts (heights.ts);
 * the writer only records what each row asks for beyond its lines.
 */
import { cell, type RangeAddress } from "../../../address/cell-address";
import type { PlannedCell } from "../../../sheet-plan";
import type { Span } from "./columns";
import type { SheetStyle } from "./styles";

/** A text merged down more than one row. */
export interface TallText {
  readonly area: RangeAddress;
  readonly text: string;
  readonly style: SheetStyle;
}

/** What a closed row asks of its height, in points. */
export interface RowRoom {
  /** Left below the text: the space between paragraphs. */
  readonly after?: number;
  /** The row is at least this high (the signature's space). */
  readonly atLeast?: number;
}

export class RowWriter {
  private current = 1;
  readonly cells: PlannedCell[] = [];
  readonly merges: RangeAddress[] = [];
  /** Rows kept empty as space, with their height. */
  readonly gaps = new Map<number, number>();
  readonly rooms = new Map<number, RowRoom>();
  readonly tall: TallText[] = [];

  /** The row being written (1-based). */
  get row(): number {
    return this.current;
  }

  /** The last row closed so far. */
  get lastRow(): number {
    return this.current - 1;
  }

  /** `text` across `span` from the current row, `rows` rows tall; an empty text writes nothing. */
  put(span: Span, text: string, style: SheetStyle, rows = 1): void {
    if (text === "") return;
    const start = cell(this.current, span.first);
    const end = cell(this.current + rows - 1, span.last);
    this.cells.push({ address: start, value: text, style });
    if (rows > 1 || span.last > span.first) this.merges.push({ start, end });
    if (rows > 1) this.tall.push({ area: { start, end }, text, style });
  }

  nextRow(room: RowRoom = {}): void {
    if (room.after !== undefined || room.atLeast !== undefined) this.rooms.set(this.current, room);
    this.current += 1;
  }

  /** An empty row exactly `points` high. */
  gap(points: number): void {
    this.gaps.set(this.current, points);
    this.current += 1;
  }
}

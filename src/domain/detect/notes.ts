/**
 * What recognition reports about what it could not place, as message ids with data (the
 * validator's "unrecognised" rule and the reporters turn them into sentences with these
 * texts). Notes are information, never errors: a workbook we cannot read fully is still
 * checked as far as it was read. A long sheet of unknown rows gives a few notes and a count.
 */
import type { RecognitionNote } from "./table";

export const NOTE_IDS = {
  emptyWorkbook: "detect.empty-workbook",
  sheetUnrecognised: "detect.sheet-unrecognised",
  tableNotFound: "detect.table-not-found",
  rowUnmatched: "detect.row-unmatched",
  rowByNumber: "detect.row-by-number",
  itemRepeated: "detect.item-repeated",
  extraTotal: "detect.extra-total",
  noTotal: "detect.no-total",
  columnUnmapped: "detect.column-unmapped",
  columnRepeated: "detect.column-repeated",
  columnsMissing: "detect.columns-missing",
  blockSkipped: "detect.block-skipped",
  unitAssumed: "detect.unit-assumed",
  unitUnknown: "detect.unit-unknown",
  programUnknown: "detect.program-unknown",
  settingsInferred: "detect.settings-inferred",
  ownKeysMissing: "detect.own-keys-missing",
  moreNotes: "detect.more-notes",
} as const;

export type NoteId = (typeof NOTE_IDS)[keyof typeof NOTE_IDS];

export interface NoteText {
  readonly vi: string;
  readonly en: string;
}

export const NOTE_MESSAGES: Readonly<Record<NoteId, NoteText>> = {
  [NOTE_IDS.emptyWorkbook]: {
    vi: "Sổ tính “{source}” không có trang tính nào có dữ liệu.",
    en: "Workbook “{source}” has no sheet with data.",
  },
  [NOTE_IDS.sheetUnrecognised]: {
    vi: "Trang tính “{sheet}” không có bảng nào của kế hoạch (Phụ lục 01, Biểu 02, Biểu 03) nên không được kiểm tra.",
    en: "Sheet “{sheet}” holds none of the plan's tables (Phụ lục 01, Biểu 02, Biểu 03) and is not checked.",
  },
  [NOTE_IDS.tableNotFound]: {
    vi: "Tiêu đề trang “{sheet}” gọi đây là {expected} nhưng không tìm thấy dòng tiêu đề cột của bảng.",
    en: "The title of sheet “{sheet}” names it {expected}, but no header row of the table was found.",
  },
  [NOTE_IDS.rowUnmatched]: {
    vi: "Dòng {row} (“{label}”) không khớp với dự án, tiểu dự án hay chỉ tiêu nào nên không được đối chiếu.",
    en: "Row {row} (“{label}”) matches no project, sub-project or indicator and is not checked.",
  },
  [NOTE_IDS.rowByNumber]: {
    vi: "Dòng {row} (“{label}”) được hiểu là {code} theo số thứ tự {number}, tên không khớp với danh mục.",
    en: "Row {row} (“{label}”) is read as {code} from its number {number}; its name does not match the catalog.",
  },
  [NOTE_IDS.itemRepeated]: {
    vi: "{code} xuất hiện nhiều lần trong bảng (các dòng {rows}).",
    en: "{code} appears more than once in the table (rows {rows}).",
  },
  [NOTE_IDS.extraTotal]: {
    vi: "Dòng {row} (“{label}”) là một dòng tổng khác ngoài dòng tổng cộng; không được đối chiếu.",
    en: "Row {row} (“{label}”) is another total besides the grand total; it is not checked.",
  },
  [NOTE_IDS.noTotal]: {
    vi: "Bảng không có dòng TỔNG CỘNG.",
    en: "The table has no TỔNG CỘNG (grand total) row.",
  },
  [NOTE_IDS.columnUnmapped]: {
    vi: "Cột “{header}” không thuộc các cột của bảng nên không được kiểm tra.",
    en: "Column “{header}” is not one of the table's columns and is not checked.",
  },
  [NOTE_IDS.columnRepeated]: {
    vi: "Cột “{header}” lặp lại cột {key} đã có ở bên trái; chỉ cột đầu tiên được dùng.",
    en: "Column “{header}” repeats column {key} further left; only the first is used.",
  },
  [NOTE_IDS.columnsMissing]: {
    vi: "Bảng không có cột {columns}.",
    en: "The table has no {columns} column.",
  },
  [NOTE_IDS.blockSkipped]: {
    vi: "Nguồn vốn của bảng chia thành nhiều khối; chỉ khối “{chosen}” được kiểm tra, “{block}” thì không.",
    en: "The table splits its sources into blocks; only “{chosen}” is checked, not “{block}”.",
  },
  [NOTE_IDS.unitAssumed]: {
    vi: "Không thấy dòng “Đơn vị tính”; số liệu được hiểu là triệu đồng.",
    en: "No “Đơn vị tính” (unit) line was found; amounts are taken as triệu đồng (millions of đồng).",
  },
  [NOTE_IDS.unitUnknown]: {
    vi: "Không hiểu đơn vị “{unit}”; số liệu được hiểu là triệu đồng.",
    en: "Unit “{unit}” is not understood; amounts are taken as triệu đồng (millions of đồng).",
  },
  [NOTE_IDS.programUnknown]: {
    vi: "Không xác định được chương trình của kế hoạch nên các dòng không được đối chiếu với danh mục dự án.",
    en: "The plan's program could not be determined, so rows are not matched to its projects.",
  },
  [NOTE_IDS.settingsInferred]: {
    vi: "Không có trang “Thông tin chung”; năm {year} và cấp {level} được lấy từ tiêu đề các bảng.",
    en: "No “Thông tin chung” sheet; year {year} and level {level} are taken from the tables' titles.",
  },
  [NOTE_IDS.ownKeysMissing]: {
    vi: "Trang “{sheet}” do phần mềm tạo nhưng các khóa dòng/cột ẩn đã bị xóa; bảng được nhận dạng theo tiêu đề cột.",
    en: "Sheet “{sheet}” was made by this tool but its hidden row/column keys were removed; the table is read by its headers.",
  },
  [NOTE_IDS.moreNotes]: {
    vi: "Còn {count} dòng tương tự khác.",
    en: "{count} more like this.",
  },
};

/** Notes of one kind beyond this many, per sheet, are counted instead of listed. */
const NOTES_PER_KIND = 20;

export type NoteData = RecognitionNote["data"];

/** Collects the notes of one sheet, capping each kind. */
export class NoteSink {
  private readonly list: RecognitionNote[] = [];
  private readonly counts = new Map<string, number>();

  constructor(readonly sheet: string) {}

  add(messageId: NoteId, row: number | null, col: number | null, data: NoteData = {}): void {
    const count = (this.counts.get(messageId) ?? 0) + 1;
    this.counts.set(messageId, count);
    if (count <= NOTES_PER_KIND) this.list.push({ sheet: this.sheet, row, col, messageId, data });
  }

  notes(): RecognitionNote[] {
    const more = [...this.counts]
      .filter(([, count]) => count > NOTES_PER_KIND)
      .map(([id, count]) => ({
        sheet: this.sheet,
        row: null,
        col: null,
        messageId: NOTE_IDS.moreNotes,
        data: { of: id, count: count - NOTES_PER_KIND },
      }));
    return [...this.list, ...more];
  }
}

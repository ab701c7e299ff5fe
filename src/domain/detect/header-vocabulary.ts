/**
 * How offices head the columns of the plan's tables, as data: for each column key, the
 * phrases that name it, compared as text keys (text-key.ts: no diacritics, no punctuation).
 * A phrase starting with "=" names the column only as the header's whole text ("Tỉnh",
 * "Xã", "TT"), because the bare word occurs inside other headers ("Đơn vị tính"). Which
 * key a header gets also depends on the group above it (header-terms.ts).
 */
import {
  B02_COLUMNS,
  B02_ROWS,
  B03_COLUMNS,
  PC_COLUMNS,
  PL01_AMOUNT_COLUMNS,
  PL01_COLUMNS as C,
} from "../templates/column-keys";

export type Vocabulary = Readonly<Record<string, readonly string[]>>;

/** Headers that name no column of ours and must not be read as one ("Đơn vị tính" is not "tỉnh"). */
export const IGNORED = "ignored";

/** A total whose source depends on the group above it: under NSTW it is NSTW's total. */
export const GENERIC_TOTAL = "generic-total";

const LABEL_PHRASES = [
  "noi dung",
  "ten du an",
  "du an",
  "du an tieu du an",
  "danh muc",
  "hang muc",
  "noi dung chi",
  "noi dung ho tro",
  "noi dung thuc hien",
  "ten chuong trinh",
  "chuong trinh du an",
  "=ten",
] as const;

const NUMBER_PHRASES = ["=tt", "=stt", "so tt", "so thu tu", "=so"] as const;

const UNIT_COLUMN_PHRASES = ["don vi tinh", "dvt", "=don vi", "dv tinh"] as const;

const NOTE_PHRASES = ["ghi chu"] as const;

const LEAD_PHRASES = [
  "don vi chu tri",
  "co quan chu tri",
  "chu tri",
  "don vi thuc hien",
  "co quan thuc hien",
  "co quan don vi chu tri",
] as const;

export const FUNDS_VOCABULARY: Vocabulary = {
  [C.tt]: NUMBER_PHRASES,
  [C.noiDung]: LABEL_PHRASES,
  [GENERIC_TOTAL]: [
    "tong cong",
    "tong so",
    "tong kinh phi",
    "tong von",
    "tong nguon von",
    "tong cong kinh phi",
    "kinh phi",
    "kinh phi thuc hien",
    "so tien",
    "thanh tien",
    "du toan",
    "ke hoach von",
    "tong ke hoach von",
    "=tong",
    "=cong",
  ],
  [C.nstw]: [
    "ngan sach trung uong",
    "nstw",
    "ns trung uong",
    "ns tw",
    "ngan sach tw",
    "von trung uong",
    "von tw",
    "von ngan sach trung uong",
    "nguon von trung uong",
    "trung uong",
  ],
  [C.dtpt]: ["dau tu phat trien", "dtpt", "von dau tu", "von dtpt", "xay dung co ban", "xdcb", "=dau tu"],
  [C.sn]: [
    "su nghiep",
    "sn",
    "von su nghiep",
    "kinh phi su nghiep",
    "von sn",
    "chi thuong xuyen",
    "=thuong xuyen",
  ],
  [C.nsdp]: [
    "ngan sach dia phuong",
    "nsdp",
    "ns dia phuong",
    "ns dp",
    "von dia phuong",
    "von ngan sach dia phuong",
    "von doi ung",
    "doi ung",
    "ngan sach dia phuong doi ung",
    "=dia phuong",
  ],
  [C.tinh]: [
    "ngan sach tinh",
    "ns tinh",
    "ngan sach cap tinh",
    "ns cap tinh",
    "von tinh",
    "=cap tinh",
    "=tinh",
  ],
  [C.huyen]: [
    "ngan sach huyen",
    "ns huyen",
    "ngan sach cap huyen",
    "ns cap huyen",
    "von huyen",
    "=cap huyen",
    "=huyen",
  ],
  [C.xa]: ["ngan sach xa", "ns xa", "ngan sach cap xa", "ns cap xa", "von xa", "=cap xa", "=xa"],
  [C.khac]: [
    "huy dong khac",
    "von huy dong",
    "von huy dong khac",
    "nguon khac",
    "nguon von khac",
    "von khac",
    "huy dong",
    "von long ghep",
    "long ghep",
    "xa hoi hoa",
    "von xa hoi hoa",
    "dong gop",
    "nhan dan dong gop",
    "von tin dung",
  ],
  [C.chuTri]: LEAD_PHRASES,
  [C.ghiChu]: NOTE_PHRASES,
  [IGNORED]: [...UNIT_COLUMN_PHRASES, "so luong", "don gia", "ma so", "trong do"],
};

/** Column keys of Phụ lục 01 that hold amounts. */
export const FUNDS_AMOUNT_KEYS: readonly string[] = PL01_AMOUNT_COLUMNS;

/** Sources whose own "Tổng số" column sits under them. */
export const SOURCE_GROUPS: readonly string[] = [C.nstw, C.nsdp, C.khac];

/** A capital type belongs to NSTW, a budget level to NSĐP: under another source it is not ours. */
export const BELONGS_UNDER: Readonly<Record<string, string>> = {
  [C.dtpt]: C.nstw,
  [C.sn]: C.nstw,
  [C.tinh]: C.nsdp,
  [C.huyen]: C.nsdp,
  [C.xa]: C.nsdp,
};

export const ASSIGNMENT_VOCABULARY: Vocabulary = {
  [PC_COLUMNS.tt]: NUMBER_PHRASES,
  [PC_COLUMNS.noiDung]: LABEL_PHRASES,
  [PC_COLUMNS.chuTri]: LEAD_PHRASES,
  [PC_COLUMNS.phoiHop]: ["phoi hop", "co quan phoi hop", "don vi phoi hop"],
  [PC_COLUMNS.ghiChu]: NOTE_PHRASES,
  [IGNORED]: UNIT_COLUMN_PHRASES,
};

const TARGET_LABEL_PHRASES = ["chi tieu", "noi dung", "noi dung chi tieu", "ten chi tieu", "=chi tieu"];

export const HOUSEHOLD_COLUMN_VOCABULARY: Vocabulary = {
  [B02_COLUMNS.tt]: NUMBER_PHRASES,
  [B02_COLUMNS.chiTieu]: [...TARGET_LABEL_PHRASES, "loai ho", "phan loai", "phan loai ho", "doi tuong"],
  [B02_COLUMNS.dvt]: UNIT_COLUMN_PHRASES,
  [B02_COLUMNS.hoNgheo]: ["ho ngheo", "so ho ngheo", "=ngheo"],
  [B02_COLUMNS.hoCanNgheo]: ["ho can ngheo", "so ho can ngheo", "can ngheo", "=can ngheo"],
  [B02_COLUMNS.ghiChu]: NOTE_PHRASES,
};

/**
 * Figures of Biểu 02, as row labels or (transposed) column headers. "Tỷ lệ" alone is the
 * rate of the figure before it; RATE_OF says which.
 */
export const HOUSEHOLD_FIGURE_VOCABULARY: Vocabulary = {
  [B02_ROWS.totalHouseholds]: [
    "tong so ho",
    "tong so ho dan",
    "tong so ho dan cu",
    "so ho dan cu",
    "tong so ho tren dia ban",
  ],
  [B02_ROWS.startEthnic]: ["dan toc thieu so", "dtts", "ho dtts"],
  [B02_ROWS.start]: ["dau nam", "dau ky", "thoi diem dau nam", "nam truoc chuyen sang"],
  [B02_ROWS.exits]: ["thoat ngheo", "thoat can ngheo", "so ho thoat ngheo", "giam ho ngheo"],
  [B02_ROWS.returns]: ["tai ngheo", "tai can ngheo"],
  [B02_ROWS.added]: ["phat sinh", "phat sinh moi", "ngheo moi"],
  [B02_ROWS.end]: ["cuoi nam", "cuoi ky", "den cuoi nam", "den 31 12"],
  [B02_ROWS.reduction]: ["giam ty le", "muc giam", "ty le giam", "muc giam ty le"],
};

export const RATE_PHRASES: readonly string[] = ["ty le", "%"];

/** The rate that follows a count. */
export const RATE_OF: Readonly<Record<string, string>> = {
  [B02_ROWS.start]: B02_ROWS.startRate,
  [B02_ROWS.end]: B02_ROWS.endRate,
};

/** Row labels (transposed Biểu 02) that name the kind of household. */
export const HOUSEHOLD_KIND_VOCABULARY: Vocabulary = {
  [B02_COLUMNS.hoCanNgheo]: ["ho can ngheo", "can ngheo"],
  [B02_COLUMNS.hoNgheo]: ["ho ngheo", "=ngheo"],
};

export const INDICATOR_COLUMN_VOCABULARY: Vocabulary = {
  [B03_COLUMNS.tt]: NUMBER_PHRASES,
  [B03_COLUMNS.chiTieu]: TARGET_LABEL_PHRASES,
  [B03_COLUMNS.dvt]: UNIT_COLUMN_PHRASES,
  [B03_COLUMNS.previous]: [
    "thuc hien",
    "uoc thuc hien",
    "uoc th",
    "ket qua",
    "nam truoc",
    "thuc hien nam truoc",
    "=th",
  ],
  [B03_COLUMNS.plan]: ["ke hoach", "kh", "muc tieu", "phan dau", "du kien", "chi tieu ke hoach"],
  [B03_COLUMNS.nguon]: ["nguon so lieu", "nguon", "ghi chu", "nguon so lieu ghi chu"],
};

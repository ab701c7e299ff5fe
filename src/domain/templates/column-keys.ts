/**
 * The keys that make our own sheets machine-readable: marker names, the hidden key column
 * and row, and every column and fixed row key of the five templates. Templates, the
 * renderer, the reader and the validator all import these constants, so a key is never
 * typed as a bare string in two places.
 */
import type { TemplateId } from "../sheet-plan";

/** Workbook-level defined names marking our sheets start with this ("KHGN_PL01"). */
export const MARKER_PREFIX = "KHGN_";

export const MARKER_IDS: Readonly<Record<TemplateId, string>> = {
  "thong-tin-chung": "TTC",
  "phu-luc-01": "PL01",
  "bieu-02": "B02",
  "bieu-03": "B03",
  "phan-cong": "PC",
};

export function markerName(templateId: TemplateId): string {
  return MARKER_PREFIX + MARKER_IDS[templateId];
}

/**
 * The defined name marking the narrative sheet "Thuyết minh" ("KHGN_TM", suffixed like the
 * templates' markers when taken), so recognition knows it for ours and reads no table in it.
 */
export const NARRATIVE_MARKER = `${MARKER_PREFIX}TM`;

/**
 * Column key of the hidden first column, which holds each row's key. The marker range
 * starts at this column; the hidden row just above the marker range holds column keys.
 */
export const ROW_KEY_COLUMN = "key";

type ValueOf<T> = T[keyof T];

export const TTC_COLUMNS = { label: "label", value: "value", note: "note" } as const;
export type TtcColumn = ValueOf<typeof TTC_COLUMNS>;

/** Row keys of "Thông tin chung": PlanSettings fields, dotted for nested ones. */
export const SETTING_KEYS = {
  programId: "programId",
  programName: "programName",
  year: "year",
  level: "level",
  unitName: "unitName",
  issuingBody: "issuingBody",
  province: "province",
  place: "place",
  planNumber: "planNumber",
  planDate: "planDate",
  provinceGroup: "provinceGroup",
  customRatio: "customRatio",
  minRatio: "minRatio",
  splitTinh: "levelSplit.tinh",
  splitHuyen: "levelSplit.huyen",
  splitXa: "levelSplit.xa",
  signerAuthority: "signer.authority",
  signerPosition: "signer.position",
  signerName: "signer.name",
  legalBases: "legalBases",
  recipients: "recipients",
  tolerance: "tolerance",
  language: "language",
} as const;
export type SettingKey = ValueOf<typeof SETTING_KEYS>;

/** Settings stored on several rows: "legalBases.1", "legalBases.2", … */
export type ListSettingKey = typeof SETTING_KEYS.legalBases | typeof SETTING_KEYS.recipients;

export function listRowKey(list: ListSettingKey, index: number): string {
  return `${list}.${index + 1}`;
}

/** Rows of the counterpart group table on "Thông tin chung": "group.1", "group.2", … */
export function groupRowKey(index: number): string {
  return `group.${index + 1}`;
}

export const PL01_COLUMNS = {
  tt: "tt",
  noiDung: "noi-dung",
  tong: "tong",
  nstw: "nstw",
  dtpt: "dtpt",
  sn: "sn",
  nsdp: "nsdp",
  tinh: "ns-tinh",
  huyen: "ns-huyen",
  xa: "ns-xa",
  khac: "khac",
  chuTri: "chu-tri",
  ghiChu: "ghi-chu",
} as const;
export type Pl01Column = ValueOf<typeof PL01_COLUMNS>;

/** The columns of Phụ lục 01 that hold amounts (triệu đồng or the table's unit). */
export const PL01_AMOUNT_COLUMNS: readonly Pl01Column[] = [
  PL01_COLUMNS.tong,
  PL01_COLUMNS.nstw,
  PL01_COLUMNS.dtpt,
  PL01_COLUMNS.sn,
  PL01_COLUMNS.nsdp,
  PL01_COLUMNS.tinh,
  PL01_COLUMNS.huyen,
  PL01_COLUMNS.xa,
  PL01_COLUMNS.khac,
];

/** Each identity column of Phụ lục 01 and the columns it adds up (domain.md §3). */
export const PL01_IDENTITY_PARTS: Readonly<Partial<Record<Pl01Column, readonly Pl01Column[]>>> = {
  [PL01_COLUMNS.tong]: [PL01_COLUMNS.nstw, PL01_COLUMNS.nsdp, PL01_COLUMNS.khac],
  [PL01_COLUMNS.nstw]: [PL01_COLUMNS.dtpt, PL01_COLUMNS.sn],
  [PL01_COLUMNS.nsdp]: [PL01_COLUMNS.tinh, PL01_COLUMNS.huyen, PL01_COLUMNS.xa],
};

/** Fixed rows of Phụ lục 01; the other rows are keyed by catalog code ("DA3.1"). */
export const PL01_ROWS = {
  total: "TOTAL",
  actualRatio: "counterpart.actual",
  requiredRatio: "counterpart.required",
  minimum: "counterpart.minimum",
  status: "counterpart.status",
} as const;
export type Pl01Row = ValueOf<typeof PL01_ROWS>;

export const B02_COLUMNS = {
  tt: "tt",
  chiTieu: "chi-tieu",
  dvt: "dvt",
  hoNgheo: "ho-ngheo",
  hoCanNgheo: "ho-can-ngheo",
  ghiChu: "ghi-chu",
} as const;
export type B02Column = ValueOf<typeof B02_COLUMNS>;

export const B02_ROWS = {
  totalHouseholds: "tong-so-ho",
  start: "dau-nam",
  startRate: "dau-nam-ty-le",
  startEthnic: "dau-nam-dtts",
  exits: "thoat",
  returns: "tai",
  added: "phat-sinh",
  end: "cuoi-nam",
  endRate: "cuoi-nam-ty-le",
  reduction: "giam-ty-le",
} as const;
export type B02Row = ValueOf<typeof B02_ROWS>;

export const B03_COLUMNS = {
  tt: "tt",
  chiTieu: "chi-tieu",
  dvt: "dvt",
  previous: "thuc-hien-nam-truoc",
  plan: "ke-hoach",
  nguon: "nguon",
} as const;
export type B03Column = ValueOf<typeof B03_COLUMNS>;

export const PC_COLUMNS = {
  tt: "tt",
  noiDung: "noi-dung",
  chuTri: "chu-tri",
  phoiHop: "phoi-hop",
  ghiChu: "ghi-chu",
} as const;
export type PcColumn = ValueOf<typeof PC_COLUMNS>;

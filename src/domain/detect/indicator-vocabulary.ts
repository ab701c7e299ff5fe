/**
 * How real plans word the Biểu 03 indicators, as data: for each indicator id of
 * templates/indicators.ts, groups of phrases (text keys) that must all be present, one
 * phrase of each group. Indicators are tried in this order, the more specific first
 * ("có văn bằng, chứng chỉ" before "qua đào tạo", "cán bộ … tập huấn" before "đào tạo").
 * An indicator missing here is matched by its wording alone (indicator-match.ts).
 */

export type IndicatorPattern = readonly (readonly string[])[];

export const INDICATOR_PATTERNS: readonly (readonly [id: string, pattern: IndicatorPattern])[] = [
  ["yt-thap-coi", [["thap coi", "suy dinh duong"]]],
  ["yt-bhyt", [["bao hiem y te", "bhyt"]]],
  ["gd-bang-cap", [["van bang", "chung chi", "bang cap"]]],
  ["ct-can-bo", [["can bo"], ["boi duong", "tap huan", "dao tao", "nang cao nang luc"]]],
  ["gd-dao-tao", [["dao tao", "hoc nghe"]]],
  ["gd-dung-tuoi", [["dung do tuoi", "dung tuoi", "di hoc"]]],
  ["vl-nuoc-ngoai", [["nuoc ngoai", "xuat khau lao dong", "xkld"]]],
  ["vl-thanh-cong", [["thanh cong", "co viec lam", "tim duoc viec lam"], ["viec lam"]]],
  ["vl-ket-noi", [["tu van", "dinh huong nghe", "thong tin thi truong", "tim viec lam", "ket noi"]]],
  ["no-ho-tro", [["nha o", "nha tam", "nha dot nat", "xay moi nha", "sua chua nha"]]],
  ["nsh-nha-tieu", [["nha tieu", "nha ve sinh", "ho xi", "cong trinh ve sinh"]]],
  ["nsh-nuoc", [["nuoc sinh hoat", "nuoc sach", "nuoc hop ve sinh", "nguon nuoc"]]],
  ["tt-vien-thong", [["vien thong", "internet", "dien thoai"]]],
  ["tt-giam-ngheo", [["thong tin"], ["giam ngheo", "xuat ban pham", "truyen thong", "chinh sach"]]],
  ["ct-sinh-ke", [["sinh ke"]]],
  ["ct-san-xuat", [["san xuat", "nong lam ngu nghiep", "nong nghiep"]]],
];

/** Dimension headings as rows write them ("Về y tế", "Chỉ tiêu về giáo dục", "II. Nhà ở"). */
export const DIMENSION_HEADINGS: readonly string[] = [
  "viec lam",
  "y te",
  "giao duc",
  "giao duc dao tao",
  "nha o",
  "nuoc sinh hoat va ve sinh",
  "nuoc sinh hoat",
  "nuoc sinh hoat ve sinh",
  "thong tin",
  "ket qua thuc hien chuong trinh",
  "chi tieu chuong trinh",
  "ket qua dau ra",
];

/** Words that may open a heading: "Về y tế", "Chỉ tiêu về việc làm", "Lĩnh vực nhà ở". */
export const HEADING_OPENERS: readonly string[] = [
  "chi tieu ve",
  "ve",
  "linh vuc",
  "dich vu",
  "tieu chi",
  "chieu thieu hut",
  "thieu hut ve",
];

/**
 * "Thông tin chung": the plan's settings as key | label | value rows, so they travel with
 * the workbook and later features (validation, narrative) read them back. Below them, the
 * program's counterpart groups and the minimum ratio that applies: the typed ratio if
 * any, else the chosen group's. Phụ lục 01 takes its minimum from here. The last rows are
 * the tools' own settings: the tolerance of sums and the task pane's language.
 */
import { formatNumber } from "../format/numbers";
import { AUTOMATIC_TOLERANCE } from "../settings";
import { SETTING_KEYS as S, TTC_COLUMNS as C, type TtcColumn } from "./column-keys";
import { LANGUAGE_LABELS } from "./render/setting-values";
import { field, formula, input } from "./spec-helpers";
import type { CellRef, RowsColumn, SettingRow, TemplateSpec, ValueKind } from "./template-spec";

const GROUP_ROWS = { roles: ["group", "group-editable"] } as const;
const GROUP_KEY: CellRef<TtcColumn> = { row: S.provinceGroup, col: C.value };
const GROUP_IDS: RowsColumn<TtcColumn> = { rows: GROUP_ROWS, col: C.note };

function typed(
  key: SettingRow<TtcColumn>["key"],
  label: string,
  value: ValueKind,
  note?: string,
): SettingRow<TtcColumn> {
  return { key, label, ...(note === undefined ? {} : { note }), cells: { [C.value]: input(value, "value") } };
}

function fixed(key: SettingRow<TtcColumn>["key"], label: string, note?: string): SettingRow<TtcColumn> {
  return { key, label, ...(note === undefined ? {} : { note }), cells: { [C.value]: field("value") } };
}

/** "0,001 triệu đồng (1.000 đồng)". */
const AUTOMATIC_TOLERANCE_TEXT = `${formatNumber(AUTOMATIC_TOLERANCE)} triệu đồng (${formatNumber(Math.round(AUTOMATIC_TOLERANCE * 1e6))} đồng)`;

const SETTING_ROWS: readonly SettingRow<TtcColumn>[] = [
  fixed(S.programId, "Mã chương trình", "Các biểu được lập theo danh mục dự án của chương trình này"),
  fixed(S.programName, "Chương trình"),
  typed(S.year, "Năm kế hoạch", "year"),
  typed(S.level, "Cấp lập kế hoạch", "level", "Chọn “xã” hoặc “huyện”"),
  typed(S.unitName, "Địa bàn", "text", "Ví dụ: xã Ba Dinh"),
  typed(S.issuingBody, "Cơ quan ban hành", "text", "Ví dụ: Ủy ban nhân dân xã Ba Dinh"),
  typed(S.province, "Tỉnh, thành phố", "text"),
  typed(S.place, "Địa danh ghi ở ngày ban hành", "text", "Ví dụ: Ba Dinh (Ba Dinh, ngày … tháng … năm …)"),
  typed(S.planNumber, "Số kế hoạch", "text", "Ví dụ: 12/KH-UBND; để trống khi chưa có số"),
  typed(
    S.planDate,
    "Ngày ban hành",
    "date",
    "Để trống khi chưa ký; kế hoạch từ ngày 01/7/2025 không có ngân sách huyện",
  ),
  {
    key: S.provinceGroup,
    label: "Nhóm tỉnh (tỷ lệ vốn đối ứng)",
    cells: {
      [C.value]: input("group", "value"),
      [C.note]: formula("text", {
        op: "lookup",
        key: GROUP_KEY,
        keys: GROUP_IDS,
        values: { rows: GROUP_ROWS, col: C.label },
      }),
    },
  },
  typed(
    S.customRatio,
    "Tỷ lệ vốn đối ứng tối thiểu tự nhập",
    "percent",
    "Để trống để dùng tỷ lệ của nhóm tỉnh",
  ),
  {
    key: S.minRatio,
    label: "Tỷ lệ đối ứng tối thiểu áp dụng",
    note: "Tỷ lệ tự nhập nếu có, nếu không thì tỷ lệ của nhóm tỉnh",
    cells: {
      [C.value]: formula("percent", {
        op: "override-or-lookup",
        override: { row: S.customRatio },
        key: GROUP_KEY,
        keys: GROUP_IDS,
        values: { rows: GROUP_ROWS, col: C.value },
      }),
    },
  },
  typed(
    S.splitTinh,
    "Phần đối ứng của ngân sách tỉnh (so với NSTW)",
    "percent",
    "Theo nghị quyết của HĐND tỉnh",
  ),
  typed(
    S.splitHuyen,
    "Phần đối ứng của ngân sách huyện (so với NSTW)",
    "percent",
    "Chỉ kế hoạch trước ngày 01/7/2025",
  ),
  typed(S.splitXa, "Phần đối ứng của ngân sách xã (so với NSTW)", "percent"),
  typed(S.signerAuthority, "Thẩm quyền ký", "text", "TM. ỦY BAN NHÂN DÂN hoặc KT. CHỦ TỊCH"),
  typed(S.signerPosition, "Chức vụ người ký", "text", "CHỦ TỊCH hoặc PHÓ CHỦ TỊCH"),
  typed(S.signerName, "Họ và tên người ký", "text"),
  {
    ...typed(S.legalBases, "Căn cứ ban hành", "text", "Mỗi dòng một văn bản"),
    list: { minRows: 6, spare: 2 },
  },
  { ...typed(S.recipients, "Nơi nhận", "text", "Mỗi dòng một nơi nhận"), list: { minRows: 8, spare: 2 } },
  typed(
    S.tolerance,
    "Sai số cho phép khi cộng tổng (triệu đồng)",
    "tolerance",
    `Khi kiểm tra, dòng tổng chênh lệch với tổng các phần ít hơn mức này được coi là khớp; để trống để dùng mức tự động ${AUTOMATIC_TOLERANCE_TEXT}`,
  ),
  typed(
    S.language,
    "Ngôn ngữ của ngăn tác vụ",
    "language",
    `Chọn “${LANGUAGE_LABELS.vi}” hoặc “${LANGUAGE_LABELS.en}”; văn bản kế hoạch luôn bằng tiếng Việt`,
  ),
];

export const THONG_TIN_CHUNG: TemplateSpec<TtcColumn> = {
  id: "thong-tin-chung",
  sheetName: "Thông tin chung",
  titles: [
    { kind: "title", text: "THÔNG TIN CHUNG CỦA KẾ HOẠCH" },
    { kind: "subtitle", text: "Kế hoạch thực hiện {program} năm {year} trên địa bàn {unitName}" },
    {
      kind: "note",
      text: "Nhập hoặc sửa ở các ô nền vàng. Phụ lục 01 và văn bản kế hoạch lấy thông tin từ trang này.",
    },
  ],
  columns: [
    { key: C.label, header: "Thông tin", width: 40 },
    { key: C.value, header: "Giá trị", width: 46 },
    { key: C.note, header: "Ghi chú", width: 44 },
  ],
  body: [
    { from: "settings", rows: SETTING_ROWS },
    {
      from: "groups",
      heading: { [C.label]: "Nhóm tỉnh", [C.value]: "Tỷ lệ vốn đối ứng tối thiểu", [C.note]: "Mã nhóm" },
      editableRows: 3,
    },
  ],
  cells: {
    setting: { [C.label]: field("label"), [C.note]: field("note") },
    "group-heading": { [C.label]: field(C.label), [C.value]: field(C.value), [C.note]: field(C.note) },
    group: { [C.label]: field("label"), [C.value]: field("ratio", "percent"), [C.note]: field("id") },
    "group-editable": { [C.label]: input("text"), [C.value]: input("percent"), [C.note]: input("text") },
  },
  orientation: "portrait",
};

/**
 * The indicators of Biểu 03 (domain.md §5): access to the basic social services of the
 * multidimensional poverty standard, plus the program's own output targets. Ids are the
 * row keys the reader and the narrative use; texts are our wording of what the seeds write.
 */

export const DIMENSIONS = {
  viecLam: "Việc làm",
  yTe: "Y tế",
  giaoDuc: "Giáo dục",
  nhaO: "Nhà ở",
  nuoc: "Nước sinh hoạt và vệ sinh",
  thongTin: "Thông tin",
  chuongTrinh: "Kết quả thực hiện Chương trình",
} as const;

export type Dimension = keyof typeof DIMENSIONS;

/** Percentages are stored as fractions (0,96 = 96%); counts are whole numbers. */
export type IndicatorUnit = "%" | "người" | "hộ";

export interface Indicator {
  readonly id: string;
  readonly dimension: Dimension;
  readonly text: string;
  readonly unit: IndicatorUnit;
}

export const INDICATORS: readonly Indicator[] = [
  {
    id: "vl-ket-noi",
    dimension: "viecLam",
    text: "Người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo có nhu cầu được hỗ trợ kết nối, tư vấn, định hướng nghề nghiệp, cung cấp thông tin thị trường lao động, hỗ trợ tìm việc làm",
    unit: "%",
  },
  {
    id: "vl-thanh-cong",
    dimension: "viecLam",
    text: "Người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo được hỗ trợ kết nối việc làm thành công",
    unit: "người",
  },
  {
    id: "vl-nuoc-ngoai",
    dimension: "viecLam",
    text: "Người lao động được hỗ trợ đi làm việc ở nước ngoài theo hợp đồng",
    unit: "người",
  },
  {
    id: "yt-bhyt",
    dimension: "yTe",
    text: "Người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tham gia bảo hiểm y tế",
    unit: "%",
  },
  {
    id: "yt-thap-coi",
    dimension: "yTe",
    text: "Tỷ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 16 tuổi giảm xuống còn",
    unit: "%",
  },
  {
    id: "gd-dung-tuoi",
    dimension: "giaoDuc",
    text: "Trẻ em thuộc hộ nghèo, hộ cận nghèo đi học đúng độ tuổi",
    unit: "%",
  },
  {
    id: "gd-dao-tao",
    dimension: "giaoDuc",
    text: "Người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo qua đào tạo",
    unit: "%",
  },
  {
    id: "gd-bang-cap",
    dimension: "giaoDuc",
    text: "Trong đó: có văn bằng, chứng chỉ",
    unit: "%",
  },
  {
    id: "no-ho-tro",
    dimension: "nhaO",
    text: "Hộ nghèo, hộ cận nghèo được hỗ trợ nhà ở",
    unit: "hộ",
  },
  {
    id: "nsh-nuoc",
    dimension: "nuoc",
    text: "Hộ nghèo, hộ cận nghèo sử dụng nước sinh hoạt hợp vệ sinh",
    unit: "%",
  },
  {
    id: "nsh-nha-tieu",
    dimension: "nuoc",
    text: "Hộ nghèo, hộ cận nghèo sử dụng nhà tiêu hợp vệ sinh",
    unit: "%",
  },
  {
    id: "tt-vien-thong",
    dimension: "thongTin",
    text: "Hộ nghèo, hộ cận nghèo có nhu cầu được tiếp cận sử dụng các dịch vụ viễn thông, internet",
    unit: "%",
  },
  {
    id: "tt-giam-ngheo",
    dimension: "thongTin",
    text: "Hộ nghèo, hộ cận nghèo được tiếp cận thông tin về giảm nghèo bền vững",
    unit: "%",
  },
  {
    id: "ct-san-xuat",
    dimension: "chuongTrinh",
    text: "Người có khả năng lao động, có nhu cầu thuộc hộ nghèo được hỗ trợ nâng cao năng lực sản xuất nông, lâm, ngư nghiệp",
    unit: "%",
  },
  {
    id: "ct-can-bo",
    dimension: "chuongTrinh",
    text: "Cán bộ làm công tác giảm nghèo được bồi dưỡng, tập huấn",
    unit: "%",
  },
  {
    id: "ct-sinh-ke",
    dimension: "chuongTrinh",
    text: "Hộ nghèo được hỗ trợ cải thiện sinh kế",
    unit: "hộ",
  },
];

/** The indicators grouped by dimension, dimensions in their declared order. */
export function indicatorsByDimension(
  indicators: readonly Indicator[] = INDICATORS,
): { label: string; indicators: Indicator[] }[] {
  return (Object.keys(DIMENSIONS) as Dimension[])
    .map((dimension) => ({
      label: DIMENSIONS[dimension],
      indicators: indicators.filter((i) => i.dimension === dimension),
    }))
    .filter((group) => group.indicators.length > 0);
}

/**
 * The lines a narrative built from the offices' own tables opens with when something the
 * plan needs was not found: each says what is missing, what the plan used instead, and
 * what to fill in where. Plain Vietnamese for the officer, not codes.
 */

export function unknownYear(year: number): string {
  return `Chưa rõ năm kế hoạch: tiêu đề các bảng không ghi “… năm 20…”, nên kế hoạch tạm ghi năm ${year}. Hãy chèn trang Thông tin chung và điền năm kế hoạch.`;
}

export const UNKNOWN_UNIT =
  "Chưa rõ tên đơn vị: tiêu đề các bảng không ghi “UBND xã …” hay “UBND huyện …”, nên kế hoạch để trống tên đơn vị và cơ quan ban hành. Hãy chèn trang Thông tin chung và điền tên đơn vị (ví dụ “xã Ba Dinh”) và cơ quan ban hành (ví dụ “Ủy ban nhân dân xã Ba Dinh”).";

export function unknownProgram(name: string): string {
  return `Chưa rõ kế hoạch thuộc chương trình nào: các bảng không ghi năm kế hoạch hay tên Dự án của chương trình, nên kế hoạch tạm theo ${name}. Hãy chèn trang Thông tin chung và chọn chương trình.`;
}

export const MISSING_FUNDS =
  "Không tìm thấy bảng kinh phí (Phụ lục 01) trong bảng tính: phần kinh phí của kế hoạch chưa có số liệu. Hãy thêm bảng kinh phí theo từng Dự án, Tiểu dự án (hoặc chèn trang Phụ lục 01) và điền kinh phí.";

export const NOTHING_USABLE =
  "Không tìm thấy bảng nào của kế hoạch (Phụ lục 01 kinh phí, Biểu 02, Biểu 03) và cũng không có trang Thông tin chung. Hãy mở đúng bảng tính kế hoạch, hoặc chèn các trang mẫu của kế hoạch rồi điền số liệu.";

export const NO_PROGRAMS = "Không có tệp chương trình nào để lập kế hoạch: hãy cài lại công cụ.";

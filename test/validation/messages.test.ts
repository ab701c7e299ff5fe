/**
 * Sentences from message ids: Vietnamese by default with Vietnamese numbers (1.001;
 * 0,82%), English on request (1,001; 0.82%), the issue's own cell and sheet filled in, years
 * and row numbers printed as written, and an id without a text still shown, never thrown.
 */
import type { Issue } from "../../src/domain/validation/issue";
import {
  messageCatalog,
  renderFixMessage,
  renderIssueMessage,
  renderMessage,
} from "../../src/domain/validation/messages";

function issue(messageId: string, data: Issue["data"]): Issue {
  const start = { row: 12, col: 5 };
  return {
    ruleId: "constant-total",
    severity: "info",
    messageId,
    data,
    sheet: "Phụ lục 01",
    range: { start, end: start },
  };
}

describe("renderIssueMessage", () => {
  test("Vietnamese by default: the cell as A1, amounts with '.' between thousands", () => {
    const typed = issue("constant-total/sum-differs", {
      typed: 1001,
      expected: 1147.5,
      formula: "=SUM(E13:E15)",
      columns: "",
    });
    expect(renderIssueMessage(typed)).toBe(
      "Ô E12 là số gõ tay (1.001) nhưng đây là dòng tổng và tổng các dòng con là 1.147,5: nên là công thức =SUM(E13:E15).",
    );
  });

  test("English on request, with English separators", () => {
    const typed = issue("constant-total/sum-differs", {
      typed: 1001,
      expected: 1147.5,
      formula: "=SUM(E13:E15)",
      columns: "",
    });
    expect(renderIssueMessage(typed, "en")).toBe(
      "Cell E12 holds a typed number (1,001) but this is a total row and its child rows add up to 1,147.5: it should be the formula =SUM(E13:E15).",
    );
  });

  test("fractions under a …Percent key print as percentages", () => {
    const text = issue("number-as-text/percent", { text: "0,82%", number: 0.0082, numberPercent: 0.0082 });
    expect(renderIssueMessage(text)).toBe(
      'Ô E12 chứa "0,82%" dạng chữ: nên đổi thành số 0,82% (định dạng phần trăm).',
    );
    expect(renderIssueMessage(text, "en")).toBe(
      'Cell E12 holds "0,82%" as text: it should be the number 0.82% (formatted as a percentage).',
    );
  });

  test("the sheet name is available to messages about a sheet", () => {
    const note = issue("unrecognised/note", { note: "detect.new-kind" });
    expect(renderIssueMessage(note)).toBe(
      'Trang "Phụ lục 01", ô E12: không nhận diện được phần này của bảng (detect.new-kind) nên các kiểm tra bỏ qua nó.',
    );
  });

  test("an unknown message id still says what it can", () => {
    expect(renderIssueMessage(issue("made-up/id", { amount: 1001 }))).toBe(
      "made-up/id cell=E12 sheet=Phụ lục 01 amount=1.001",
    );
  });
});

describe("renderMessage", () => {
  test("years and row numbers are labels, printed as written", () => {
    expect(renderMessage("detect.settings-inferred", { year: 2025, level: "xã" })).toBe(
      "Không có trang “Thông tin chung”; năm 2025 và cấp xã được lấy từ tiêu đề các bảng.",
    );
  });

  test("a placeholder without data stays visible rather than printing 'undefined'", () => {
    expect(renderMessage("sum-range/fix", {})).toBe("Sửa công thức thành {formula}");
  });
});

describe("renderFixMessage", () => {
  test("fixes and suggestions read as actions", () => {
    const fix = { messageId: "number-as-text/fix", data: { text: "1.147", number: 1147 }, edits: [] };
    expect(renderFixMessage(fix)).toBe('Đổi "1.147" thành số 1.147');
    expect(renderFixMessage(fix, "en")).toBe('Convert "1.147" to the number 1,147');
  });
});

test("the catalog has every rule's messages and the engine's", () => {
  const catalog = messageCatalog();
  expect(catalog.get("engine/rule-failed")?.vi).toContain("{rule}");
  expect(catalog.get("sum-range/missing")?.en).toContain("{missing}");
  expect(catalog.get("detect.row-unmatched")?.vi).toContain("{label}");
});

/**
 * The "Kiểm tra" page as a user first sees it, rendered to static markup (jest runs in node,
 * without a DOM): the tab and the "Kiểm tra" button, the notice outside Excel, findings
 * grouped by sheet and severity with their cell, the "Sửa" buttons, the empty state, and
 * fixes Excel refused with their Vietnamese reason.
 */
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { App } from "../../src/taskpane/App";
import { RefusedFixesBar } from "../../src/taskpane/components/RefusedFixesBar";
import { I18nContext } from "../../src/taskpane/i18n/I18nContext";
import { translator } from "../../src/taskpane/i18n/translate";
import { CheckResults, KiemTraPage } from "../../src/taskpane/pages/KiemTraPage";
import { programs } from "../../src/taskpane/programs";
import type { CheckedWorkbook } from "../../src/taskpane/state/check";
import type { Issue } from "../../src/domain/validation/issue";
import { buttons, textOf } from "./markup";

function inPane(element: ReactElement): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={translator("vi")}>{element}</I18nContext.Provider>
    </FluentProvider>,
  );
}

function issue(
  sheet: string,
  row: number,
  col: number,
  severity: Issue["severity"],
  fixable: boolean,
): Issue {
  const at = { row, col };
  const edits = [{ sheet, address: at, formula: "=SUM(F9:F24)" }];
  return {
    ruleId: "constant-total",
    severity,
    messageId: "m",
    data: {},
    sheet,
    range: { start: at, end: at },
    ...(fixable ? { fix: { messageId: "f", data: {}, edits } } : {}),
  };
}

function checkedWith(issues: readonly Issue[]): CheckedWorkbook {
  const count = (s: Issue["severity"]) => issues.filter((i) => i.severity === s).length;
  return {
    grid: { source: "ke-hoach.xlsx", sheets: [], names: [] },
    result: {
      recognition: { sheets: [], tables: [], settings: null, programId: null, notes: [] },
      issues,
      summary: { errors: count("error"), warnings: count("warning"), infos: count("info") },
      rendered: issues.map((i) => ({
        issue: i,
        message: `Thông báo ${i.sheet} ${i.range.start.row}`,
        fix: i.fix ? "Khôi phục công thức" : null,
        suggestions: [],
      })),
    },
  };
}

const ignore = () => undefined;

describe("Kiểm tra page", () => {
  it("opens from ?page=kiem-tra on the Kiểm tra tab with the primary Kiểm tra button, off until Excel answers", () => {
    const html = renderToStaticMarkup(<App search="?page=kiem-tra" connect={() => new Promise(ignore)} />);
    const selected = /<button[^>]*role="tab"[^>]*aria-selected="true"[^>]*>([\s\S]*?)<\/button>/.exec(html);
    expect(textOf(selected?.[1] ?? "")).toContain("Kiểm tra");
    const primary = /<button[^>]*class="([^"]*)"[^>]*>/.exec(
      inPane(
        <Button appearance="primary" disabled>
          x
        </Button>,
      ),
    );
    const check = /<button[^>]*class="([^"]*)"[^>]*>Kiểm tra<\/button>/.exec(html);
    expect(check?.[1]).toBe(primary?.[1]);
  });

  it("outside Excel, says to open it in Excel and keeps the button off", () => {
    const html = inPane(
      <KiemTraPage workspace={null} programs={programs} lang="vi" status="none" opened goTo={ignore} />,
    );
    expect(textOf(html)).toContain("nút Kiểm tra) để kiểm tra sổ làm việc");
    expect(textOf(html)).toContain("bằng nút “Mở tệp Excel” ở trên");
    expect(buttons(html)).toContainEqual(expect.objectContaining({ name: "Kiểm tra", disabled: true }));
  });

  it("lists findings by sheet then severity, each carrying its sheet and cell, with Sửa where there is a fix", () => {
    const checked = checkedWith([
      issue("Phụ lục 01", 8, 6, "info", true),
      issue("Phụ lục 01", 9, 4, "error", false),
      issue("Biểu 02", 12, 5, "warning", false),
    ]);
    const html = inPane(<CheckResults checked={checked} busy={false} select={ignore} fix={ignore} />);
    const text = textOf(html);
    expect(text).toContain("Lỗi: 1 Cảnh báo: 1 Ghi chú: 1");
    const outline = [...html.matchAll(/<h3[^>]*>([^<]*)<\/h3>|<h4[^>]*>([^<]*)<\/h4>|data-cell="([^"]*)"/g)];
    expect(outline.map((m) => m[1] ?? m[2] ?? m[3])).toEqual([
      "Phụ lục 01",
      "Lỗi",
      "D9",
      "Ghi chú",
      "F8",
      "Biểu 02",
      "Cảnh báo",
      "E12",
    ]);
    const places = [...html.matchAll(/data-sheet="([^"]*)" data-cell="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    expect(places).toEqual([
      ["Phụ lục 01", "D9"],
      ["Phụ lục 01", "F8"],
      ["Biểu 02", "E12"],
    ]);
    expect(buttons(html).filter((b) => b.name === "Sửa")).toHaveLength(1);
  });

  it("says no problem was found when the check is clean", () => {
    const html = inPane(<CheckResults checked={checkedWith([])} busy={false} select={ignore} fix={ignore} />);
    expect(textOf(html)).toContain("Không phát hiện lỗi nào trong sổ làm việc.");
    expect(html).not.toContain("data-cell");
  });

  it("shows each refused fix with its Vietnamese reason", () => {
    const reason =
      "Trang “Số liệu 2024” đang được bảo vệ; hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi áp dụng lại.";
    const fix = { messageId: "f", data: {}, edits: [] };
    const html = inPane(
      <RefusedFixesBar
        refused={[
          { fix, reason: { kind: "protected", sheet: "Số liệu 2024", address: null, message: reason } },
        ]}
      />,
    );
    expect(textOf(html)).toContain(`Có 1 cách sửa chưa áp dụng được: ${reason}`);
  });
});

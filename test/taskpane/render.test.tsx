/**
 * The pane as a user first sees it, rendered to static markup (jest runs in node, without a
 * DOM): the Biểu mẫu page with its five templates and the "Chèn biểu mẫu" button, the
 * notice outside Excel, and how inserted sheets and failures are reported.
 */
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { App } from "../../src/taskpane/App";
import { InsertFailureBar } from "../../src/taskpane/components/InsertFailureBar";
import { InsertedSheets } from "../../src/taskpane/components/InsertedSheets";
import { I18nContext } from "../../src/taskpane/i18n/I18nContext";
import { translator } from "../../src/taskpane/i18n/translate";
import { BieuMauPage } from "../../src/taskpane/pages/BieuMauPage";
import { programs } from "../../src/taskpane/programs";
import { buttons, checkboxes, textOf } from "./markup";

const TEMPLATE_LABELS = ["Thông tin chung", "Phụ lục 01", "Biểu 02", "Biểu 03", "Phân công"];

function inPane(element: ReactElement): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={translator("vi")}>{element}</I18nContext.Provider>
    </FluentProvider>,
  );
}

/** The classes Fluent gives a MessageBar differ by intent (colours, icon). */
function messageBarClass(html: string): string | undefined {
  return /class="(fui-MessageBar [^"]*)"/.exec(html)?.[1];
}

describe("App", () => {
  const html = renderToStaticMarkup(<App search="?page=bieu-mau" />);

  it("opens on the Biểu mẫu tab, in Vietnamese, with tabs for the pages built so far", () => {
    expect(html).toMatch(/^<div lang="vi"/);
    const tabs = [...html.matchAll(/<button[^>]*role="tab"[^>]*>([\s\S]*?)<\/button>/g)];
    // An unselected tab repeats its label in a hidden span that reserves room for bold text.
    const labels = tabs.map((m) =>
      textOf(/class="fui-Tab__content [^"]*">([^<]*)</.exec(m[1] ?? "")?.[1] ?? ""),
    );
    expect(labels).toEqual(["Biểu mẫu", "Kiểm tra"]);
    expect(tabs[0]?.[0]).toContain('aria-selected="true"');
  });

  it("falls back to Biểu mẫu when the ribbon asks for a page this build does not have", () => {
    expect(textOf(renderToStaticMarkup(<App search="?page=thuyet-minh" />))).toContain("Biểu mẫu cần chèn");
  });

  it("has the Chèn biểu mẫu submit button", () => {
    expect(buttons(html)).toContainEqual(expect.objectContaining({ name: "Chèn biểu mẫu", type: "submit" }));
  });

  it("offers the five templates, all ticked", () => {
    expect(checkboxes(html)).toEqual(TEMPLATE_LABELS.map((label) => ({ label, checked: true })));
  });

  it("labels every option and offers the bundled programs", () => {
    const text = textOf(html);
    for (const label of [
      "Chương trình",
      "Năm kế hoạch",
      "Cấp xã",
      "Cấp huyện",
      "Tên đơn vị",
      "Tỉnh",
      "Ngày ban hành kế hoạch",
    ]) {
      expect(text).toContain(label);
    }
    expect(programs.length).toBeGreaterThan(0);
    expect(text).toContain(programs.find((p) => html.includes(p.name))?.name ?? "no bundled program shown");
  });

  it("speaks English when asked", () => {
    const en = renderToStaticMarkup(<App lang="en" search="" />);
    expect(buttons(en)).toContainEqual(expect.objectContaining({ name: "Insert templates" }));
    expect(en).toMatch(/^<div lang="en"/);
  });
});

describe("Biểu mẫu page", () => {
  it("outside Excel, says to open it in Excel and keeps the button off", () => {
    const html = inPane(<BieuMauPage programs={programs} status="none" excel={null} />);
    expect(textOf(html)).toContain("Mở trang này trong Excel");
    expect(buttons(html)).toContainEqual(expect.objectContaining({ name: "Chèn biểu mẫu", disabled: true }));
  });

  it("lists the inserted sheets and marks the renamed one", () => {
    const html = inPane(
      <InsertedSheets
        sheets={[
          { templateId: "thong-tin-chung", sheetName: "Thông tin chung", renamed: false },
          { templateId: "phu-luc-01", sheetName: "Phụ lục 01 (2)", renamed: true },
        ]}
      />,
    );
    const text = textOf(html);
    expect(text).toContain("Đã chèn 2 trang:");
    expect(text).toContain("Thông tin chung Phụ lục 01 (2) (đã đổi tên vì trùng)");
    expect(text.match(/đã đổi tên/g)).toHaveLength(1);
  });

  it("shows a failure as an error message bar with the cause and what to try", () => {
    const html = inPane(
      <InsertFailureBar
        failure={{ cause: { text: "The cell is being edited." }, hint: "failureHintGeneric" }}
      />,
    );
    const errorBar = inPane(
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody />
      </MessageBar>,
    );
    expect(messageBarClass(html)).toBe(messageBarClass(errorBar));
    const text = textOf(html);
    expect(text).toContain("Không chèn được biểu mẫu.");
    expect(text).toContain("The cell is being edited.");
    expect(text).toContain("Hãy thoát khỏi ô đang sửa");
  });
});

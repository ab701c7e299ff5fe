/**
 * The pane as a user first sees it, rendered to static markup (jest runs in node, without a
 * DOM): the Biểu mẫu page with its five templates and the "Chèn biểu mẫu" button, the
 * notice outside Excel, and how inserted sheets and failures are reported.
 */
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { App, PAGE_COMPONENTS } from "../../src/taskpane/App";
import { InsertFailureBar } from "../../src/taskpane/components/InsertFailureBar";
import { InsertedSheets } from "../../src/taskpane/components/InsertedSheets";
import { I18nContext } from "../../src/taskpane/i18n/I18nContext";
import { translator } from "../../src/taskpane/i18n/translate";
import { BieuMauPage } from "../../src/taskpane/pages/BieuMauPage";
import type { PageProps } from "../../src/taskpane/pages/page-props";
import { programs } from "../../src/taskpane/programs";
import { PAGES } from "../../src/taskpane/state/pages";
import { buttons, checkboxes, textOf } from "./markup";

const TEMPLATE_LABELS = ["Thông tin chung", "Phụ lục 01", "Biểu 02", "Biểu 03", "Phân công"];

const ignore = () => undefined;

/** What App hands a page when there is no workbook yet. */
function pageProps(status: PageProps["status"]): PageProps {
  return { workspace: null, status, programs, lang: "vi", opened: false, goTo: ignore };
}

/** The labels of the tabs, in order, and the selected one. */
function tabsOf(html: string): { labels: string[]; selected: string | undefined } {
  const tabs = [...html.matchAll(/<button[^>]*role="tab"[^>]*>([\s\S]*?)<\/button>/g)];
  // An unselected tab repeats its label in a hidden span that reserves room for bold text.
  const labels = tabs.map((m) =>
    textOf(/class="fui-Tab__content [^"]*">([^<]*)</.exec(m[1] ?? "")?.[1] ?? ""),
  );
  const selected = tabs.findIndex((m) => m[0].includes('aria-selected="true"'));
  return { labels, selected: labels[selected] };
}

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

  it("opens on the Biểu mẫu tab, in Vietnamese, with a tab per page in the pages' order", () => {
    expect(html).toMatch(/^<div lang="vi"/);
    const all = ["Biểu mẫu", "Kiểm tra", "Thuyết minh", "Cài đặt"];
    const built = all.filter((_, i) => PAGE_COMPONENTS[PAGES[i]!.id] !== undefined);
    expect(built.slice(0, 2)).toEqual(["Biểu mẫu", "Kiểm tra"]);
    expect(tabsOf(html)).toEqual({ labels: built, selected: "Biểu mẫu" });
  });

  it.each(PAGES.map((p) => p.id))(
    "opens ?page=%s on its tab, or on Biểu mẫu when this build lacks it",
    (id) => {
      const opened = tabsOf(renderToStaticMarkup(<App search={`?page=${id}`} />)).selected;
      const label = {
        "bieu-mau": "Biểu mẫu",
        "kiem-tra": "Kiểm tra",
        "thuyet-minh": "Thuyết minh",
        "cai-dat": "Cài đặt",
      }[id];
      expect(opened).toBe(PAGE_COMPONENTS[id] ? label : "Biểu mẫu");
    },
  );

  it("falls back to Biểu mẫu for a page no build has", () => {
    expect(textOf(renderToStaticMarkup(<App search="?page=khac" />))).toContain("Biểu mẫu cần chèn");
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

  it("speaks English when asked, tabs and language switch included", () => {
    const en = renderToStaticMarkup(<App lang="en" search="" />);
    expect(buttons(en)).toContainEqual(expect.objectContaining({ name: "Insert templates" }));
    expect(en).toMatch(/^<div lang="en"/);
    expect(tabsOf(en).labels.slice(0, 2)).toEqual(["Templates", "Check"]);
    expect(en).toMatch(/<select[^>]*aria-label="Language"/);
  });

  it("puts the selected page in a labelled tab panel", () => {
    expect(html).toMatch(/<div role="tabpanel" id="panel-bieu-mau" aria-labelledby="tab-bieu-mau">/);
    expect(html).toMatch(
      /<button[^>]*id="tab-bieu-mau"[^>]*role="tab"|<button[^>]*role="tab"[^>]*id="tab-bieu-mau"/,
    );
  });
});

describe("Biểu mẫu page", () => {
  it("outside Excel without a file, says to open it in Excel or open a file, and keeps the button off", () => {
    const html = inPane(<BieuMauPage {...pageProps("none")} />);
    expect(textOf(html)).toContain("Mở trang này trong Excel");
    expect(textOf(html)).toContain("mở tệp Excel (.xlsx) của kế hoạch bằng nút “Mở tệp Excel” ở trên");
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

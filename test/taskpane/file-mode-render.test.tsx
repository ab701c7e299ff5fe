/**
 * Browser mode and the shell parts that came with it, rendered to static markup (jest runs in
 * node, without a DOM): the real file input labelled "Mở tệp Excel" inside a drop zone, why a
 * file was refused, the open file's bar with "Tải sổ làm việc" and "Mở tệp khác", the note
 * that the original file is never changed, the insertion's "Hoàn tác" and its warning, the
 * header's language switch, and the tab panels that keep pages.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FileBar } from "../../src/taskpane/components/FileBar";
import { FileModePanel } from "../../src/taskpane/components/FileModePanel";
import { InsertUndo } from "../../src/taskpane/components/InsertUndo";
import { LanguageSwitch } from "../../src/taskpane/components/LanguageSwitch";
import { OpenFile } from "../../src/taskpane/components/OpenFile";
import { PageDeck } from "../../src/taskpane/components/PageDeck";
import { I18nContext } from "../../src/taskpane/i18n/I18nContext";
import { LanguageContext } from "../../src/taskpane/i18n/language-context";
import type { Lang } from "../../src/taskpane/i18n/messages";
import { translator } from "../../src/taskpane/i18n/translate";
import type { FileSessionActions, FileSessionState } from "../../src/taskpane/state/use-file-session";
import type { RunState } from "../../src/taskpane/state/use-insert-form";
import { buttons, textOf } from "./markup";

const ignore = () => undefined;

function inPane(element: ReactElement, lang: Lang = "vi"): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <LanguageContext.Provider value={{ lang, setLang: ignore }}>
        <I18nContext.Provider value={translator(lang)}>{element}</I18nContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>,
  );
}

/** The file input's tag and the id its label points at. */
function fileInput(html: string): { tag: string; id: string } {
  const tag = /<input[^>]*type="file"[^>]*>/.exec(html)?.[0] ?? "";
  return { tag, id: /\sid="([^"]+)"/.exec(tag)?.[1] ?? "" };
}

/** The accessible name a <label for> gives the input with that id. */
function labelOf(html: string, id: string): string | undefined {
  const label = new RegExp(`<label[^>]*for="${id}"[^>]*>([\\s\\S]*?)</label>`).exec(html);
  return label ? textOf(label[1] ?? "") : undefined;
}

const closed: FileSessionState & FileSessionActions = {
  workspace: null,
  session: 0,
  opening: null,
  openFailure: null,
  dirty: false,
  saving: false,
  saved: null,
  saveFailure: null,
  open: ignore,
  close: ignore,
  download: ignore,
};

const barProps = {
  fileName: "ke-hoach-2025.xlsx",
  dirty: false,
  saving: false,
  saved: null,
  saveFailure: null,
  onDownload: ignore,
  onClose: ignore,
};

describe("opening a file in browser mode", () => {
  const html = inPane(<FileModePanel files={closed} />);

  it("has a real .xlsx file input labelled Mở tệp Excel, reachable by keyboard", () => {
    const { tag: input, id } = fileInput(html);
    expect(id).not.toBe("");
    expect(input).toMatch(/accept="\.xlsx[,"]/);
    expect(input).not.toMatch(/\s(hidden|disabled|tabindex="-1")/);
    expect(labelOf(html, id)).toBe("Mở tệp Excel");
  });

  it("invites dropping the file, says what the pane can do, and that the original is never changed", () => {
    const text = textOf(html);
    expect(text).toContain("Kéo tệp .xlsx thả vào đây");
    expect(text).toContain("chèn biểu mẫu, kiểm tra, sửa lỗi và soạn thuyết minh");
    expect(text).toContain("Tệp gốc trong máy không bị thay đổi");
    expect(text).toContain("Tệp không được gửi lên mạng.");
  });

  it("shows progress with the file's name while it opens, and keeps the input from taking another", () => {
    const opening = inPane(<OpenFile opening="ke-hoach.xlsx" failure={null} onOpen={ignore} />);
    expect(textOf(opening)).toContain("Đang mở tệp “ke-hoach.xlsx”…");
    expect(/<input[^>]*type="file"[^>]*>/.exec(opening)?.[0]).toMatch(/\sdisabled/);
  });

  it("says why a file was refused and what to do, naming the file", () => {
    const failure = { fileName: "ke-hoach.xls", problem: "legacy-xls" as const, cause: { text: "x" } };
    const text = textOf(inPane(<OpenFile opening={null} failure={failure} onOpen={ignore} />));
    expect(text).toContain("Không mở được tệp “ke-hoach.xls”.");
    expect(text).toContain("Tệp “ke-hoach.xls” là tệp Excel 97-2003 (.xls) kiểu cũ.");
    expect(text).toContain("lưu thành kiểu Sổ làm việc Excel (.xlsx)");
  });

  it("gives an unexpected error's own words with what to try", () => {
    const failure = { fileName: "lon.xlsx", problem: null, cause: { text: "Out of memory." } };
    const text = textOf(inPane(<OpenFile opening={null} failure={failure} onOpen={ignore} />));
    expect(text).toContain("Out of memory.");
    expect(text).toContain("Hãy chọn lại tệp");
  });

  it("speaks English when the pane does", () => {
    const en = inPane(<FileModePanel files={closed} />, "en");
    expect(labelOf(en, fileInput(en).id)).toBe("Open Excel file");
    expect(textOf(en)).toContain("The original file on your computer is never changed");
  });
});

describe("the open file's bar", () => {
  it("names the file and offers Tải sổ làm việc and Mở tệp khác, with the note on the original", () => {
    const html = inPane(<FileBar {...barProps} />);
    expect(textOf(html)).toContain("Tệp đang mở: ke-hoach-2025.xlsx");
    expect(buttons(html).map((b) => b.name)).toEqual(["Tải sổ làm việc", "Mở tệp khác"]);
    expect(html).toMatch(/<section[^>]*aria-label="Tệp đang mở"/);
    expect(textOf(html)).toContain("bấm “Tải sổ làm việc” để lưu thành một tệp mới");
  });

  it("says when there are changes not downloaded yet", () => {
    expect(textOf(inPane(<FileBar {...barProps} dirty />))).toContain("Có thay đổi chưa tải về.");
    expect(textOf(inPane(<FileBar {...barProps} />))).not.toContain("Có thay đổi chưa tải về.");
  });

  it("shows progress while the file is made, then the name it was saved under", () => {
    expect(textOf(inPane(<FileBar {...barProps} saving />))).toContain("Đang tạo tệp để tải về…");
    const saved = inPane(<FileBar {...barProps} saved="ke-hoach-2025 (đã sửa).xlsx" />);
    expect(textOf(saved)).toContain("Đã tạo tệp “ke-hoach-2025 (đã sửa).xlsx”");
  });

  it("shows a failed download as an error with what to try", () => {
    const failure = { cause: { text: "Hết bộ nhớ." }, hint: "downloadFailureHint" as const };
    const text = textOf(inPane(<FileBar {...barProps} saveFailure={failure} />));
    expect(text).toContain("Không tạo được tệp để tải về. Hết bộ nhớ. Hãy bấm “Tải sổ làm việc” lần nữa");
  });
});

describe("taking an insertion back", () => {
  const sheets = ["Thông tin chung", "Phụ lục 01"].map((sheetName) => ({
    templateId: "phu-luc-01" as const,
    sheetName,
    renamed: false,
  }));
  const undo = (run: RunState) =>
    inPane(<InsertUndo run={run} onAsk={ignore} onCancel={ignore} onConfirm={ignore} />);

  it("offers Hoàn tác after sheets were inserted, and nothing when none were", () => {
    expect(buttons(undo({ kind: "inserted", sheets })).map((b) => b.name)).toEqual(["Hoàn tác"]);
    expect(buttons(undo({ kind: "inserted", sheets: [] }))).toEqual([]);
  });

  it("asks first, saying that data typed into the sheets will be lost", () => {
    const html = undo({ kind: "confirming", sheets });
    expect(textOf(html)).toContain("Xóa 2 trang vừa chèn? Số liệu đã nhập vào các trang này sẽ mất");
    expect(buttons(html).map((b) => b.name)).toEqual(["Xóa các trang", "Giữ lại"]);
    expect(html).toMatch(/role="alertdialog"/);
  });

  it("says when the sheets are gone, and offers Hoàn tác again after a failure", () => {
    expect(textOf(undo({ kind: "removed", count: 2 }))).toBe("Đã xóa 2 trang vừa chèn.");
    const failure = {
      cause: { text: "Sổ làm việc bị khóa cấu trúc." },
      hint: "undoInsertFailureHint" as const,
    };
    const failed = undo({ kind: "remove-failed", failure, sheets });
    expect(textOf(failed)).toContain("Không xóa được các trang vừa chèn. Sổ làm việc bị khóa cấu trúc.");
    expect(buttons(failed).map((b) => b.name)).toEqual(["Hoàn tác"]);
  });
});

describe("the language switch", () => {
  it("is a labelled select naming each language in itself, showing the pane's language", () => {
    const vi = inPane(<LanguageSwitch />);
    expect(vi).toMatch(/<select[^>]*aria-label="Ngôn ngữ"/);
    expect([...vi.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((m) => m[1])).toEqual([
      "Tiếng Việt",
      "English",
    ]);
    expect(vi).toMatch(/<option value="vi" lang="vi" selected="">/);
    expect(inPane(<LanguageSwitch />, "en")).toMatch(/<option value="en" lang="en" selected="">/);
  });
});

describe("the page deck", () => {
  it("shows the selected page in its tab panel", () => {
    const html = inPane(<PageDeck selected="kiem-tra" render={(id) => <p>trang {id}</p>} />);
    const panels = [...html.matchAll(/<div role="tabpanel"[^>]*>/g)].map((m) => m[0]);
    expect(panels).toEqual(['<div role="tabpanel" id="panel-kiem-tra" aria-labelledby="tab-kiem-tra">']);
    expect(textOf(html)).toBe("trang kiem-tra");
  });
});

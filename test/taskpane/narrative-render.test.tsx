/**
 * The "Thuyết minh" page as a user first sees it, rendered to static markup (jest runs in
 * node, without a DOM): the "Tạo thuyết minh" button, what to do when there is no workbook or
 * no plan, the preview whose every number is a button naming its cell, the errors boxed at
 * the top, the actions after producing, failures with their cause and next step, and the
 * guard dialog's question and answers.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { figure, text, type NarrativeDocument } from "../../src/domain/narrative/document";
import { GuardDialogBody } from "../../src/taskpane/components/NarrativeGuardDialog";
import { NarrativePreview } from "../../src/taskpane/components/NarrativePreview";
import { I18nContext } from "../../src/taskpane/i18n/I18nContext";
import { translator } from "../../src/taskpane/i18n/translate";
import { ThuyetMinhPage, ThuyetMinhView } from "../../src/taskpane/pages/ThuyetMinhPage";
import { programs } from "../../src/taskpane/programs";
import { IDLE, type NarrativeActions, type NarrativeState } from "../../src/taskpane/state/use-narrative";
import { buttons, textOf } from "./markup";

function inPane(element: ReactElement, lang: "vi" | "en" = "vi"): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={translator(lang)}>{element}</I18nContext.Provider>
    </FluentProvider>,
  );
}

const ignore = () => undefined;

const ACTIONS: NarrativeActions = {
  produce: ignore,
  proceed: ignore,
  cancel: ignore,
  download: ignore,
  writeSheet: ignore,
  undoSheet: ignore,
  copy: ignore,
  selectFigure: ignore,
};

const at = (sheet: string, row: number, col: number) => ({ sheet, address: { row, col } });

const DOC: NarrativeDocument = {
  title: "Kế hoạch giảm nghèo năm 2025 – xã Ba Dinh",
  blocks: [
    {
      kind: "warning",
      heading: "Bảng tính còn 1 lỗi cần sửa trước khi ban hành kế hoạch:",
      items: ["Phụ lục 01: Ô F12 âm (-16)."],
    },
    {
      kind: "header",
      issuer: ["ỦY BAN NHÂN DÂN", "XÃ BA DINH"],
      nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      number: "Số:      /KH-UBND",
      placeDate: "Ba Dinh, ngày 05 tháng 02 năm 2025",
    },
    { kind: "title", title: "KẾ HOẠCH", subject: ["Thực hiện Chương trình", "trên địa bàn xã Ba Dinh"] },
    { kind: "paragraph", style: "heading-1", content: [text("IV. KINH PHÍ THỰC HIỆN")] },
    {
      kind: "paragraph",
      style: "body",
      content: [
        text("Tổng kinh phí là: "),
        figure("1.001", [at("Phụ lục 01", 12, 5)]),
        text(" triệu đồng, trong đó ngân sách tỉnh "),
        figure("87", [at("Phụ lục 01", 10, 9), at("Phụ lục 01", 11, 9)]),
        text(" triệu đồng."),
      ],
    },
    {
      kind: "paragraph",
      style: "list",
      content: [text("Ngân sách xã: "), figure("43", [at("Phụ lục 01", 12, 11)])],
    },
    { kind: "paragraph", style: "list", marker: "+", content: [text("vốn sự nghiệp")] },
    {
      kind: "signature",
      recipientsHeading: "Nơi nhận:",
      recipients: ["- Sở Nông nghiệp và Môi trường;", "- Lưu: VT, KT."],
      authority: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      signerName: "Nguyễn Văn A",
    },
  ],
};

function view(state: Partial<NarrativeState>, hasWorkspace = true): string {
  return inPane(
    <ThuyetMinhView
      state={{ ...IDLE, ...state, ...ACTIONS }}
      hasWorkspace={hasWorkspace}
      status={hasWorkspace ? "excel" : "none"}
      goTo={ignore}
    />,
  );
}

describe("Thuyết minh page", () => {
  it("offers the primary button named exactly Tạo thuyết minh and says what it does", () => {
    const html = view({});
    expect(buttons(html)).toEqual([{ name: "Tạo thuyết minh", disabled: false, type: "button" }]);
    expect(textOf(html)).toContain("Nhấn “Tạo thuyết minh” để soạn bản thuyết minh kế hoạch");
  });

  it("without a workbook, says to open one or insert the templates, and keeps the button off", () => {
    const html = inPane(
      <ThuyetMinhPage workspace={null} status="none" programs={programs} lang="vi" opened goTo={ignore} />,
    );
    expect(textOf(html)).toContain("Chưa có sổ làm việc để soạn thuyết minh.");
    expect(textOf(html)).toContain("mở tệp Excel (.xlsx) của kế hoạch bằng nút “Mở tệp Excel”");
    expect(textOf(html)).toContain("chèn biểu mẫu ở trang Biểu mẫu");
    expect(buttons(html)).toContainEqual(
      expect.objectContaining({ name: "Tạo thuyết minh", disabled: true }),
    );
  });

  it("when the workbook has no settings sheet, gives the reason and a way to the Biểu mẫu page", () => {
    const reason = "Không tìm thấy trang Thông tin chung của kế hoạch (năm, đơn vị, người ký).";
    const html = view({ noPlan: reason });
    expect(textOf(html)).toContain(reason);
    expect(buttons(html).map((b) => b.name)).toContain("Mở trang Biểu mẫu");
    expect(textOf(html)).not.toContain("Nhấn “Tạo thuyết minh”");
  });

  it("shows progress with a label while the plan is being written, the button off", () => {
    const html = view({ busy: "preparing" });
    expect(textOf(html)).toContain("Đang đọc sổ làm việc và soạn thuyết minh…");
    expect(buttons(html)).toContainEqual(
      expect.objectContaining({ name: "Tạo thuyết minh", disabled: true }),
    );
  });

  it("after producing, offers the download, the sheet, Hoàn tác naming the sheet, and the copy", () => {
    const html = view({
      shown: { document: DOC, errors: [] },
      writtenSheet: "Thuyết minh (2)",
      notice: { kind: "written", sheet: "Thuyết minh (2)" },
    });
    const names = buttons(html).map((b) => b.name);
    expect(names.slice(0, 5)).toEqual([
      "Tạo thuyết minh",
      "Tải tệp Word (.docx)",
      "Ghi trang Thuyết minh",
      "Hoàn tác: xóa trang “Thuyết minh (2)”",
      "Sao chép văn bản",
    ]);
    expect(textOf(html)).toContain("Đã ghi thuyết minh vào trang “Thuyết minh (2)”.");
  });

  it("says which cell a number came from where the cell cannot be selected, and when copying failed", () => {
    const shown = { document: DOC, errors: [] };
    const cell = view({ shown, notice: { kind: "cell", value: "1.001", cells: "Phụ lục 01!E12" } });
    expect(textOf(cell)).toContain("Số 1.001 lấy từ ô Phụ lục 01!E12.");
    const copy = view({ shown, notice: { kind: "copy-failed" } });
    expect(textOf(copy)).toContain("Không sao chép được văn bản.");
    expect(textOf(copy)).toContain("bôi đen bản xem trước rồi nhấn Ctrl+C");
  });

  it("shows a failure with its cause and what to try", () => {
    const html = view({
      failure: {
        title: "sheetFailureTitle",
        failure: { cause: { text: "Workbook structure is protected." }, hint: "sheetFailureHint" },
      },
    });
    const shown = textOf(html);
    expect(shown).toContain("Không ghi được trang thuyết minh.");
    expect(shown).toContain("Workbook structure is protected.");
    expect(shown).toContain("kiểm tra sổ làm việc không bị khóa cấu trúc");
  });
});

describe("the preview", () => {
  const html = inPane(<NarrativePreview document={DOC} onFigure={ignore} />);

  it("makes every number a button carrying its cell in its name, tooltip and data attributes", () => {
    const figures = buttons(html);
    expect(figures).toEqual([
      { name: "1.001, ô Phụ lục 01!E12", disabled: false, type: "button" },
      { name: "87, ô Phụ lục 01!I10, I11", disabled: false, type: "button" },
      { name: "43, ô Phụ lục 01!K12", disabled: false, type: "button" },
    ]);
    expect(html).toContain('title="Phụ lục 01!E12"');
    expect(html).toContain('data-sheet="Phụ lục 01" data-cell="E12"');
  });

  it("reads as the plan does: errors first, then the header, title, headings, text, lists and signature", () => {
    expect(textOf(html)).toBe(
      [
        "Bảng tính còn 1 lỗi cần sửa trước khi ban hành kế hoạch: - Phụ lục 01: Ô F12 âm (-16).",
        "ỦY BAN NHÂN DÂN XÃ BA DINH Số: /KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Ba Dinh, ngày 05 tháng 02 năm 2025",
        "KẾ HOẠCH Thực hiện Chương trình trên địa bàn xã Ba Dinh",
        "IV. KINH PHÍ THỰC HIỆN",
        "Tổng kinh phí là: 1.001 triệu đồng, trong đó ngân sách tỉnh 87 triệu đồng.",
        "- Ngân sách xã: 43 + vốn sự nghiệp",
        "Nơi nhận: - Sở Nông nghiệp và Môi trường; - Lưu: VT, KT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn A",
      ].join(" "),
    );
    expect(html).toMatch(/<article[^>]*aria-label="Bản xem trước thuyết minh"[^>]*lang="vi"/);
    expect(html).toMatch(/<section[^>]*aria-label="Lỗi trong sổ làm việc"/);
    expect(html).toMatch(/<h2[^>]*>KẾ HOẠCH<\/h2>/);
    expect(html).toMatch(/<h3[^>]*>IV\. KINH PHÍ THỰC HIỆN<\/h3>/);
    expect([...html.matchAll(/<ul/g)]).toHaveLength(2);
  });
});

describe("the guard dialog", () => {
  const errors = ["Phụ lục 01: lỗi 1", "Phụ lục 01: lỗi 2", "Biểu 02: lỗi 3", "a", "b", "c", "d"];
  const html = inPane(
    <GuardDialogBody errors={errors} onProceed={ignore} onReview={ignore} onCancel={ignore} />,
  );

  it("asks with the number of errors, shows the first five, and says the plan opens with them", () => {
    const shown = textOf(html);
    expect(html).toMatch(/<h2[^>]*>Sổ làm việc còn 7 lỗi<\/h2>/);
    expect(shown).toContain("sẽ mở đầu bằng danh sách các lỗi này");
    expect(shown).toContain("Phụ lục 01: lỗi 1 Phụ lục 01: lỗi 2 Biểu 02: lỗi 3 a b");
    expect(shown).not.toContain(" c ");
    expect(shown).toContain("… và 2 lỗi khác.");
  });

  it("answers with Vẫn tạo thuyết minh, Xem lỗi and Hủy", () => {
    expect(buttons(html).map((b) => b.name)).toEqual(["Vẫn tạo thuyết minh", "Xem lỗi", "Hủy"]);
  });

  it("has English texts too", () => {
    const en = inPane(
      <GuardDialogBody errors={errors} onProceed={ignore} onReview={ignore} onCancel={ignore} />,
      "en",
    );
    expect(textOf(en)).toContain("The workbook still has 7 errors");
  });
});

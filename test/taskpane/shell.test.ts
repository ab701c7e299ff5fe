/**
 * The pane shell's plain logic: the four pages in tab order, which page the ribbon's URL
 * opens, which pages stay mounted as the user switches tabs, and a theme that follows
 * Office's colours so the pane matches Excel in light and dark mode.
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { PAGES, pageFromSearch, withPage } from "../../src/taskpane/state/pages";
import { paneTheme } from "../../src/taskpane/state/theme";

describe("the pages", () => {
  it("are Biểu mẫu, Kiểm tra, Thuyết minh and Cài đặt, in that order", () => {
    expect(PAGES).toEqual([
      { id: "bieu-mau", label: "pageBieuMau" },
      { id: "kiem-tra", label: "pageKiemTra" },
      { id: "thuyet-minh", label: "pageThuyetMinh" },
      { id: "cai-dat", label: "pageCaiDat" },
    ]);
  });
});

describe("pageFromSearch", () => {
  it("opens the page the ribbon names", () => {
    for (const { id } of PAGES) expect(pageFromSearch(`?page=${id}`)).toBe(id);
  });

  it("falls back to Biểu mẫu for an unknown page and for no page", () => {
    expect(pageFromSearch("?page=khac")).toBe("bieu-mau");
    expect(pageFromSearch("")).toBe("bieu-mau");
  });
});

describe("withPage", () => {
  it("keeps every page visited mounted, in the order first shown, as the user switches tabs", () => {
    let mounted = withPage([], "kiem-tra");
    for (const page of ["bieu-mau", "kiem-tra", "thuyet-minh", "kiem-tra"] as const)
      mounted = withPage(mounted, page);
    expect(mounted).toEqual(["kiem-tra", "bieu-mau", "thuyet-minh"]);
  });

  it("gives back the same list when the page is already mounted, so nothing re-renders for it", () => {
    const mounted = ["bieu-mau", "kiem-tra"] as const;
    expect(withPage(mounted, "kiem-tra")).toBe(mounted);
  });
});

describe("paneTheme", () => {
  const office = {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#F3F3F3",
    controlBackgroundColor: "#3a3a3a",
    controlForegroundColor: "#ffffff",
  };

  it("is Fluent's light web theme outside Office", () => {
    expect(paneTheme(null)).toBe(webLightTheme);
  });

  it("takes Office's body colours and goes dark with a dark Office theme", () => {
    const theme = paneTheme(office);
    expect(theme.colorNeutralBackground1).toBe("#292929");
    expect(theme.colorNeutralForeground1).toBe("#F3F3F3");
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
  });

  it("stays light on a light Office theme and keeps Fluent's colour where Office gives none", () => {
    const theme = paneTheme({
      ...office,
      bodyBackgroundColor: "",
      bodyForegroundColor: "262626",
      isDarkTheme: false,
    });
    expect(theme.colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
    expect(theme.colorNeutralForeground1).toBe("#262626");
    expect(theme.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
  });
});

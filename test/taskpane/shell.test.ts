/**
 * The pane shell's plain logic: which page the ribbon's URL opens, and a theme that follows
 * Office's colours so the pane matches Excel in light and dark mode.
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { pageFromSearch } from "../../src/taskpane/state/pages";
import { paneTheme } from "../../src/taskpane/state/theme";

describe("pageFromSearch", () => {
  it("opens the page the ribbon names", () => {
    expect(pageFromSearch("?page=bieu-mau")).toBe("bieu-mau");
    expect(pageFromSearch("?page=kiem-tra")).toBe("kiem-tra");
  });

  it("falls back to Biểu mẫu for pages this build does not have and for no page", () => {
    expect(pageFromSearch("?page=thuyet-minh")).toBe("bieu-mau");
    expect(pageFromSearch("")).toBe("bieu-mau");
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

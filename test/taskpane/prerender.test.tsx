/**
 * The pane as the build writes it into taskpane.html, shown before any of its scripts has run:
 * every page of the tab list with its own controls, opened on its own tab, with the CSS it
 * needs, and rendered the same way each time (React then hydrates it, which fails on any
 * difference from the browser's first render).
 */
import { PAGE_COMPONENTS, availablePages } from "../../src/taskpane/App";
import { prerenderPages, splitRules, type PrerenderedData } from "../../src/taskpane/prerender";
import { buttons, textOf } from "./markup";

const TABS = /<button[^>]*role="tab"[\s\S]*?<\/button>/g;

/** Each page's tab and the button it opens with (the first-render benchmark looks for "Kiểm tra"). */
const FIRST_CONTROL: Record<string, { tab: string; button: string | null }> = {
  "bieu-mau": { tab: "Biểu mẫu", button: "Chèn biểu mẫu" },
  "kiem-tra": { tab: "Kiểm tra", button: "Kiểm tra" },
  "thuyet-minh": { tab: "Thuyết minh", button: "Tạo thuyết minh" },
  "cai-dat": { tab: "Cài đặt", button: null },
};

function selectedTab(markup: string): string | undefined {
  const tab = /<button[^>]*role="tab"[^>]*aria-selected="true"[^>]*>([\s\S]*?)<\/button>/.exec(markup);
  return tab ? textOf(/class="fui-Tab__content [^"]*">([^<]*)</.exec(tab[1] ?? "")?.[1] ?? "") : undefined;
}

function classesOf(markup: string): string[] {
  return [...markup.matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? "").split(" "));
}

describe("the prerendered pane", () => {
  const rendered = prerenderPages();
  const data = JSON.parse(rendered.data) as PrerenderedData;
  const cssOf = (page: PrerenderedData["pages"][number]) => page.rules.map((i) => data.rules[i]).join("");

  it("holds every page of the tab list, opened on its own tab, connecting, with its first control", () => {
    expect(data.pages.map((p) => p.id)).toEqual(availablePages(PAGE_COMPONENTS).map((p) => p.id));
    for (const page of data.pages) {
      const expected = FIRST_CONTROL[page.id];
      expect({ page: page.id, tab: selectedTab(page.html) }).toEqual({ page: page.id, tab: expected?.tab });
      const content = page.html.replace(TABS, "");
      expect(textOf(content)).toContain("Đang kết nối với Excel…");
      if (expected?.button)
        expect(buttons(content).filter((b) => b.name === expected.button)).toHaveLength(1);
    }
  });

  it("renders the pages' own content, not the spinner of a page still loading", () => {
    for (const page of data.pages) {
      expect(textOf(page.html)).not.toContain("Đang tải trang");
      expect(page.html).not.toContain("<!--$!-->");
    }
  });

  it("opens Biểu mẫu when the URL names no page, as the pane does", () => {
    expect(data.fallback).toBe("bieu-mau");
  });

  it("is valid for this year only, since the form starts at the current year", () => {
    expect(data.year).toBe(new Date().getFullYear());
  });

  it("gives each page the CSS of every class it uses, and the theme once in <head>", () => {
    expect(rendered.theme.match(/<style id="fui-FluentProvider[^"]*">/g)).toHaveLength(1);
    for (const page of data.pages) {
      expect(page.html).not.toContain("<style");
      const css = cssOf(page);
      const atomic = classesOf(page.html).filter((c) => /^f[0-9a-z]{5,8}$/.test(c));
      expect(atomic.length).toBeGreaterThan(20);
      expect({ page: page.id, missing: atomic.filter((c) => !css.includes(`.${c}`)) }).toEqual({
        page: page.id,
        missing: [],
      });
    }
  });

  it("shares the rules the pages have in common", () => {
    const perPage = data.pages.reduce((sum, page) => sum + page.rules.length, 0);
    expect(data.rules.length).toBeLessThan(perPage * 0.7);
  });

  it("can sit inside a <script> element of the page", () => {
    expect(rendered.data).not.toContain("<");
  });

  it("comes out the same on every build of the same sources", () => {
    expect(prerenderPages()).toEqual(rendered);
  });
});

describe("splitRules", () => {
  it("cuts after each top-level rule, nested at-rules kept whole", () => {
    const css = ".a{color:red}@media (forced-colors:active){.b{color:blue}.c{x:y}}.d:hover{z:0}";
    expect(splitRules(css)).toEqual([
      ".a{color:red}",
      "@media (forced-colors:active){.b{color:blue}.c{x:y}}",
      ".d:hover{z:0}",
    ]);
  });

  it("gives the text back when joined, however the braces fall", () => {
    for (const css of ['.a{content:"}"}.b{c:d}', ".a{", "}}.a{b:c}", ""])
      expect(splitRules(css).join("")).toBe(css);
  });
});

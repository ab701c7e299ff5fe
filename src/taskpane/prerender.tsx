/**
 * Renders the pane at build time for taskpane.html (HtmlWebpackPlugin runs this in Node while
 * building): every page as it first appears, connecting to Excel, in Vietnamese, with the CSS
 * it uses. The page's inline script shows the one the URL names at once, so the browser paints
 * the pane before the pane's scripts have run, and React then hydrates that markup
 * (index.tsx). The pages travel as JSON rather than as markup so that the browser builds only
 * the page it shows. Never part of the pane's own bundle.
 */
import { createDOMRenderer, renderToStyleElements } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { availablePages, openedPage, PAGE_COMPONENTS, withLoadingSpinner, type PageComponents } from "./App";
import { PaneRoot } from "./PaneRoot";
import { CaiDatPage } from "./pages/CaiDatPage";
import { ThuyetMinhPage } from "./pages/ThuyetMinhPage";
import type { PageId } from "./state/pages";

/**
 * React.lazy cannot render on a server, so the pages the browser fetches later come in
 * directly, in the same Suspense boundary the browser has around them.
 */
const PAGES_AT_ONCE: PageComponents = {
  ...PAGE_COMPONENTS,
  "thuyet-minh": withLoadingSpinner(ThuyetMinhPage),
  "cai-dat": withLoadingSpinner(CaiDatPage),
};

/** How React marks a Suspense boundary it could not render: the browser would render it again and report it. */
const UNFINISHED_BOUNDARY = "<!--$!-->";

/**
 * The theme's CSS variables, which FluentProvider renders on a server as a <style> inside its
 * root (found by its id in the browser and moved to <head>). Every page has the same one, so
 * it goes to <head> once.
 */
const THEME_STYLE = /<style id="fui-FluentProvider[^"]*">[^<]*<\/style>/g;

/** What taskpane.html's inline script reads; pages list the rules they use by index. */
export interface PrerenderedData {
  /** The year the pages were rendered in: the Biểu mẫu form starts at the current year. */
  readonly year: number;
  /** The page the pane opens when the URL names none it has. */
  readonly fallback: PageId;
  /** Every CSS rule of the pages, once, each page's in the order Griffel would insert them. */
  readonly rules: readonly string[];
  readonly pages: readonly {
    readonly id: PageId;
    readonly html: string;
    readonly rules: readonly number[];
  }[];
}

export interface PrerenderedPages {
  /** FluentProvider's <style> with the theme, for <head>. */
  readonly theme: string;
  /** PrerenderedData as JSON that is safe inside <script>: it holds no "<". */
  readonly data: string;
}

/** What renderToStyleElements gives: one <style> per Griffel bucket, in the order they apply. */
type BucketStyle = ReactElement<{ dangerouslySetInnerHTML: { __html: string } }>;

/**
 * Cuts CSS after each top-level rule, so pages share the rules they have in common. However
 * the cuts fall, the pieces joined give the text back, so a page's CSS is always exact.
 */
export function splitRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === "{") depth++;
    else if (css[i] === "}" && --depth === 0) {
      rules.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < css.length) rules.push(css.slice(start));
  return rules;
}

interface RenderedPage {
  readonly html: string;
  readonly css: string;
}

function renderPage(id: PageId): RenderedPage {
  const renderer = createDOMRenderer();
  const html = renderToString(<PaneRoot renderer={renderer} search={`?page=${id}`} pages={PAGES_AT_ONCE} />);
  if (html.includes(UNFINISHED_BOUNDARY))
    throw new Error(`prerender: the page "${id}" suspended; list it in PAGES_AT_ONCE without React.lazy`);
  const buckets = renderToStyleElements(renderer) as BucketStyle[];
  return { html, css: buckets.map((bucket) => bucket.props.dangerouslySetInnerHTML.__html).join("") };
}

/** Numbers each rule the first time it is met. */
function ruleTable(): { readonly rules: string[]; indexOf(rule: string): number } {
  const rules: string[] = [];
  const index = new Map<string, number>();
  const indexOf = (rule: string) => {
    const known = index.get(rule);
    if (known !== undefined) return known;
    index.set(rule, rules.length);
    return rules.push(rule) - 1;
  };
  return { rules, indexOf };
}

export function prerenderPages(): PrerenderedPages {
  const year = new Date().getFullYear();
  const table = ruleTable();
  const themes = new Set<string>();
  const pages = availablePages(PAGE_COMPONENTS).map(({ id }) => {
    const { html, css } = renderPage(id);
    const markup = html.replace(THEME_STYLE, (style) => {
      themes.add(style);
      return "";
    });
    return { id, html: markup, rules: splitRules(css).map((rule) => table.indexOf(rule)) };
  });
  const data: PrerenderedData = {
    year,
    fallback: openedPage("", PAGE_COMPONENTS),
    rules: table.rules,
    pages,
  };
  return { theme: [...themes].join(""), data: JSON.stringify(data).replace(/</g, "\\u003c") };
}

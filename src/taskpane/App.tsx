/**
 * The task pane shell: theme, the language (switchable in the header), the tab list of pages
 * and the page the ribbon asked for (?page=…). It connects to Excel once through host.ts and
 * hands every page the same props (PageProps), with the workbook as a Workspace: Excel's
 * when the pane runs inside Excel, else the .xlsx file opened in browser mode. Pages stay
 * mounted once visited (PageDeck). Every prop is optional: the browser mounts <App /> (through
 * PaneRoot); tests and the build's prerender pass their own.
 */
import { FluentProvider, Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, startTransition, useEffect, useMemo, useState, type ComponentType } from "react";
import type { ProgramFile } from "../domain/programs/types";
import { FileModePanel } from "./components/FileModePanel";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { PageDeck } from "./components/PageDeck";
import { connectToHost, type Host } from "./host";
import { I18nContext, useTranslate } from "./i18n/I18nContext";
import { LanguageContext } from "./i18n/language-context";
import type { Lang } from "./i18n/messages";
import { translator } from "./i18n/translate";
import { BieuMauPage } from "./pages/BieuMauPage";
import { KiemTraPage } from "./pages/KiemTraPage";
import type { PageProps } from "./pages/page-props";
import { programs as bundledPrograms } from "./programs";
import { downloadBytes, type Download } from "./state/download";
import type { OpenFn } from "./state/file-session";
import { PAGES, pageFromSearch, type PageEntry, type PageId } from "./state/pages";
import { usePrefetch } from "./state/prefetch";
import { paneTheme } from "./state/theme";
import { useFileSession } from "./state/use-file-session";
import { excelWorkspace } from "./workspace/excel-workspace";
import { openWorkbookFile } from "./workspace/file-workspace";

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box", minWidth: 0 },
  header: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  /** Four tabs need about 321 px: at the narrowest pane the last one wraps instead of scrolling. */
  tabs: { flexWrap: "wrap", maxWidth: "100%", minWidth: 0 },
  content: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

/** One component per page id; a page whose component is not listed has no tab. */
export type PageComponents = Partial<Record<PageId, ComponentType<PageProps>>>;

/**
 * A page whose code may still be on its way (React.lazy), with a spinner in its own panel
 * meanwhile. Only such pages get a Suspense boundary: React hydrates what is inside one only
 * when nothing else is left to do, which would keep the pages the pane opens on inert longer.
 */
export function withLoadingSpinner(Page: ComponentType<PageProps>): ComponentType<PageProps> {
  return function PageOrSpinner(props: PageProps) {
    const t = useTranslate();
    return (
      <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={t("pageLoading")} />}>
        <Page {...props} />
      </Suspense>
    );
  };
}

/** The pane's pages; the ones not needed for the first paint are fetched when first shown. */
export const PAGE_COMPONENTS: PageComponents = {
  "bieu-mau": BieuMauPage,
  "kiem-tra": KiemTraPage,
  "thuyet-minh": withLoadingSpinner(
    lazy(() => import("./pages/ThuyetMinhPage").then((m) => ({ default: m.ThuyetMinhPage }))),
  ),
  "cai-dat": withLoadingSpinner(
    lazy(() => import("./pages/CaiDatPage").then((m) => ({ default: m.CaiDatPage }))),
  ),
};

export interface AppProps {
  /** Language the pane opens in; Vietnamese unless told otherwise. The header's switch changes it. */
  readonly lang?: Lang;
  /** The program files offered; the ones bundled with the pane by default. */
  readonly programs?: readonly ProgramFile[];
  /** The URL's query string choosing the page; window.location.search by default. */
  readonly search?: string;
  /** How to reach Excel; host.ts by default. */
  readonly connect?: () => Promise<Host>;
  /** How browser mode opens a chosen file; workspace/file-workspace.ts by default. */
  readonly openFile?: OpenFn;
  /** How browser mode hands the changed workbook to the user; state/download.ts by default. */
  readonly download?: Download;
  /** The pages; PAGE_COMPONENTS by default. The build's prerender passes them without React.lazy. */
  readonly pages?: PageComponents;
}

type HostState = { readonly kind: "connecting" } | Host;

function currentSearch(): string {
  return typeof window === "undefined" ? "" : window.location.search;
}

/** The pages that have a component, in tab order. */
export function availablePages(pages: PageComponents): readonly PageEntry[] {
  return PAGES.filter((p) => pages[p.id] !== undefined);
}

/** The page the URL names when this build has it, else the first page. */
export function openedPage(search: string, pages: PageComponents): PageId {
  const available = availablePages(pages);
  const wanted = pageFromSearch(search);
  return available.some((p) => p.id === wanted) ? wanted : (available[0]?.id ?? PAGES[0].id);
}

function useHost(connect: () => Promise<Host>): HostState {
  const [host, setHost] = useState<HostState>({ kind: "connecting" });
  useEffect(() => {
    let live = true;
    // A transition lets React finish hydrating the prerendered page first: an urgent update
    // reaching a page still being hydrated would make React throw that markup away.
    void connect().then((h) => live && startTransition(() => setHost(h)));
    return () => {
      live = false;
    };
  }, [connect]);
  return host;
}

export function App(props: AppProps) {
  const { programs = bundledPrograms, connect = connectToHost, pages = PAGE_COMPONENTS } = props;
  const styles = useStyles();
  const host = useHost(connect);
  const [lang, setLang] = useState<Lang>(props.lang ?? "vi");
  const language = useMemo(() => ({ lang, setLang }), [lang]);
  const available = availablePages(pages);
  const [opened] = useState<PageId>(() => openedPage(props.search ?? currentSearch(), pages));
  const [page, setPage] = useState<PageId>(opened);
  const files = useFileSession(props.openFile ?? openWorkbookFile, props.download ?? downloadBytes);
  const excel = useMemo(() => (host.kind === "excel" ? excelWorkspace(host) : null), [host]);
  usePrefetch(host.kind === "excel");
  const t = useMemo(() => translator(lang), [lang]);
  const theme = useMemo(() => paneTheme(host.kind === "excel" ? host.theme : null), [host]);
  const goTo = (id: PageId) => available.some((p) => p.id === id) && setPage(id);
  const pageProps = (id: PageId): PageProps => ({
    workspace: excel ?? files.workspace,
    status: host.kind,
    programs,
    lang,
    opened: id === opened,
    goTo,
  });
  const renderPage = (id: PageId) => {
    const Page = pages[id];
    return Page ? <Page {...pageProps(id)} /> : null;
  };
  return (
    <FluentProvider theme={theme} lang={lang} className={styles.root}>
      <LanguageContext.Provider value={language}>
        <I18nContext.Provider value={t}>
          <header className={styles.header}>
            <TabList
              size="small"
              className={styles.tabs}
              aria-label={t("pagesLabel")}
              selectedValue={page}
              onTabSelect={(_, d) => setPage(d.value as PageId)}
            >
              {available.map((p) => (
                <Tab key={p.id} id={`tab-${p.id}`} value={p.id}>
                  {t(p.label)}
                </Tab>
              ))}
            </TabList>
            <LanguageSwitch />
          </header>
          <main className={styles.content}>
            {host.kind === "none" && <FileModePanel files={files} />}
            <PageDeck key={files.session} selected={page} render={renderPage} />
          </main>
        </I18nContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}

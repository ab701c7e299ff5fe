/**
 * The task pane shell: theme, language, the tab list of pages and the page the ribbon asked
 * for (?page=…). It connects to Excel once through host.ts and hands the result to pages.
 * Every prop is optional so index.tsx mounts <App />; tests and browser mode pass their own.
 */
import { FluentProvider, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { ProgramFile } from "../domain/programs/types";
import { connectToHost, type Host } from "./host";
import { I18nContext } from "./i18n/I18nContext";
import type { Lang } from "./i18n/messages";
import { translator } from "./i18n/translate";
import { BieuMauPage } from "./pages/BieuMauPage";
import { KiemTraPage } from "./pages/KiemTraPage";
import { programs as bundledPrograms } from "./programs";
import { PAGES, pageFromSearch, type PageId } from "./state/pages";
import { paneTheme } from "./state/theme";
import type { CheckController } from "./state/use-check";
import type { InsertFn } from "./state/use-insert-form";

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box", minWidth: 0 },
  content: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
});

export interface AppProps {
  /** Language of the pane; Vietnamese unless told otherwise. */
  readonly lang?: Lang;
  /** The program files offered; the ones bundled with the pane by default. */
  readonly programs?: readonly ProgramFile[];
  /** The URL's query string choosing the page; window.location.search by default. */
  readonly search?: string;
  /** How to reach Excel; host.ts by default. */
  readonly connect?: () => Promise<Host>;
  /** The insertion controller; state/insert.ts by default. */
  readonly insert?: InsertFn;
  /** The check controller; state/check.ts by default. */
  readonly check?: CheckController;
}

type HostState = { readonly kind: "connecting" } | Host;

function currentSearch(): string {
  return typeof window === "undefined" ? "" : window.location.search;
}

function useHost(connect: () => Promise<Host>): HostState {
  const [host, setHost] = useState<HostState>({ kind: "connecting" });
  useEffect(() => {
    let live = true;
    void connect().then((h) => live && setHost(h));
    return () => {
      live = false;
    };
  }, [connect]);
  return host;
}

export function App(props: AppProps) {
  const { lang = "vi", programs = bundledPrograms, connect = connectToHost } = props;
  const styles = useStyles();
  const host = useHost(connect);
  const [opened] = useState<PageId>(() => pageFromSearch(props.search ?? currentSearch()));
  const [page, setPage] = useState<PageId>(opened);
  const t = useMemo(() => translator(lang), [lang]);
  const theme = useMemo(() => paneTheme(host.kind === "excel" ? host.theme : null), [host]);
  return (
    <FluentProvider theme={theme} lang={lang} className={styles.root}>
      <I18nContext.Provider value={t}>
        <TabList
          aria-label={t("pagesLabel")}
          selectedValue={page}
          onTabSelect={(_, d) => setPage(d.value as PageId)}
        >
          {PAGES.map((p) => (
            <Tab key={p.id} value={p.id}>
              {t(p.label)}
            </Tab>
          ))}
        </TabList>
        <main className={styles.content}>
          {page === "bieu-mau" && (
            <BieuMauPage
              programs={programs}
              status={host.kind}
              excel={host.kind === "excel" ? host : null}
              insert={props.insert}
            />
          )}
          {page === "kiem-tra" && (
            <KiemTraPage
              programs={programs}
              lang={lang}
              status={host.kind}
              excel={host.kind === "excel" ? host : null}
              runOnOpen={opened === "kiem-tra"}
              controller={props.check}
            />
          )}
        </main>
      </I18nContext.Provider>
    </FluentProvider>
  );
}

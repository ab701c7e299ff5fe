/**
 * Fetches the chunks behind the pane's buttons once the pane has painted and the browser is
 * idle: the first press of "Kiểm tra" or "Chèn biểu mẫu" then waits neither for the network
 * nor for compiling the domain code, and the first paint never waits for them either. Inside
 * Excel the Office adapters come too; browser mode's ExcelJS stays with opening a file, as it
 * is large and only a chosen file needs it.
 */
import { useEffect } from "react";
import { loadOfficeAdapters } from "../workspace/excel-workspace";
import { loadCheckController } from "./use-check";
import { loadInsertController } from "./use-insert-form";

type Loader = () => Promise<unknown>;

const CONTROLLERS: readonly Loader[] = [loadCheckController, loadInsertController];

/** How long a busy browser may put the fetch off. */
const IDLE_TIMEOUT_MS = 2000;
/** Where there is no requestIdleCallback (Safari, so Excel on Mac): shortly after the paint. */
const FALLBACK_DELAY_MS = 200;

/** Runs `work` when the browser is idle; the function returned cancels it if it has not run. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, FALLBACK_DELAY_MS);
  return () => clearTimeout(id);
}

function fetchAll(loaders: readonly Loader[]): void {
  // A chunk that fails here is fetched again by the action needing it, which says why it failed.
  for (const load of loaders) load().catch(() => undefined);
}

/** Fetches the controllers' chunks after the first paint, and the Office adapters' once in Excel. */
export function usePrefetch(inExcel: boolean): void {
  useEffect(
    () => whenIdle(() => fetchAll(inExcel ? [...CONTROLLERS, loadOfficeAdapters] : CONTROLLERS)),
    [inExcel],
  );
}

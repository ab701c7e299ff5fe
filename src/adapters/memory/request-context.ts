/**
 * One Excel.run of the fake: the queue of commands that the next sync() applies in
 * order, the sync counter, the write log and the size of what each sync loaded (Excel on the
 * web refuses a response over 5 MB, so tests can check reads stay under it). As in Excel, a failing command rejects the
 * sync, commands before it stay applied and commands after it are dropped; proxies of a
 * finished run can no longer queue anything.
 */
import type { ExcelRequestContext } from "../office/excel-api";
import { invalidObjectPath } from "./fake-errors";
import { FakeWorkbook } from "./workbook-proxy";
import type { WorkbookState } from "./workbook-state";
import type { WriteLogEntry } from "./write-log";

export interface FakeSession {
  readonly state: WorkbookState;
  readonly writeLog: WriteLogEntry[];
  syncCount: number;
  /** Per sync, the bytes of UTF-8 JSON its loaded values would take. */
  readonly responseSizes: number[];
}

export type Command = () => void;

const UTF8 = new TextEncoder();

export class FakeRequestContext implements ExcelRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: Command[] = [];
  private open = true;

  constructor(private readonly session: FakeSession) {
    this.workbook = new FakeWorkbook(this);
  }

  get state(): WorkbookState {
    return this.session.state;
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(command: Command): void {
    if (!this.open) throw invalidObjectPath("RequestContext");
    this.queue.push(command);
  }

  log(entry: WriteLogEntry): void {
    this.session.writeLog.push(entry);
  }

  /** Counts a loaded value (as UTF-8 JSON bytes) toward the response of the sync now running. */
  noteLoaded(value: unknown): void {
    const sizes = this.session.responseSizes;
    const size = UTF8.encode(JSON.stringify(value) ?? "").length;
    if (sizes.length === 0) sizes.push(size);
    else sizes[sizes.length - 1] = (sizes.at(-1) ?? 0) + size;
  }

  async sync(): Promise<void> {
    if (!this.open) throw invalidObjectPath("RequestContext.sync");
    const batch = this.queue;
    this.queue = [];
    this.session.syncCount += 1;
    this.session.responseSizes.push(0);
    await Promise.resolve();
    for (const command of batch) command();
  }

  close(): void {
    this.open = false;
  }
}

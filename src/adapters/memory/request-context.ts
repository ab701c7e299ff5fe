/**
 * One Excel.run of the fake: the queue of commands that the next sync() applies in
 * order, the sync counter and the write log. As in Excel, a failing command rejects the
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
}

export type Command = () => void;

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

  async sync(): Promise<void> {
    if (!this.open) throw invalidObjectPath("RequestContext.sync");
    const batch = this.queue;
    this.queue = [];
    this.session.syncCount += 1;
    await Promise.resolve();
    for (const command of batch) command();
  }

  close(): void {
    this.open = false;
  }
}

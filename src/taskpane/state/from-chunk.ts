/**
 * Runs a controller that lives in a chunk of its own, fetched on first use so the pane's first
 * paint does not wait for the domain code behind it (see prefetch.ts for fetching it earlier).
 * Controllers never throw, and a chunk that cannot be fetched (the connection dropped, the
 * add-in was updated on the server meanwhile) must not either: it becomes the failed outcome
 * every controller already returns, with the browser's reason and the generic next step.
 */
import { describeFailure } from "./failure";
import type { InsertFailure } from "./outcome";

export interface ChunkFailure {
  readonly kind: "failed";
  readonly failure: InsertFailure;
}

export function fromChunk<M, R>(
  load: () => Promise<M>,
  run: (controller: M) => Promise<R>,
): Promise<R | ChunkFailure> {
  return load().then(run, (error: unknown) => ({ kind: "failed", failure: describeFailure(error) }));
}

/**
 * The controllers behind the pane's buttons come in chunks fetched on first use. When a chunk
 * cannot be fetched (the connection dropped), the button must end in a failure the page shows,
 * with the browser's reason, rather than spinning forever; when it can, the controller's own
 * outcome comes through untouched.
 */
import { fromChunk } from "../../src/taskpane/state/from-chunk";

describe("fromChunk", () => {
  it("turns a chunk that cannot be fetched into a failure saying why", async () => {
    const missing = () =>
      Promise.reject(new Error("Loading chunk check failed.\n(error: /check.1a2b3c4d.js)"));
    const run = jest.fn();
    await expect(fromChunk(missing, run)).resolves.toEqual({
      kind: "failed",
      failure: {
        cause: { text: "Loading chunk check failed.\n(error: /check.1a2b3c4d.js)" },
        hint: "failureHintGeneric",
      },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("hands over the controller's own outcome once the chunk is there", async () => {
    const controller = { runCheck: (sheets: number) => Promise.resolve({ kind: "checked", sheets }) };
    await expect(
      fromChunk(
        () => Promise.resolve(controller),
        (c) => c.runCheck(5),
      ),
    ).resolves.toEqual({
      kind: "checked",
      sheets: 5,
    });
  });
});

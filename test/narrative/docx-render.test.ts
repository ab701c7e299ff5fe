/**
 * renderDocx as its callers use it: the task pane in a browser (no Node Buffer) and the command
 * line. How fast it renders is measured by `npm run bench` (narrative), not asserted here.
 */
import { renderDocx } from "../../src/adapters/docx/render-docx";
import { openDocx, wordText } from "../support/docx-xml";
import { samplePlan } from "../support/docx-sample-plan";

/** A zip file's local-file signature, "PK\3\4", which Word checks first. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

test("gives the bytes of a .docx package", async () => {
  const bytes = await renderDocx(samplePlan());
  expect(bytes.constructor.name).toBe("Uint8Array");
  expect([...bytes.subarray(0, 4)]).toEqual(ZIP_SIGNATURE);
  expect(wordText((await openDocx(bytes)).document)).toContain("KẾ HOẠCH");
});

test("renders without Node's Buffer, as in the task pane's browser", async () => {
  const globals = globalThis as { Buffer?: unknown };
  const buffer = globals.Buffer;
  delete globals.Buffer;
  try {
    const bytes = await renderDocx(samplePlan({ warning: true }));
    expect([...bytes.subarray(0, 4)]).toEqual(ZIP_SIGNATURE);
  } finally {
    globals.Buffer = buffer;
  }
});

/**
 * NarrativeInputs written by hand, the way a recognised foreign table would fill them:
 * amounts per catalog code with made-up but distinct source cells, leads per code, and
 * nothing else unless asked. The builder must not care where the numbers came from.
 */
import type { AssignmentInput, FundAmounts, NarrativeInput, Traced } from "../../../src/domain/narrative";
import type { ProgramFile } from "../../../src/domain/programs/types";
import type { PlanSettings } from "../../../src/domain/settings";

let nextRow = 1;

function cell(value: number): Traced {
  nextRow += 1;
  return { value, sources: [{ sheet: "Bảng kinh phí", address: { row: nextRow, col: 5 } }] };
}

/** SN and NS xã per code: the row gets tong, nstw, sn, nsdp and xa. */
export function fundsRow(sn: number, xa = 0): FundAmounts {
  return { tong: cell(sn + xa), nstw: cell(sn), sn: cell(sn), nsdp: cell(xa), xa: cell(xa) };
}

export function handInput(
  program: ProgramFile,
  settings: PlanSettings,
  rows: Readonly<Record<string, FundAmounts>>,
  leads: Readonly<Record<string, string>> = {},
): NarrativeInput {
  const assignments: AssignmentInput[] = Object.entries(leads).map(([code, lead]) => ({
    code,
    lead,
    partners: "",
  }));
  return {
    settings,
    program,
    funds: {
      rows: Object.entries(rows).map(([code, amounts]) => ({ code, amounts })),
      total: null,
      counterpartRatio: null,
      counterpartMet: null,
    },
    households: null,
    indicators: [],
    assignments,
    texts: new Map(),
    errors: [],
  };
}

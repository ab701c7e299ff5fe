/**
 * The spreadsheet functions the evaluator knows, declared as data: each entry gives the
 * argument counts Excel accepts and the function that computes it. A name not listed
 * evaluates to #NAME?, so a total we cannot compute is never mistaken for a number.
 */
import type { FunctionNode } from "./ast";
import { aggregate, subtotal } from "./eval-aggregates";
import type { Evaluator } from "./eval-context";
import { ifError, ifFunction, logical, not } from "./eval-logic";
import { index, match, vlookup } from "./eval-lookup";
import { absolute, round } from "./eval-math";
import { fixed, isNumber } from "./eval-text";
import { errorOf, type Value } from "./eval-values";

interface FunctionSpec {
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly run: (args: FunctionNode["args"], ev: Evaluator) => Value;
}

const MANY = 255;

const aggregateSpec = (name: string): FunctionSpec => ({
  minArgs: 1,
  maxArgs: MANY,
  run: (args, ev) => aggregate(name, args, ev),
});

export const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  SUM: aggregateSpec("SUM"),
  AVERAGE: aggregateSpec("AVERAGE"),
  MIN: aggregateSpec("MIN"),
  MAX: aggregateSpec("MAX"),
  COUNT: aggregateSpec("COUNT"),
  COUNTA: aggregateSpec("COUNTA"),
  PRODUCT: aggregateSpec("PRODUCT"),
  SUBTOTAL: { minArgs: 2, maxArgs: MANY, run: subtotal },
  ROUND: { minArgs: 2, maxArgs: 2, run: (args, ev) => round(args, ev, "nearest") },
  ROUNDDOWN: { minArgs: 2, maxArgs: 2, run: (args, ev) => round(args, ev, "down") },
  ROUNDUP: { minArgs: 2, maxArgs: 2, run: (args, ev) => round(args, ev, "up") },
  ABS: { minArgs: 1, maxArgs: 1, run: absolute },
  IF: { minArgs: 2, maxArgs: 3, run: ifFunction },
  IFERROR: { minArgs: 2, maxArgs: 2, run: ifError },
  AND: { minArgs: 1, maxArgs: MANY, run: (args, ev) => logical(args, ev, true) },
  OR: { minArgs: 1, maxArgs: MANY, run: (args, ev) => logical(args, ev, false) },
  NOT: { minArgs: 1, maxArgs: 1, run: not },
  INDEX: { minArgs: 2, maxArgs: 4, run: index },
  MATCH: { minArgs: 2, maxArgs: 3, run: match },
  VLOOKUP: { minArgs: 3, maxArgs: 4, run: vlookup },
  ISNUMBER: { minArgs: 1, maxArgs: 1, run: isNumber },
  FIXED: { minArgs: 1, maxArgs: 3, run: fixed },
};

export function callFunction(node: FunctionNode, ev: Evaluator): Value {
  const spec = FUNCTIONS[node.name];
  if (!spec) return errorOf("#NAME?");
  if (node.args.length < spec.minArgs || node.args.length > spec.maxArgs) return errorOf("#VALUE!");
  return spec.run(node.args, ev);
}

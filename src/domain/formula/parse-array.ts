/**
 * Array constants such as {1,2;3,4}: rows split by ";", items by ",", each item a number
 * (a sign allowed), text, TRUE/FALSE or an error, and every row as long as the first.
 */
import type { ArrayItem, ArrayNode } from "./ast";
import type { TokenCursor } from "./token-cursor";
import type { Token } from "./tokens";

/** Reads from just after "{" to its "}". */
export function readArray(cursor: TokenCursor, open: Token): ArrayNode {
  const rows: ArrayItem[][] = [[]];
  for (;;) {
    rows[rows.length - 1]?.push(readItem(cursor));
    const token = cursor.next();
    if (!token) throw cursor.error("This { is never closed", open.start);
    if (token.kind === "arrayClose") return checkedArray(cursor, rows, token);
    if (token.kind === "semicolon") rows.push([]);
    else if (token.kind !== "comma") throw cursor.unexpected(token);
  }
}

function readItem(cursor: TokenCursor): ArrayItem {
  const sign = cursor.peekOperator("-") || cursor.peekOperator("+") ? cursor.next() : undefined;
  const token = cursor.next();
  const negative = sign?.kind === "operator" && sign.op === "-";
  if (token?.kind === "number") {
    return {
      type: "number",
      value: negative ? -token.value : token.value,
      text: (negative ? "-" : "") + token.text,
    };
  }
  if (!sign && token?.kind === "string") return { type: "string", value: token.value };
  if (!sign && token?.kind === "boolean") return { type: "boolean", value: token.value };
  if (!sign && token?.kind === "error" && !token.sheet && token.lostRef === undefined) {
    return { type: "error", value: token.value };
  }
  throw cursor.error(
    "An array may hold only numbers, text, TRUE/FALSE and errors",
    token?.start ?? cursor.text.length,
  );
}

function checkedArray(cursor: TokenCursor, rows: ArrayItem[][], close: Token): ArrayNode {
  const width = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== width)) {
    throw cursor.error("Every row of an array must have the same number of items", close.start);
  }
  return { type: "array", rows };
}

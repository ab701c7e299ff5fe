/**
 * Turns an invariant (en-US) formula into tokens with positions. References are read
 * whole here, sheet prefix included ('Phụ lục 01'!$C$10:$C$10000, Sheet1:Sheet3!A1, C:C,
 * 3:5), so no later step ever matches reference text again. A leading "=" is optional;
 * whitespace between two references becomes Excel's intersection operator, any other
 * whitespace is dropped.
 */
import type { SheetRef } from "./ast";
import { ParseError } from "./parse-error";
import { readReference, readWholeRows } from "./reference-tokens";
import { isDigit, isWordStart, wordEnd } from "./reference-words";
import { scanBrackets, scanErrorLiteral, scanNumber, scanQuoted, sheetRefOf } from "./scan-parts";
import type { OperatorText, Token } from "./tokens";

const PUNCTUATION: Readonly<
  Record<string, "open" | "close" | "comma" | "semicolon" | "arrayOpen" | "arrayClose">
> = { "(": "open", ")": "close", ",": "comma", ";": "semicolon", "{": "arrayOpen", "}": "arrayClose" };
const TWO_CHAR_OPERATORS: readonly OperatorText[] = ["<>", "<=", ">="];
const ONE_CHAR_OPERATORS = "+-*/^&=<>%:@";
const FUTURE_PREFIXES = ["_XLFN.", "_XLWS."];

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let pos = formula.startsWith("=") ? 1 : 0;
  let spaceStart = -1;
  while (pos < formula.length) {
    if (isWhitespace(formula.charCodeAt(pos))) {
      if (spaceStart < 0) spaceStart = pos;
      pos += 1;
      continue;
    }
    const token = readToken(formula, pos);
    if (spaceStart >= 0 && joinsByIntersection(tokens[tokens.length - 1], token)) {
      tokens.push({ kind: "intersect", start: spaceStart, end: pos });
    }
    tokens.push(token);
    spaceStart = -1;
    pos = token.end;
  }
  return tokens;
}

/** Space, tab, CR, LF: Excel keeps line breaks typed with Alt+Enter. */
function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

function joinsByIntersection(before: Token | undefined, after: Token): boolean {
  const endsReference = ["ref", "name", "structured", "close"].includes(before?.kind ?? "");
  return endsReference && ["ref", "name", "structured", "function", "open"].includes(after.kind);
}

function readToken(text: string, pos: number): Token {
  const ch = text[pos] ?? "";
  const punctuation = PUNCTUATION[ch];
  if (punctuation) return { kind: punctuation, start: pos, end: pos + 1 };
  if (ch === '"') return readString(text, pos);
  if (ch === "#") return readError(text, pos, pos);
  if (ch === "'") return readQuotedSheet(text, pos);
  if (ch === "[") return readBracketStart(text, pos);
  if (isDigit(ch) || (ch === "." && isDigit(text[pos + 1]))) return readRowsOrNumber(text, pos);
  if (isWordStart(ch)) return readWord(text, pos);
  return readOperator(text, pos);
}

function readString(text: string, pos: number): Token {
  const { value, end } = scanQuoted(text, pos, '"');
  return { kind: "string", value, start: pos, end };
}

function readOperator(text: string, pos: number): Token {
  const two = text.slice(pos, pos + 2);
  const op = TWO_CHAR_OPERATORS.find((o) => o === two) ?? text[pos];
  if (
    op === undefined ||
    !(TWO_CHAR_OPERATORS.includes(op as OperatorText) || ONE_CHAR_OPERATORS.includes(op))
  ) {
    throw new ParseError(`Unexpected character "${text[pos]}"`, pos, text);
  }
  return { kind: "operator", op: op as OperatorText, start: pos, end: pos + op.length };
}

/** #DIV/0! and friends; #REF! may carry a sheet (Sheet1!#REF!) or a lost cell (#REF!A1). */
function readError(text: string, pos: number, start: number, sheet?: SheetRef): Token {
  const literal = scanErrorLiteral(text, pos);
  if (!literal) throw new ParseError("Unknown error value", pos, text);
  if (sheet && literal.value !== "#REF!") {
    throw new ParseError(`Only #REF! may follow a sheet name, not ${literal.value}`, pos, text);
  }
  const lostEnd = literal.value === "#REF!" && !sheet ? lostReferenceEnd(text, literal.end) : literal.end;
  return {
    kind: "error",
    value: literal.value,
    ...(sheet && { sheet }),
    ...(lostEnd > literal.end && { lostRef: text.slice(literal.end, lostEnd) }),
    start,
    end: lostEnd,
  };
}

function lostReferenceEnd(text: string, pos: number): number {
  if (!isWordStart(text[pos]) && !isDigit(text[pos])) return pos;
  const end = wordEnd(text, pos);
  return text[end] === ":" && wordEnd(text, end + 1) > end + 1 ? wordEnd(text, end + 1) : end;
}

function readQuotedSheet(text: string, pos: number): Token {
  const quoted = scanQuoted(text, pos, "'");
  if (text[quoted.end] !== "!") {
    throw new ParseError("A quoted sheet name must be followed by !", quoted.end, text);
  }
  return readQualified(text, quoted.end + 1, pos, sheetRefOf(quoted.value));
}

/** [1]Sheet1!A1 names another workbook; anything else in brackets is a structured reference. */
function readBracketStart(text: string, pos: number): Token {
  const close = scanBrackets(text, pos);
  const sheetEnd = wordEnd(text, close);
  if (text[sheetEnd] === "!") {
    const sheet = { name: text.slice(close, sheetEnd), book: text.slice(pos, close) };
    return readQualified(text, sheetEnd + 1, pos, sheet);
  }
  return structuredToken(text, pos, close);
}

function structuredToken(text: string, start: number, end: number): Token {
  return { kind: "structured", text: text.slice(start, end), start, end };
}

function readRowsOrNumber(text: string, pos: number): Token {
  const rows = readWholeRows(text, pos, pos);
  if (rows) return rows;
  const number = scanNumber(text, pos);
  if (!number) throw new ParseError("Not a number", pos, text);
  return { kind: "number", value: Number(number.value), text: number.value, start: pos, end: number.end };
}

function readWord(text: string, pos: number): Token {
  const end = wordEnd(text, pos);
  const word = text.slice(pos, end);
  const next = text[end];
  if (next === "!") return readQualified(text, end + 1, pos, sheetRefOf(word));
  if (next === "(") return functionToken(text, word, pos, end);
  if (next === "[") return structuredToken(text, pos, scanBrackets(text, end));
  const threeD = next === ":" ? readThreeD(text, pos, word, end) : null;
  return threeD ?? readReference(text, pos, pos) ?? nameOrBoolean(word, pos, end);
}

/** Sheet1:Sheet3!A1: a colon between two words is a sheet span only when "!" follows. */
function readThreeD(text: string, pos: number, first: string, colon: number): Token | null {
  const lastEnd = wordEnd(text, colon + 1);
  if (lastEnd === colon + 1 || text[lastEnd] !== "!") return null;
  return readQualified(text, lastEnd + 1, pos, { name: first, last: text.slice(colon + 1, lastEnd) });
}

function functionToken(text: string, word: string, start: number, end: number): Token {
  let prefix = "";
  let rest = word;
  for (let p = futurePrefix(rest); p > 0; p = futurePrefix(rest)) {
    prefix += rest.slice(0, p);
    rest = rest.slice(p);
  }
  if (rest === "" || rest.includes("$"))
    throw new ParseError(`"${word}" is not a function name`, start, text);
  return { kind: "function", name: rest.toUpperCase(), prefix, start, end };
}

function futurePrefix(word: string): number {
  const upper = word.toUpperCase();
  return FUTURE_PREFIXES.find((p) => upper.startsWith(p))?.length ?? 0;
}

function nameOrBoolean(word: string, start: number, end: number): Token {
  const upper = word.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE", start, end };
  return { kind: "name", name: word, start, end };
}

/** What follows "!": a reference, a sheet-level name or #REF!. */
function readQualified(text: string, pos: number, start: number, sheet: SheetRef): Token {
  const ch = text[pos];
  if (ch === "#") return readError(text, pos, start, sheet);
  if (isDigit(ch)) {
    const rows = readWholeRows(text, pos, start, sheet);
    if (rows) return rows;
  } else if (isWordStart(ch)) {
    const end = wordEnd(text, pos);
    if (text[end] === "(") throw new ParseError("A function name cannot follow a sheet name", pos, text);
    const ref = readReference(text, start, pos, sheet);
    return ref ?? { kind: "name", name: text.slice(pos, end), sheet, start, end };
  }
  throw new ParseError('Expected a cell, range or name after "!"', pos, text);
}

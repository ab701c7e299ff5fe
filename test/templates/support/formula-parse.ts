/**
 * A small parser for the formulas our templates emit (invariant syntax): numbers, strings,
 * TRUE/FALSE, cell and range references with optional quoted sheet names, defined names,
 * function calls and the operators = <> < > <= >= & + - * / and unary minus. Tests use it
 * to evaluate sheets and to list every reference a formula makes.
 */
import { parseA1, type CellAddress } from "../../../src/domain/address/cell-address";

export type Node =
  | { t: "num"; value: number }
  | { t: "str"; value: string }
  | { t: "bool"; value: boolean }
  | { t: "ref"; sheet: string | null; at: CellAddress }
  | { t: "range"; sheet: string | null; start: CellAddress; end: CellAddress }
  | { t: "name"; name: string }
  | { t: "call"; fn: string; args: Node[] }
  | { t: "bin"; op: string; left: Node; right: Node }
  | { t: "neg"; operand: Node };

type Token =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "ref"; sheet: string | null; v: string }
  | { k: "id"; v: string }
  | { k: "op"; v: string };

const CELL = /^\$?[A-Z]{1,3}\$?\d+$/;
const OPERATORS = ["<>", "<=", ">=", "=", "<", ">", "&", "+", "-", "*", "/", "(", ")", ",", ":"];

function readQuoted(text: string, start: number, quote: string): [string, number] {
  let out = "";
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote && text[i + 1] === quote) {
      out += quote;
      i += 2;
    } else if (text[i] === quote) return [out, i + 1];
    else out += text[i++];
  }
  throw new Error(`Unclosed ${quote} in ${text}`);
}

function readWord(text: string, start: number): [string, number] {
  const match = /^[A-Za-z0-9_$.]+/.exec(text.slice(start));
  if (!match) throw new Error(`Unexpected "${text[start]}" in ${text}`);
  return [match[0], start + match[0].length];
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === " ") i++;
    else if (ch === '"') {
      const [value, next] = readQuoted(text, i, '"');
      tokens.push({ k: "str", v: value });
      i = next;
    } else if (ch === "'") {
      const [sheet, next] = readQuoted(text, i, "'");
      if (text[next] !== "!") throw new Error(`Quoted name without "!" in ${text}`);
      const [cell, after] = readWord(text, next + 1);
      tokens.push({ k: "ref", sheet, v: cell });
      i = after;
    } else if (/[0-9.]/.test(ch)) {
      const match = /^\d*\.?\d+(E-?\d+)?/i.exec(text.slice(i)) as RegExpExecArray;
      tokens.push({ k: "num", v: Number(match[0]) });
      i += match[0].length;
    } else if (/[A-Za-z_$]/.test(ch)) {
      const [word, next] = readWord(text, i);
      if (text[next] === "!") {
        const [cell, after] = readWord(text, next + 1);
        tokens.push({ k: "ref", sheet: word, v: cell });
        i = after;
      } else {
        tokens.push(CELL.test(word) ? { k: "ref", sheet: null, v: word } : { k: "id", v: word });
        i = next;
      }
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (!op) throw new Error(`Unexpected "${ch}" in ${text}`);
      tokens.push({ k: "op", v: op });
      i += op.length;
    }
  }
  return tokens;
}

const LEVELS: string[][] = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"]];

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.binary(0);
    if (this.i !== this.tokens.length) throw new Error(`Trailing tokens at ${this.i}`);
    return node;
  }

  private peekOp(): string | null {
    const t = this.tokens[this.i];
    return t?.k === "op" ? t.v : null;
  }

  private expect(op: string): void {
    if (this.peekOp() !== op) throw new Error(`Expected "${op}" at token ${this.i}`);
    this.i++;
  }

  private binary(level: number): Node {
    const ops = LEVELS[level];
    if (!ops) return this.unary();
    let left = this.binary(level + 1);
    for (let op = this.peekOp(); op !== null && ops.includes(op); op = this.peekOp()) {
      this.i++;
      left = { t: "bin", op, left, right: this.binary(level + 1) };
    }
    return left;
  }

  private unary(): Node {
    if (this.peekOp() === "-") {
      this.i++;
      return { t: "neg", operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Node {
    const t = this.tokens[this.i++];
    if (!t) throw new Error("Unexpected end of formula");
    if (t.k === "num") return { t: "num", value: t.v };
    if (t.k === "str") return { t: "str", value: t.v };
    if (t.k === "ref") return this.reference(t.sheet, t.v);
    if (t.k === "id") return this.identifier(t.v);
    if (t.v === "(") {
      const inner = this.binary(0);
      this.expect(")");
      return inner;
    }
    throw new Error(`Unexpected "${t.v}"`);
  }

  private reference(sheet: string | null, text: string): Node {
    const at = parseA1(text);
    if (this.peekOp() !== ":") return { t: "ref", sheet, at };
    this.i++;
    const end = this.tokens[this.i++];
    if (end?.k !== "ref") throw new Error("Range without an end cell");
    return { t: "range", sheet, start: at, end: parseA1(end.v) };
  }

  private identifier(word: string): Node {
    const upper = word.toUpperCase();
    if (this.peekOp() !== "(") {
      if (upper === "TRUE" || upper === "FALSE") return { t: "bool", value: upper === "TRUE" };
      return { t: "name", name: word };
    }
    this.i++;
    const args: Node[] = [];
    if (this.peekOp() !== ")") {
      args.push(this.binary(0));
      while (this.peekOp() === ",") {
        this.i++;
        args.push(this.binary(0));
      }
    }
    this.expect(")");
    return { t: "call", fn: upper, args };
  }
}

/** "=SUM(A1:A3)" -> its tree. */
export function parseFormula(formula: string): Node {
  if (!formula.startsWith("=")) throw new Error(`Not a formula: ${formula}`);
  return new Parser(tokenize(formula.slice(1))).parse();
}

/** Every node of a tree, depth first. */
export function walk(node: Node): Node[] {
  switch (node.t) {
    case "call":
      return [node, ...node.args.flatMap(walk)];
    case "bin":
      return [node, ...walk(node.left), ...walk(node.right)];
    case "neg":
      return [node, ...walk(node.operand)];
    default:
      return [node];
  }
}

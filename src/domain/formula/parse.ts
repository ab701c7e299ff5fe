/**
 * Precedence-climbing parser from tokens to the typed tree in ast.ts, with Excel's
 * precedence: ":" > " " (intersection) > "," (union, only inside parentheses) > prefix
 * - + @ > postfix % > ^ > * / > + - > & > comparisons. Prefix minus binds tighter than ^,
 * so -2^2 is 4, as in Excel. Every failure is a ParseError with a position.
 */
import type { BinaryOperator, Expr, FunctionNode, ReferenceOperator, UnaryOperator } from "./ast";
import { readArray } from "./parse-array";
import { errorNode, fusedRange, requireReferences } from "./parse-checks";
import { ParseError } from "./parse-error";
import { TokenCursor } from "./token-cursor";
import { tokenize } from "./tokenize";
import type { OperatorText, Token } from "./tokens";

export type ParseResult =
  { readonly ok: true; readonly expr: Expr } | { readonly ok: false; readonly error: ParseError };

/** Parses an invariant formula ("=SUM(D5:D9)" or "SUM(D5:D9)"); throws only ParseError. */
export function parseFormula(formula: string): Expr {
  return new Parser(tokenize(formula), formula).formula();
}

export function tryParseFormula(formula: string): ParseResult {
  try {
    return { ok: true, expr: parseFormula(formula) };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, error };
    throw error;
  }
}

const VALUE_PRECEDENCE: Partial<Record<OperatorText, number>> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};
const REFERENCE_PRECEDENCE: Record<ReferenceOperator, number> = { ",": 1, " ": 2, ":": 3 };
const PREFIX_OPERATORS: readonly string[] = ["+", "-", "@"];
/**
 * Tree depth allowed: far above Excel's 64 nested functions and any real chain of "+",
 * and low enough that printing, shifting and evaluating never exhaust the call stack.
 */
const MAX_DEPTH = 1000;
/** Parentheses, calls and prefix operators recurse through the whole parser: a tighter limit. */
const MAX_NESTING = 200;
const EMPTY: Expr = { type: "empty" };

class Parser extends TokenCursor {
  private depth = 0;
  private nesting = 0;

  formula(): Expr {
    if (this.tokens.length === 0) throw this.error("The formula is empty", this.text.length);
    const expr = this.expression(false);
    const extra = this.peek();
    if (extra) throw this.unexpected(extra);
    return expr;
  }

  /** `union`: a "," here joins references (inside parentheses) rather than separating arguments. */
  private expression(union: boolean): Expr {
    return this.valueOperation(1, union);
  }

  private valueOperation(minPrecedence: number, union: boolean): Expr {
    let left = this.postfixed(union);
    let chain = 0;
    for (let token = this.peek(); token?.kind === "operator"; token = this.peek()) {
      const precedence = VALUE_PRECEDENCE[token.op];
      if (precedence === undefined || precedence < minPrecedence) break;
      this.index += 1;
      chain += this.deepen(token);
      const right = this.valueOperation(precedence + 1, union);
      left = { type: "binary", op: token.op as BinaryOperator, left, right };
    }
    this.depth -= chain;
    return left;
  }

  private postfixed(union: boolean): Expr {
    let expr = this.prefixed(union);
    while (this.peekOperator("%")) {
      this.index += 1;
      expr = { type: "percent", operand: expr };
    }
    return expr;
  }

  private prefixed(union: boolean): Expr {
    const token = this.peek();
    if (token?.kind !== "operator" || !PREFIX_OPERATORS.includes(token.op)) return this.reference(1, union);
    this.index += 1;
    const operand = this.nested(token, () => this.prefixed(union));
    return { type: "unary", op: token.op as UnaryOperator, operand };
  }

  private reference(minPrecedence: number, union: boolean): Expr {
    let left = this.primary();
    let chain = 0;
    for (let op = this.referenceOperator(union); op; op = this.referenceOperator(union)) {
      const precedence = REFERENCE_PRECEDENCE[op];
      if (precedence < minPrecedence) break;
      const token = this.next() as Token;
      chain += this.deepen(token);
      const right = this.reference(precedence + 1, union);
      requireReferences(op, token, [left, right], this.text);
      left = (op === ":" ? fusedRange(left, right) : null) ?? { type: "binary", op, left, right };
    }
    this.depth -= chain;
    return left;
  }

  private referenceOperator(union: boolean): ReferenceOperator | null {
    const token = this.peek();
    if (token?.kind === "operator" && token.op === ":") return ":";
    if (token?.kind === "intersect") return " ";
    return token?.kind === "comma" && union ? "," : null;
  }

  private primary(): Expr {
    const token = this.next();
    if (!token) throw this.error("The formula ends where a value is expected", this.text.length);
    switch (token.kind) {
      case "number":
        return { type: "number", value: token.value, text: token.text };
      case "string":
        return { type: "string", value: token.value };
      case "boolean":
        return { type: "boolean", value: token.value };
      case "error":
        return errorNode(token);
      case "ref":
        return token.ref;
      case "name":
        return { type: "name", name: token.name, ...(token.sheet && { sheet: token.sheet }) };
      case "structured":
        return { type: "structured", text: token.text };
      case "function":
        return this.nested(token, () => this.call(token.name, token.prefix));
      case "open":
        return this.nested(token, () => this.group(token));
      case "arrayOpen":
        return readArray(this, token);
      default:
        throw this.unexpected(token);
    }
  }

  private call(name: string, prefix: string): FunctionNode {
    const open = this.next() as Token;
    const args: Expr[] = [];
    if (this.peek()?.kind === "close") {
      this.index += 1;
      return { type: "function", name, prefix, args };
    }
    for (;;) {
      args.push(this.argument());
      const token = this.next();
      if (token?.kind === "close") return { type: "function", name, prefix, args };
      if (!token) throw this.error(`The ( after ${name} is never closed`, open.start);
      if (token.kind !== "comma") throw this.unexpected(token);
    }
  }

  private argument(): Expr {
    const kind = this.peek()?.kind;
    return kind === "comma" || kind === "close" ? EMPTY : this.expression(false);
  }

  private group(open: Token): Expr {
    if (this.peek()?.kind === "close") throw this.error("Nothing between ( and )", open.start);
    const inner = this.expression(true);
    const token = this.next();
    if (!token) throw this.error("This ( is never closed", open.start);
    if (token.kind !== "close") throw this.unexpected(token);
    return { type: "group", inner };
  }

  /** Parentheses, calls and prefix operators nest the tree one level deeper while reading inside. */
  private nested<T>(token: Token, read: () => T): T {
    if (this.nesting >= MAX_NESTING) throw this.error("The formula is nested too deeply", token.start);
    this.deepen(token);
    this.nesting += 1;
    const result = read();
    this.nesting -= 1;
    this.depth -= 1;
    return result;
  }

  /**
   * Counts one more level of tree depth: nesting, or one more operator in a chain such as
   * D5+D6+D7 (each makes the tree one level deeper on the left). Returns 1 for the caller's tally.
   */
  private deepen(token: Token): number {
    this.depth += 1;
    if (this.depth > MAX_DEPTH)
      throw this.error("The formula is nested too deeply or chains too many operators", token.start);
    return 1;
  }
}

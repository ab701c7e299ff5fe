/**
 * Tokens and their positions: a reference with its sheet prefix is one token, whitespace
 * between references is the intersection operator, and the leading "=" is optional.
 */
import { tokenize } from "../../src/domain/formula/tokenize";
import type { Token } from "../../src/domain/formula/tokens";

/** kind and source text of each token, for compact expectations. */
function shown(formula: string): string[] {
  return tokenize(formula).map((t: Token) => `${t.kind} ${formula.slice(t.start, t.end)}`);
}

describe("tokenize", () => {
  it("reads a sheet-qualified range as one token at its position", () => {
    expect(shown("=SUM('Phụ lục 01'!$C$10:$C$10000,A:A)")).toEqual([
      "function SUM",
      "open (",
      "ref 'Phụ lục 01'!$C$10:$C$10000",
      "comma ,",
      "ref A:A",
      "close )",
    ]);
  });

  it("does not need the leading =", () => {
    expect(shown("D5+D6")).toEqual(["ref D5", "operator +", "ref D6"]);
  });

  it("turns whitespace between references into intersection and drops other whitespace", () => {
    expect(shown("=SUM( A1:B2  B1 , 2 )")).toEqual([
      "function SUM",
      "open (",
      "ref A1:B2",
      "intersect   ",
      "ref B1",
      "comma ,",
      "number 2",
      "close )",
    ]);
  });

  it("reads numbers, text, booleans, errors and operators", () => {
    expect(shown('=1E+3+.5&"a""b"<>TRUE*#DIV/0!%<=2')).toEqual([
      "number 1E+3",
      "operator +",
      "number .5",
      "operator &",
      'string "a""b"',
      "operator <>",
      "boolean TRUE",
      "operator *",
      "error #DIV/0!",
      "operator %",
      "operator <=",
      "number 2",
    ]);
  });

  it("reads whole rows, 3-D references and structured references", () => {
    expect(shown("=SUM(3:5,Sheet1:Sheet3!B2,Table1[[#This Row],[Số tiền]],[@Col])")).toEqual([
      "function SUM",
      "open (",
      "ref 3:5",
      "comma ,",
      "ref Sheet1:Sheet3!B2",
      "comma ,",
      "structured Table1[[#This Row],[Số tiền]]",
      "comma ,",
      "structured [@Col]",
      "close )",
    ]);
  });

  it("reads array constants and implicit intersection", () => {
    expect(shown("=@A1:A3+{1,2;3,4}").map((s) => s.split(" ")[0])).toEqual([
      "operator",
      "ref",
      "operator",
      "arrayOpen",
      "number",
      "comma",
      "number",
      "semicolon",
      "number",
      "comma",
      "number",
      "arrayClose",
    ]);
  });

  it("gives function tokens their name without the future-function prefix", () => {
    expect(tokenize("=_xlfn.STDEV.S(A1:A3)")[0]).toMatchObject({
      kind: "function",
      name: "STDEV.S",
      prefix: "_xlfn.",
    });
  });

  it("reads names, including dotted and sheet-level ones", () => {
    expect(tokenize("=Kinh_phi.2025+Sheet1!DuAn")).toMatchObject([
      { kind: "name", name: "Kinh_phi.2025" },
      { kind: "operator", op: "+" },
      { kind: "name", name: "DuAn", sheet: { name: "Sheet1" } },
    ]);
  });
});

/**
 * Planned cells are written as filled rectangles: as few writes as possible, and never a
 * cell the plan left empty.
 */
import { consecutiveSpans, rectangularBlocks } from "../../../src/adapters/office/cell-blocks";
import { parseA1, rangeToA1 } from "../../../src/domain/address/cell-address";

const at = (...addresses: string[]) => addresses.map((a) => ({ address: parseA1(a), name: a }));

describe("rectangularBlocks", () => {
  it("stacks equal runs on consecutive rows and keeps gaps out", () => {
    const blocks = rectangularBlocks(at("B2", "A1", "B1", "A2", "D2", "A3", "A5"));

    expect(blocks.map((b) => rangeToA1(b.range))).toEqual(["A1:B2", "D2", "A3", "A5"]);
    expect(blocks[0]?.rows.map((row) => row.map((c) => c.name))).toEqual([
      ["A1", "B1"],
      ["A2", "B2"],
    ]);
  });

  it("starts a new block when a row's run has a different width", () => {
    const blocks = rectangularBlocks(at("A1", "B1", "A2", "B2", "C2", "A3", "B3"));

    expect(blocks.map((b) => rangeToA1(b.range))).toEqual(["A1:B1", "A2:C2", "A3:B3"]);
  });
});

describe("consecutiveSpans", () => {
  it("joins neighbouring rows or columns into one span", () => {
    expect(consecutiveSpans([9, 3, 4, 5, 4])).toEqual([
      [3, 5],
      [9, 9],
    ]);
  });
});

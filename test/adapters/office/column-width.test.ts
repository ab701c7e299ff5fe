/**
 * Column widths cross from character units (plans, .xlsx) to points (Excel JS API) by
 * Excel's own pixel rule, so a column looks the same whichever adapter wrote it.
 */
import {
  characterWidthToPixels,
  characterWidthToPoints,
  pointsToCharacterWidth,
} from "../../../src/adapters/office/column-width";

const round2 = (n: number) => Math.round(n * 100) / 100;

describe("column widths", () => {
  it("gives Excel's standard column (9.140625 characters) its 64 px, 48 pt", () => {
    expect(characterWidthToPixels(9.140625)).toBe(64);
    expect(characterWidthToPoints(9.140625)).toBe(48);
  });

  it("converts the widths our templates use to whole pixels", () => {
    expect([6, 12, 45].map(characterWidthToPoints)).toEqual([31.5, 63, 236.25]);
  });

  it("reads whole character widths back unchanged and in-between widths as their pixel's width", () => {
    expect([6, 12, 14, 45].map((w) => round2(pointsToCharacterWidth(characterWidthToPoints(w))))).toEqual([
      6, 12, 14, 45,
    ]);
    expect(round2(pointsToCharacterWidth(characterWidthToPoints(12.5)))).toBe(12.42);
    expect(pointsToCharacterWidth(0)).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { rFormatIntegers, rFormatNumbers, rFormatStrings, rMakeNames, sprintfFixed } from "../../../analyses/descriptives/r-print.ts";

describe("R's column formatting", () => {
  it("sprintf %.*f: exact binary ties to even, everything else by the exact value", () => {
    expect(sprintfFixed(0.125, 2)).toBe("0.12");
    expect(sprintfFixed(0.375, 2)).toBe("0.38");
    expect(sprintfFixed(2.5, 0)).toBe("2");
    expect(sprintfFixed(3.5, 0)).toBe("4");
    expect(sprintfFixed(-0.125, 2)).toBe("-0.12");
    expect(sprintfFixed(6.325, 2)).toBe("6.33"); // 6.32500000000000017764
    expect(sprintfFixed(11 / 1.7391304347826089, 2)).toBe("6.32");
  });
  it("format(x, digits = 3): common decimals, right-justified", () => {
    expect(rFormatNumbers([3.0535714, 2.1013725, 1, 0.6416667], 3)).toEqual(["3.054", "2.101", "1.000", "0.642"]);
    expect(rFormatNumbers([33.5, 8.2352941, 4.4166667], 3)).toEqual(["33.50", " 8.24", " 4.42"]);
    expect(rFormatNumbers([0.3189189, 0.0054054], 3)).toEqual(["0.31892", "0.00541"]);
    expect(rFormatNumbers([2, 0.5, null], 3)).toEqual(["2.0", "0.5", " NA"]);
  });
  it("integers right-, strings left-justified; make.names", () => {
    expect(rFormatIntegers([11, 8, null])).toEqual(["11", " 8", "NA"]);
    expect(rFormatStrings(["AB", "C", null])).toEqual(["AB", "C ", "NA"]);
    expect(rMakeNames(["JEVIN D. WEST", null, null, "1X"])).toEqual(["JEVIN.D..WEST", "NA.", "NA..1", "X1X"]);
  });
});

describe("R's string width quirks", () => {
  it("counts a backslash twice when padding (as the oracle's 'INFORMATION PROCESSING \\& MANAGEMENT')", () => {
    expect(rFormatStrings(["A\\&B", "XY"])).toEqual(["A\\&B", "XY   "]);
  });
  it("prints NaN for 0/0", () => {
    expect(rFormatNumbers([NaN, 1.5], 3)).toEqual(["NaN", "1.5"]);
  });
});

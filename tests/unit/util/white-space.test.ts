import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { R_SPACE_CLASS, isRSpaceCode, trimES } from "../../../analyses/util/r-semantics.ts";

const alphabet = ["A", "b", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u2006", "\u2007", "\u2008", "\u200a", "\u200b", "\u2028", "\u2029", "\u205f", "\u3000", ".", ";"];

describe("R white space", () => {
  it("isRSpaceCode is R_SPACE_CLASS, code unit by code unit", () => {
    const re = new RegExp(`[${R_SPACE_CLASS}]`);
    for (let c = 0; c < 0x10000; c++) expect(isRSpaceCode(c), c.toString(16)).toBe(re.test(String.fromCharCode(c)));
  });

  it("trimES equals its regex definition (runs of two or more, or one non-space white-space character)", () => {
    const runs = new RegExp(`[${R_SPACE_CLASS}]{2,}|[${R_SPACE_CLASS.replace(" ", "")}]`, "g");
    const str = fc.array(fc.constantFrom(...alphabet), { maxLength: 25 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(str, (s) => {
        expect(trimES(s)).toBe(s.replace(runs, " "));
      }),
      { numRuns: 5000, seed: 3 },
    );
    expect(trimES("A  B\tC")).toBe("A B C");
    expect(trimES(" A B ")).toBe(" A B ");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tableTagItems } from "../../../analyses/words/table-tag.ts";
import { R_SPACE_CLASS, rStrsplit, rTrimws } from "../../../analyses/util/r-semantics.ts";

/** The §3.1 cleaning as its definition reads (regex replace, then trimws): the one-pass scanner must equal it. */
const SEPARATORS = new RegExp(`[${R_SPACE_CLASS}]+|\\.|,`, "g");
function byDefinition(values: (string | null)[]): string[] {
  return values.flatMap((v) => (v === null ? [] : rStrsplit(v, ";").map((p) => rTrimws(p.replace(SEPARATORS, " "))).filter((x) => x !== "")));
}

const alphabet = ["A", "b", "1", " ", "  ", ".", ",", ";", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u2007", "\u200a", "\u2028", "\u205f", "\u3000", "é", "-"];

describe("tableTagItems cleaning", () => {
  it("equals the regex definition on random strings of separators, spaces and letters", () => {
    const piece = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((xs) => xs.join(""));
    fc.assert(fc.property(fc.array(fc.option(piece, { nil: null }), { maxLength: 5 }), (values) => {
      expect(tableTagItems(values)).toEqual(byDefinition(values));
    }), { numRuns: 5000, seed: 42 });
  });

  it("cleans real reference strings as the definition does", () => {
    const refs = ["ABBASI B, 2019, J. NEURAL ENG., V16, P1", " SMITH  J ,2001,NATURE; ;  [ANONYMOUS], 2020, ", "X\u3000Y .. Z", "NA"];
    expect(tableTagItems(refs)).toEqual(byDefinition(refs));
    expect(tableTagItems(["A.B, C"])).toEqual(["A B  C"]);
  });
});

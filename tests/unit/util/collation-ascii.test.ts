import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiPrimaryPrefix, collate, collator, sortByCountThenCollation } from "../../../analyses/util/r-semantics.ts";

/** collate() as it was defined before the ASCII fast path: ICU, then code points. */
function icuCollate(a: string, b: string): number {
  const c = collator.compare(a, b);
  return c !== 0 ? Math.sign(c) : a < b ? -1 : a > b ? 1 : 0;
}

const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
const common = ["A", "a", "B", "b", "Z", "z", "0", "9", " ", "-", "_", ",", ".", "'", "(", "\t", "\u0001", "\u007f", "/", "&"];

describe("ASCII collation without ICU", () => {
  it("orders every pair of single ASCII characters as ICU does", () => {
    for (const a of ascii) for (const b of ascii) expect(Math.sign(collate(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(icuCollate(a, b));
  });

  it("orders random ASCII strings (common characters, all characters) as ICU does, by compare and by prefix", () => {
    for (const chars of [common, ascii]) {
      const str = fc.array(fc.constantFrom(...chars), { maxLength: 12 }).map((xs) => xs.join(""));
      fc.assert(fc.property(str, str, (a, b) => {
        const want = icuCollate(a, b);
        expect(Math.sign(collate(a, b))).toBe(want);
        // Different prefixes decide the order; equal ones leave it to the full comparison.
        const pa = asciiPrimaryPrefix(a)!;
        const pb = asciiPrimaryPrefix(b)!;
        if (pa !== pb) expect(Math.sign(pa - pb)).toBe(want);
      }), { numRuns: 20000, seed: 7 });
    }
  });

  it("sorts random frequency tables (ASCII, typographic quotes, accents) exactly as the ICU comparator", () => {
    const chars = [...common, "É", "é", "\u2019", "ü", "ß"];
    const row = fc.record({ name: fc.array(fc.constantFrom(...chars), { maxLength: 10 }).map((xs) => xs.join("")), n: fc.integer({ min: 0, max: 3 }) });
    fc.assert(fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
      const want = [...rows].sort((x, y) => y.n - x.n || icuCollate(x.name.replace(/[\u2018\u2019]/g, '"'), y.name.replace(/[\u2018\u2019]/g, '"')) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
      expect(sortByCountThenCollation(rows, (r) => r.n, (r) => r.name)).toEqual(want);
    }), { numRuns: 2000, seed: 11 });
  });

  it("sorts long names whose non-ASCII characters come late (cited references) exactly as the ICU comparator", () => {
    // Seven or more primary weights before the first non-ASCII character: those names are ordered
    // by their ASCII prefix when it differs, by ICU when it does not.
    // A small alphabet, so that heads often share their first weights and some stop short of seven.
    const head = fc.array(fc.constantFrom("S", "M", ",", " ", "s"), { minLength: 3, maxLength: 10 }).map((xs) => xs.join(""));
    const tail = fc.array(fc.constantFrom("A", "é", "É", "\u2019", "ü", "ß", " ", ",", "1", "Z", "S"), { maxLength: 6 }).map((xs) => xs.join(""));
    const row = fc.record({ name: fc.tuple(head, tail).map(([h, t]) => h + t), n: fc.integer({ min: 0, max: 1 }) });
    fc.assert(fc.property(fc.array(row, { maxLength: 80 }), (rows) => {
      const want = [...rows].sort((x, y) => y.n - x.n || icuCollate(x.name.replace(/[\u2018\u2019]/g, '"'), y.name.replace(/[\u2018\u2019]/g, '"')) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
      expect(sortByCountThenCollation(rows, (r) => r.n, (r) => r.name)).toEqual(want);
    }), { numRuns: 2000, seed: 13 });
  });

  it("sorts a frequency table with ASCII and non-ASCII names exactly as the ICU comparator", () => {
    const names = ["co-word", "CO WORD", "coword", "Co-word", "D’ACUNTO M", "D'SOUZA J", "Éclair", "eclair", "zeta", "ZETA", "a.b", "a b", "ab", "1990S", "A"];
    const rows = names.map((name, i) => ({ name, n: i % 3 }));
    const want = [...rows].sort((x, y) => y.n - x.n || icuCollate(x.name.replace(/[\u2018\u2019]/g, '"'), y.name.replace(/[\u2018\u2019]/g, '"')) || (x.name < y.name ? -1 : 1));
    expect(sortByCountThenCollation(rows, (r) => r.n, (r) => r.name)).toEqual(want);
  });

  it("has no prefix for a string with a non-ASCII character", () => {
    expect(asciiPrimaryPrefix("Éclair")).toBeNull();
    expect(asciiPrimaryPrefix("ECLAIR")).not.toBeNull();
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiCollationKey, collate, collator, sortByCountThenCollation } from "../../../analyses/util/r-semantics.ts";

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

  it("orders random ASCII strings (common characters, all characters) as ICU does, by compare and by key", () => {
    for (const chars of [common, ascii]) {
      const str = fc.array(fc.constantFrom(...chars), { maxLength: 12 }).map((xs) => xs.join(""));
      fc.assert(fc.property(str, str, (a, b) => {
        const want = icuCollate(a, b);
        expect(Math.sign(collate(a, b))).toBe(want);
        const ka = asciiCollationKey(a)!;
        const kb = asciiCollationKey(b)!;
        const byKey = ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
        expect(byKey).toBe(want);
      }), { numRuns: 20000, seed: 7 });
    }
  });

  it("sorts a frequency table with ASCII and non-ASCII names exactly as the ICU comparator", () => {
    const names = ["co-word", "CO WORD", "coword", "Co-word", "D’ACUNTO M", "D'SOUZA J", "Éclair", "eclair", "zeta", "ZETA", "a.b", "a b", "ab", "1990S", "A"];
    const rows = names.map((name, i) => ({ name, n: i % 3 }));
    const want = [...rows].sort((x, y) => y.n - x.n || icuCollate(x.name.replace(/[\u2018\u2019]/g, '"'), y.name.replace(/[\u2018\u2019]/g, '"')) || (x.name < y.name ? -1 : 1));
    expect(sortByCountThenCollation(rows, (r) => r.n, (r) => r.name)).toEqual(want);
  });

  it("has no key for a string with a non-ASCII character", () => {
    expect(asciiCollationKey("Éclair")).toBeNull();
    expect(asciiCollationKey("ECLAIR")).not.toBeNull();
  });
});

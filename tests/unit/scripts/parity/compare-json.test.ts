import { describe, expect, it } from "vitest";
import { compareJson, jsonDifferences } from "../../../../scripts/parity/compare-json.ts";

describe("compareJson", () => {
  it("counts matching leaves of bibliometrix's file and names the first mismatch", () => {
    const theirs = { table: [{ n: 1, x: 0.5 }, { n: 2, x: 1e6 }], label: "A", empty: [] };
    const ours = { table: [{ n: 1, x: 0.5 + 1e-12 }, { n: 3, x: 1e6 * (1 + 1e-10) }], label: "A", empty: [], extra: true };
    expect(compareJson(ours, theirs)).toEqual({ matched: 5, total: 6, firstMismatch: "table[1].n: ours 3, bibliometrix 2" });
  });

  it("reports missing leaves and honours the ignore pattern", () => {
    expect(compareJson({ a: 1 }, { a: 1, b: [1, 2], t: { s: 9 } }, { ignore: /^t\./ })).toEqual({
      matched: 1,
      total: 3,
      firstMismatch: "b[0]: ours (missing), bibliometrix 1",
    });
  });

  it("counts every leaf under a differently shaped value, and widens the tolerance only where asked", () => {
    expect(compareJson({ table: "x", keys: { b: 2, a: 1 } }, { table: [1, 2], keys: { a: 1, b: 2 } })).toEqual({
      matched: 2,
      total: 4,
      firstMismatch: "table[0]: ours (missing), bibliometrix 1",
    });
    const loose = { path: /btw$/, relative: 0.01 };
    expect(compareJson({ btw: 100.5, d: 100.5 }, { btw: 100, d: 100 }, { pathTolerance: loose })).toEqual({
      matched: 1,
      total: 2,
      firstMismatch: "d: ours 100.5, bibliometrix 100",
    });
  });
});

describe("jsonDifferences", () => {
  it("is empty for equal values, numbers within 1e-9 relative above 1 and absolute below", () => {
    const theirs = { x: 0.5, big: 1e6, rows: [{ a: "A", n: null }], none: [], nothing: {} };
    const ours = { x: 0.5 + 1e-12, big: 1e6 * (1 + 1e-10), rows: [{ a: "A", n: null }], none: [], nothing: {} };
    expect(jsonDifferences(ours, theirs)).toEqual([]);
  });

  it("lists every difference with its path, a missing leaf once under its shape problem", () => {
    const theirs = { x: 1e-3, big: 1e6, rows: [{ a: "A", n: 1 }, { a: "B", n: 2 }], list: [1, 2], empty: [] };
    const ours = { x: 1e-3 + 2e-9, big: 1e6 + 0.01, rows: [{ a: "a", n: 1 }], list: "1;2", empty: {} };
    expect(jsonDifferences(ours, theirs)).toEqual([
      "$.x: 0.001000002 vs 0.001",
      "$.big: 1000000.01 vs 1000000",
      "$.rows: length 1 vs 2",
      '$.rows[0].a: "a" vs "A"',
      "$.list: not an array",
      "$.empty: {} vs []",
    ]);
    expect(jsonDifferences([1, 2], [1, 3])).toEqual(["$[1]: 2 vs 3"]);
  });

  it("takes neither NaN nor a string for R's NA (null), nor NaN for a number", () => {
    expect(jsonDifferences({ a: Number.NaN, b: "NA", c: Number.NaN }, { a: null, b: null, c: 1 })).toEqual([
      "$.a: NaN vs null",
      '$.b: "NA" vs null',
      "$.c: NaN vs 1",
    ]);
  });

  it("wants the same keys in the same order, unless told to ignore the order", () => {
    const theirs = { a: 1, b: 2 };
    expect(jsonDifferences({ b: 2, a: 1 }, theirs)).toEqual(['$: keys ["b","a"] vs ["a","b"]']);
    expect(jsonDifferences({ b: 2, a: 1 }, theirs, { ignoreKeyOrder: true })).toEqual([]);
    expect(jsonDifferences({ a: 1, b: 2, c: 3 }, theirs, { ignoreKeyOrder: true })).toEqual(['$: keys ["a","b","c"] vs ["a","b"]']);
    expect(jsonDifferences({ a: 1 }, theirs, { ignoreKeyOrder: true })).toEqual(['$: keys ["a"] vs ["a","b"]']);
  });

  it("leaves skipped keys out on both sides and applies the tolerance given", () => {
    const theirs = { rows: [{ w: "x", btw: 10, d: 1 }] };
    expect(jsonDifferences({ rows: [{ w: "x", d: 1.001 }] }, theirs, { skipKeys: new Set(["btw"]), tolerance: 0.01 })).toEqual([]);
    expect(jsonDifferences({ rows: [{ w: "x", d: 1.001 }] }, theirs, { skipKeys: new Set(["btw"]) })).toEqual(["$.rows[0].d: 1.001 vs 1"]);
  });
});

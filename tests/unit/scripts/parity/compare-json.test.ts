import { describe, expect, it } from "vitest";
import { compareJson } from "../../../../scripts/parity/compare-json.ts";

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
});

import { describe, expect, it } from "vitest";
import { shortReferenceFull, uniqueShortReferences } from "../../../analyses/normalize/short-reference.ts";

describe("shortReferenceFull (spec §1.5)", () => {
  const base = { AU: "TOH ML;SMITH J", PY: 2026, J9: "SURV REV", JI: "SURV. REV.", SO: "SURVEY REVIEW" };
  it("uses the first author, the year and J9", () => {
    expect(shortReferenceFull(base, true)).toBe("TOH ML, 2026, SURV REV");
  });
  it("falls back to JI without dots, then SO, and prints missing values as NA", () => {
    expect(shortReferenceFull({ ...base, J9: null }, true)).toBe("TOH ML, 2026, SURV REV");
    expect(shortReferenceFull({ ...base, J9: null, JI: null }, true)).toBe("TOH ML, 2026, SURVEY REVIEW");
    expect(shortReferenceFull({ ...base, AU: null, PY: null }, true)).toBe("NA, NA, SURV REV");
    expect(shortReferenceFull({ AU: "A B", PY: 2000, J9: null, JI: null, SO: null }, true)).toBe("A B, 2000, NA");
  });
  it("without a J9 column uses JI (or SO) with dots turned to spaces", () => {
    expect(shortReferenceFull({ ...base, J9: "IGNORED" }, false)).toBe("TOH ML, 2026, SURV REV");
    expect(shortReferenceFull({ ...base, JI: null }, false)).toBe("TOH ML, 2026, SURVEY REVIEW");
  });
  it("turns commas in the author into spaces and collapses white space", () => {
    expect(shortReferenceFull({ ...base, AU: "O'NEIL, C;X" }, true)).toBe("O'NEIL C, 2026, SURV REV");
  });
});

describe("uniqueShortReferences", () => {
  it("suffixes repeats as X, X-a, X-a-b (not X-b)", () => {
    expect(uniqueShortReferences(["X", "Y", "X", "X"])).toEqual(["X", "Y", "X-a", "X-a-b"]);
  });
  it("lets a suffixed label collide with an existing one in a later pass, as R does", () => {
    expect(uniqueShortReferences(["X-a", "X", "X"])).toEqual(["X-a", "X", "X-a-b"]);
    expect(uniqueShortReferences(["X", "X", "X-a"])).toEqual(["X", "X-a", "X-a-b"]);
  });
  it("handles large corpora without quadratic work", () => {
    const labels = Array.from({ length: 20000 }, (_, i) => `A, ${2000 + (i % 20)}, J`);
    const t0 = performance.now();
    const out = uniqueShortReferences(labels);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(new Set(out).size).toBe(20000);
    expect(out[20]).toBe("A, 2000, J-a");
    expect(out[40]).toBe("A, 2000, J-a-b");
    expect(out[27 * 20]).toBe("A, 2000, J-a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-NA");
  });
  it("matches a direct simulation of R's repeated duplicated() passes", () => {
    const simulate = (xs: string[]): string[] => {
      const out = [...xs];
      for (let pass = 1; ; pass++) {
        const seen = new Set<string>();
        const dup = out.map((v) => (seen.has(v) ? true : (seen.add(v), false)));
        if (!dup.includes(true)) return out;
        const l = pass <= 26 ? String.fromCharCode(96 + pass) : "NA";
        dup.forEach((d, i) => d && (out[i] = `${out[i]}-${l}`));
      }
    };
    const pool = ["X", "X-a", "X-a-b", "Y", "X-b", "Y-a"];
    let seed = 7;
    for (let trial = 0; trial < 200; trial++) {
      const xs = Array.from({ length: 12 }, () => pool[(seed = (seed * 1103515245 + 12345) % 2147483648) % pool.length]!);
      expect(uniqueShortReferences(xs)).toEqual(simulate(xs));
    }
  });
});

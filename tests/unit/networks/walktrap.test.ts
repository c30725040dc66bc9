import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasShared, sharedPath } from "../../support/shared.ts";
import { walktrap } from "../../../analyses/networks/walktrap.ts";

/**
 * igraph's cluster_walktrap(steps = 4) reproduced bit for bit: every one of the 468 oracle graphs
 * of spec/data/walktrap-oracles.json (R igraph 2.3.1) must give the same merges, the same
 * modularity vector to the last bit and the same membership.
 */

interface OracleCase {
  group: string;
  name: string;
  n: number;
  edges: [number, number, number][];
  steps: number;
  membership: number[];
  merges: [number, number][];
  modularity: string[];
}

describe("walktrap (hand-checked ring)", () => {
  it("splits two triangles joined by one edge", () => {
    const edges = [
      [0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [3, 5], [2, 3],
    ].map(([from, to]) => ({ from: from!, to: to!, weight: 1 }));
    const r = walktrap(6, edges);
    expect(r.membership.slice(0, 3).every((m) => m === r.membership[0])).toBe(true);
    expect(r.membership.slice(3).every((m) => m === r.membership[3])).toBe(true);
    expect(r.membership[0]).not.toBe(r.membership[3]);
  });
});

describe.skipIf(!hasShared)("walktrap equals igraph on the 468 oracle graphs", () => {
  const cases: OracleCase[] = hasShared
    ? (JSON.parse(readFileSync(sharedPath("spec", "data", "walktrap-oracles.json"), "utf8")) as { cases: OracleCase[] }).cases
    : [];

  it("has all the cases", () => {
    expect(cases.length).toBe(468);
  });

  it.each(cases.map((c, i) => [i, c.group, c.name] as const))("case %i %s %s", (i) => {
    const c = cases[i]!;
    const r = walktrap(
      c.n,
      c.edges.map(([from, to, weight]) => ({ from: from - 1, to: to - 1, weight })),
      c.steps,
    );
    expect(r.merges.map(([a, b]) => [a + 1, b + 1])).toEqual(c.merges);
    expect(r.modularity.map((q) => (Number.isNaN(q) ? "NaN" : q))).toEqual(
      c.modularity.map((s) => (s === "NaN" ? "NaN" : Number.parseFloat(s))),
    );
    expect(r.membership.map((m) => m + 1)).toEqual(c.membership);
  });
});

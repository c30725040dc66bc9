import { describe, expect, it } from "vitest";
import { pageRank } from "../../../analyses/networks/prpack.ts";
import type { WeightedEdge } from "../../../analyses/networks/walktrap.ts";

/** A seeded random undirected graph: n vertices, each pair linked with probability p, weights 1-5. */
function randomGraph(n: number, p: number, seed: number): WeightedEdge[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const edges: WeightedEdge[] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (next() < p) edges.push({ from: a, to: b, weight: 1 + Math.floor(next() * 5) });
  return edges;
}

/** The textbook definition, iterated far past convergence: teleport and dangling mass spread uniformly. */
function powerIteration(n: number, edges: readonly WeightedEdge[], alpha = 0.85): number[] {
  const strength = new Array<number>(n).fill(0);
  for (const e of edges) {
    strength[e.from]! += e.weight;
    strength[e.to]! += e.weight;
  }
  let pr = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 2000; iter++) {
    const dangling = pr.reduce((sum, x, v) => (strength[v] === 0 ? sum + x : sum), 0);
    const next = new Array<number>(n).fill((1 - alpha) / n + (alpha * dangling) / n);
    for (const e of edges) {
      next[e.to]! += (alpha * pr[e.from]! * e.weight) / strength[e.from]!;
      next[e.from]! += (alpha * pr[e.to]! * e.weight) / strength[e.to]!;
    }
    pr = next;
  }
  return pr;
}

describe("PageRank as igraph's PRPACK computes it", () => {
  it.each([
    ["Gaussian elimination (fewer than 128 vertices)", 60, 0.15],
    ["Gauss-Seidel over components (128 or more)", 200, 0.05],
  ] as const)("%s: the PageRank of the definition, summing to 1", (_, n, p) => {
    const edges = randomGraph(n, p, 7 * n);
    const pr = pageRank(n, edges);
    const reference = powerIteration(n, edges);
    expect(pr).toHaveLength(n);
    expect(Math.abs(pr.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-14);
    pr.forEach((x, v) => expect(Math.abs(x - reference[v]!)).toBeLessThan(1e-12));
  });

  it("handles several components, isolated vertices and zero weights (left out, as igraph does)", () => {
    // Vertices 0-99 and 100-159 in two random components, 160-169 isolated, one zero-weight edge.
    const first = randomGraph(100, 0.08, 3);
    const second = randomGraph(60, 0.1, 5).map((e) => ({ ...e, from: e.from + 100, to: e.to + 100 }));
    const edges = [...first, ...second, { from: 0, to: 165, weight: 0 }];
    const n = 170;
    const pr = pageRank(n, edges);
    const reference = powerIteration(n, [...first, ...second]);
    pr.forEach((x, v) => expect(Math.abs(x - reference[v]!)).toBeLessThan(1e-12));
    // An isolated vertex gets the teleport share plus its share of the dangling mass, nothing else.
    expect(pr[165]).toBeCloseTo(pr[160]!, 15);
    expect(pr[160]!).toBeLessThan(Math.min(...pr.slice(0, 160)));
  });

  it("returns nothing for an empty graph and 1/n for a graph without edges", () => {
    expect(pageRank(0, [])).toEqual([]);
    expect(pageRank(3, [])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    pageRank(200, []).forEach((x) => expect(x).toBeCloseTo(1 / 200, 17));
  });
});

import { Network } from "networkanalysis-ts";
import type { SymmetricMatrix } from "./count-matrix.ts";
import type { WeightedEdge } from "./walktrap.ts";

/**
 * The analysis graph of networkPlot with weighted = TRUE (spec §5 step 3): one undirected edge per
 * non-zero off-diagonal pair with the raw count as weight, loops removed, optionally isolates
 * removed. Vertex order = matrix order, which decides walktrap's ties and cluster numbers.
 */
export interface WeightedGraph {
  labels: string[];
  /** For each vertex, its row in the source matrix. */
  matrixIndex: number[];
  /** Edges with from < to, in row-major matrix order. */
  edges: WeightedEdge[];
}

export function graphFromCounts(m: SymmetricMatrix, options: { removeIsolates: boolean }): WeightedGraph {
  const keep: number[] = [];
  m.rows.forEach((row, i) => {
    let linked = false;
    for (const [j, v] of row) if (j !== i && v !== 0) linked = true;
    if (linked || !options.removeIsolates) keep.push(i);
  });
  const vertexOf = new Map(keep.map((i, v) => [i, v]));
  const edges: WeightedEdge[] = [];
  keep.forEach((i, v) => {
    const cols = [...m.rows[i]!.keys()].filter((j) => j > i && m.rows[i]!.get(j) !== 0).sort((a, b) => a - b);
    for (const j of cols) {
      const u = vertexOf.get(j);
      if (u !== undefined) edges.push({ from: v, to: u, weight: m.rows[i]!.get(j)! });
    }
  });
  return { labels: keep.map((i) => m.labels[i]!), matrixIndex: keep, edges };
}

/** Per vertex: neighbours and weights (both directions). */
export function adjacency(n: number, edges: readonly WeightedEdge[]): { to: number[]; w: number[] }[] {
  const adj = Array.from({ length: n }, () => ({ to: [] as number[], w: [] as number[] }));
  for (const e of edges) {
    adj[e.from]!.to.push(e.to);
    adj[e.from]!.w.push(e.weight);
    if (e.to !== e.from) {
      adj[e.to]!.to.push(e.from);
      adj[e.to]!.w.push(e.weight);
    }
  }
  return adj;
}

/** Weighted Newman modularity of a partition (resolution 1), as igraph::modularity(g, membership, weights). */
export function modularity(n: number, edges: readonly WeightedEdge[], membership: readonly number[]): number {
  let W = 0;
  const k = Math.max(0, ...membership) + 1;
  const inside = new Float64Array(k);
  const strength = new Float64Array(k);
  for (const e of edges) {
    W += e.weight;
    const a = membership[e.from]!;
    const b = membership[e.to]!;
    if (a === b) inside[a]! += e.weight;
    strength[a]! += e.weight;
    strength[b]! += e.weight;
  }
  if (W === 0 || n === 0) return Number.NaN;
  let Q = 0;
  for (let c = 0; c < k; c++) Q += inside[c]! / W - (strength[c]! / (2 * W)) ** 2;
  return Q;
}

/** The graph as networkanalysis-ts's Network (Leiden and the VOS layout), node weights = strengths. */
export function cwtsNetwork(g: WeightedGraph): Network {
  return new Network({
    nNodes: g.labels.length,
    setNodeWeightsToTotalEdgeWeights: true,
    edges: [g.edges.map((e) => e.from), g.edges.map((e) => e.to)],
    edgeWeights: g.edges.map((e) => e.weight),
    sortedEdges: false,
    checkIntegrity: false,
  });
}

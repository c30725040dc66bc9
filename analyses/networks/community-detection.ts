import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { Clustering, LeidenAlgorithm } from "networkanalysis-ts";
import { Random } from "networkanalysis-ts/utils/index.js";
import type { WeightedGraph } from "./graph.ts";
import { cwtsNetwork, modularity } from "./graph.ts";
import { walktrap } from "./walktrap.ts";

/**
 * Community detection as bibliometrix's networkPlot runs it (spec §5 step 8). Walktrap is igraph's
 * to the bit. Louvain and Leiden cannot reproduce igraph's (R's RNG drives its vertex order), so
 * they are seeded here and reproducible run to run, with bibliometrix's rule: 10 runs with seeds
 * seed .. seed+9, keep the partition of strictly highest modularity (first wins ties).
 */

export type ClusterAlgorithm = "walktrap" | "louvain" | "leiden" | "none";

export interface CommunityOptions {
  algorithm: ClusterAlgorithm;
  seed?: number;
  /** Leiden's resolution; bibliometrix passes 0.75. Louvain always uses 1. */
  resolution?: number;
}

export interface Communities {
  /** 0-based cluster per vertex. */
  membership: number[];
  /** Weighted modularity of the partition. */
  modularity: number;
}

/** A small seeded generator (mulberry32), so runs are reproducible without a global RNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Clusters numbered by first appearance along the vertex order (igraph's Louvain numbering). */
function renumberByFirstAppearance(membership: readonly number[]): number[] {
  const map = new Map<number, number>();
  return membership.map((c) => {
    if (!map.has(c)) map.set(c, map.size);
    return map.get(c)!;
  });
}

function louvainOnce(g: WeightedGraph, seed: number): number[] {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  g.labels.forEach((_, v) => graph.addNode(String(v)));
  for (const e of g.edges) graph.mergeUndirectedEdge(String(e.from), String(e.to), { weight: e.weight });
  const parts = louvain(graph, { rng: seededRandom(seed), resolution: 1, getEdgeWeight: "weight" });
  return g.labels.map((_, v) => parts[String(v)]!);
}

function leidenOnce(g: WeightedGraph, seed: number, resolution: number): number[] {
  const n = g.labels.length;
  const network = cwtsNetwork(g);
  // Modularity as a CPM quality with node weights = strengths and resolution / 2W (networkanalysis' convention).
  const res = resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
  const algorithm = new LeidenAlgorithm();
  algorithm.initializeBasedOnResolutionAndNIterationsAndRandomnessAndRandom(res, 3, 0.01, new Random(seed));
  const clustering = new Clustering({ nNodes: n });
  algorithm.improveClustering(network, clustering);
  return clustering.getClusters();
}

export function detectCommunities(g: WeightedGraph, options: CommunityOptions): Communities {
  const n = g.labels.length;
  if (n === 0) return { membership: [], modularity: Number.NaN };
  if (options.algorithm === "none") {
    const membership = new Array<number>(n).fill(0);
    return { membership, modularity: modularity(n, g.edges, membership) };
  }
  if (options.algorithm === "walktrap") {
    const membership = walktrap(n, g.edges).membership;
    return { membership, modularity: modularity(n, g.edges, membership) };
  }
  const seed = options.seed ?? 1234;
  let best: Communities | null = null;
  for (let run = 0; run < 10; run++) {
    const raw = options.algorithm === "louvain" ? louvainOnce(g, seed + run) : leidenOnce(g, seed + run, options.resolution ?? 0.75);
    const membership = renumberByFirstAppearance(raw);
    const q = modularity(n, g.edges, membership);
    if (best === null || q > best.modularity) best = { membership, modularity: q };
  }
  return best!;
}

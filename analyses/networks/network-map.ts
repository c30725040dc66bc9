import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { notAvailable, type NotAvailable } from "../descriptives/availability.ts";
import type { Thesaurus } from "../words/thesaurus.ts";
import { biblioNetwork, FieldNotAvailableError } from "./bibliometric-network.ts";
import { pageRank } from "./centrality.ts";
import { detectCommunities } from "./community-detection.ts";
import { cell, diagonal } from "./count-matrix.ts";
import { graphFromCounts } from "./graph.ts";
import { normalizeSimilarity } from "./similarity.ts";
import { vosLayout } from "./vos-layout.ts";

/**
 * A network map as biblioshiny draws it (networkPlot): the n most frequent items, links weighted by
 * co-occurrence, normalised (association by default) for clustering, clusters, and a seeded VOS
 * layout so the map is the same on every build.
 */
export const networkMapParamsSchema = z
  .object({
    analysis: z.enum(["co-occurrences", "co-citation", "collaboration", "coupling"]).default("co-occurrences"),
    /** biblioNetwork's `network`: keywords (ID), author_keywords (DE), authors, countries, sources, references… */
    network: z.string().min(1).default("keywords"),
    /** Items on the map (biblioshiny's default 50). */
    n: z.number().int().min(2).max(1000).default(50),
    normalize: z.enum(["association", "inclusion", "jaccard", "salton", "equivalence"]).default("association"),
    cluster: z.enum(["walktrap", "louvain", "leiden", "none"]).default("walktrap"),
    seed: z.number().int().default(1234),
  })
  .strict();
export type NetworkMapParams = z.infer<typeof networkMapParamsSchema>;

export interface NetworkMap {
  status: "ok";
  field: string;
  params: NetworkMapParams;
  nodes: { label: string; occurrences: number; cluster: number; pageRank: number; x: number; y: number }[];
  /** Links between map items: raw co-occurrence count and normalised strength. */
  edges: { source: number; target: number; count: number; strength: number }[];
  /** Per cluster (1-based as in bibliometrix): its most frequent item as label, and its size. */
  clusters: { id: number; label: string; size: number }[];
  modularity: number;
}

export function networkMap(records: readonly BibRecord[], input: Partial<NetworkMapParams> = {}, thesaurus?: Thesaurus): NetworkMap | NotAvailable {
  const params = networkMapParamsSchema.parse(input);
  let counts;
  try {
    counts = biblioNetwork(records, { analysis: params.analysis, network: params.network, n: params.n, ...(thesaurus ? { thesaurus } : {}) });
  } catch (error) {
    if (error instanceof FieldNotAvailableError) return notAvailable(error.field);
    throw error;
  }
  const matrix = normalizeSimilarity(counts.matrix, params.normalize);
  const g = graphFromCounts(matrix, { removeIsolates: true });
  if (g.labels.length === 0) return notAvailable(counts.field);
  const communities = detectCommunities(g, { algorithm: params.cluster, seed: params.seed });
  const occurrences = diagonal(counts.matrix);
  const ranks = pageRank(g.labels.length, g.edges);
  const layout = vosLayout(g, { seed: params.seed });
  const nodes = g.labels.map((label, v) => ({
    label,
    occurrences: occurrences[g.matrixIndex[v]!]!,
    cluster: communities.membership[v]! + 1,
    pageRank: ranks[v]!,
    x: layout[v]!.x,
    y: layout[v]!.y,
  }));
  const edges = g.edges.map((e) => ({
    source: e.from,
    target: e.to,
    count: cell(counts.matrix, g.matrixIndex[e.from]!, g.matrixIndex[e.to]!),
    strength: e.weight,
  }));
  const clusters = new Map<number, { id: number; label: string; size: number; best: number }>();
  for (const node of nodes) {
    const c = clusters.get(node.cluster) ?? { id: node.cluster, label: node.label, size: 0, best: -1 };
    c.size++;
    if (node.occurrences > c.best) Object.assign(c, { label: node.label, best: node.occurrences });
    clusters.set(node.cluster, c);
  }
  return {
    status: "ok",
    field: counts.field,
    params,
    nodes,
    edges,
    clusters: [...clusters.values()].sort((a, b) => a.id - b.id).map(({ id, label, size }) => ({ id, label, size })),
    modularity: communities.modularity,
  };
}

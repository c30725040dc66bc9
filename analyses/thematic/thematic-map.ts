import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { fieldValue } from "../words/field-values.ts";
import { thesaurusFromParams } from "../words/thesaurus.ts";
import { rAsCharacter, rRound, rToLower } from "../util/r-semantics.ts";
import { docItemMatrix } from "../networks/doc-item-matrix.ts";
import { asSparseRows, crossprod, diagonal, type SymmetricMatrix } from "../networks/count-matrix.ts";
import { normalizeSimilarity } from "../networks/similarity.ts";
import { graphFromCounts } from "../networks/graph.ts";
import { detectCommunities } from "../networks/community-detection.ts";
import { pageRank, pathCentralities } from "../networks/centrality.ts";
import { FieldNotAvailableError } from "../networks/bibliometric-network.ts";

/**
 * bibliometrix's thematicMap (spec §6): a co-word network of the n most frequent keywords,
 * clustered, each cluster placed by Callon centrality (links to other clusters) and density
 * (links inside). By default the numbers are bibliometrix's own, including its one-sided
 * centrality and its density with self-associations (spec §6.4, §11.1-2); `measures: "callon"`
 * gives the textbook symmetric values instead. Both are always computed and returned.
 */

export const thematicMapParamsSchema = z
  .object({
    /** Keyword field: ID (Keywords Plus), DE (author keywords), KW_Merged, or TI/AB terms. */
    field: z.enum(["ID", "DE", "KW_Merged", "TI", "AB"]).default("ID"),
    /** Number of most frequent items in the network. */
    n: z.number().int().positive().default(250),
    /** Minimum word occurrences per thousand documents; the threshold is max(2, floor(minFreq * N / 1000)). */
    minFreq: z.number().nonnegative().default(5),
    /** bibliometrix's function default is louvain; walktrap is bibliosite's (deterministic, igraph-exact). */
    cluster: z.enum(["walktrap", "louvain", "leiden", "none"]).default("walktrap"),
    /** Weight of the within-cluster share against PageRank in word scores. */
    alpha: z.number().min(0).max(1).default(0.5),
    /** Words in a cluster's full name. */
    nLabels: z.number().int().positive().default(1),
    seed: z.number().int().default(1234),
    /** Which centrality/density the result's main columns hold (both are always computed). */
    measures: z.enum(["bibliometrix", "callon"]).default("bibliometrix"),
    /** bibliometrix `synonyms`: each entry "PREFERRED;SYNONYM;...". */
    synonyms: z.array(z.string()).default([]),
    /** bibliometrix `remove.terms`. */
    removeTerms: z.array(z.string()).default([]),
  })
  .strict();

export type ThematicMapParams = z.infer<typeof thematicMapParamsSchema>;
export type ThematicMapParamsInput = z.input<typeof thematicMapParamsSchema>;

export type Quadrant = "Motor Themes" | "Basic Themes" | "Niche Themes" | "Emerging or Declining Themes" | "on axis";
export type Side = "high" | "low" | "axis";

export interface ThematicWord {
  /** Lower-case keyword. */
  word: string;
  /** Documents containing the word (bibliometrix "Occurrences"). */
  occurrences: number;
  /** Cluster number 1..k (clusters in increasing community id). */
  cluster: number;
  clusterLabel: string;
  /** PageRank in the co-word network (bibliometrix's mislabelled "Cluster_Frequency"). */
  pageRank: number;
  /** Share of the cluster's occurrences, over all its words before the threshold (bibliometrix's "Cluster_PageRank"). */
  clusterShare: number;
  /** 100 * (alpha * clusterShare + (1 - alpha) * pageRank). */
  score: number;
  /** The cluster's frequency (bibliometrix "Freq"). */
  clusterFrequency: number;
  betweenness: number;
  closeness: number;
}

export interface ThematicCluster {
  /** 1..k in increasing community id (the words table's cluster number). */
  group: number;
  /** The community id of the clustering, 1-based (bibliometrix's membership_group). */
  communityId: number;
  label: string;
  /** The nLabels best-scored words, joined by a line break. */
  nameFull: string;
  /** Words kept (occurrences >= threshold). */
  n: number;
  /** The selected measure (see params.measures). */
  centrality: number;
  density: number;
  rankCentrality: number;
  rankDensity: number;
  /** bibliometrix's values: centrality one-sided, density with self-associations (spec §6.4). */
  centralityBibliometrix: number;
  densityBibliometrix: number;
  /** Textbook Callon values: all external links, internal pairs only. */
  centralityCallon: number;
  densityCallon: number;
  /** Sum of the occurrences of the kept words. */
  freq: number;
  /** Up to 10 kept words by score. */
  topWords: { word: string; score: number }[];
  quadrant: Quadrant;
  centralitySide: Side;
  densitySide: Side;
}

export interface ThematicMapResult {
  params: ThematicMapParams;
  documents: number;
  /** The absolute word threshold max(2, floor(minFreq * N / 1000)). */
  minFreqEffective: number;
  networkVertices: number;
  networkEdges: number;
  modularity: number;
  /** Mean rank on each axis, (k + 1) / 2: the quadrant lines. */
  axisOrigin: { centrality: number; density: number };
  clusters: ThematicCluster[];
  words: ThematicWord[];
}

/**
 * The exactly rounded sum (Shewchuk's partials, as Python's math.fsum). bibliometrix sums with
 * R's sum(), which accumulates in 80-bit long double: for the short positive sums here that is the
 * exactly rounded sum, so clusters tie (same rank) exactly where they tie in R.
 */
export function exactSum(xs: readonly number[]): number {
  const partials: number[] = [];
  for (let x of xs) {
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n]!;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Half-way case: the remaining partials decide the direction (as fsum).
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/** R's rank() with average ties (exact comparison, as R). */
export function averageRanks(xs: readonly number[]): number[] {
  const idx = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]! || a - b);
  const ranks = new Array<number>(xs.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && xs[idx[j + 1]!] === xs[idx[i]!]) j++;
    for (let k = i; k <= j; k++) ranks[idx[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return ranks;
}

/**
 * Scores compared exactly, as R's order() compares them: PageRank is bit for bit igraph's (prpack.ts),
 * so two words whose scores differ in the last bit are ordered as bibliometrix orders them, and
 * only exactly equal scores keep matrix order.
 */
function scoreGreater(a: number, b: number): boolean {
  return a > b;
}

function side(x: number, mean: number): Side {
  return x > mean ? "high" : x < mean ? "low" : "axis";
}

function quadrantOf(c: Side, d: Side): Quadrant {
  if (c === "axis" || d === "axis") return "on axis";
  if (c === "high") return d === "high" ? "Motor Themes" : "Basic Themes";
  return d === "high" ? "Niche Themes" : "Emerging or Declining Themes";
}

/** The documents' values of the analysed field; TI/AB need the term-extraction columns TI_TM/AB_TM. */
function analysedValues(records: readonly BibRecord[], field: ThematicMapParams["field"]): (string | null)[] {
  const tag = field === "TI" ? "TI_TM" : field === "AB" ? "AB_TM" : field;
  const values = records.map((r) => fieldValue(r, tag));
  if (!values.some((v) => v !== null && v.trim() !== "" && v !== "NA")) {
    if (tag.endsWith("_TM")) throw new FieldNotAvailableError(tag, `thematic map of ${field} terms (term extraction has not produced ${tag})`);
    throw new FieldNotAvailableError(field, "thematic map: no document has keywords in this field");
  }
  return values;
}

/** Co-word counts of the top n items, labels lower-cased (spec §6.3 step 1, §5 step 1). */
export function coWordMatrix(records: readonly BibRecord[], params: ThematicMapParams): SymmetricMatrix {
  const W = docItemMatrix(analysedValues(records, params.field), {
    n: params.n,
    thesaurus: thesaurusFromParams(params.synonyms, params.removeTerms),
  });
  return crossprod(asSparseRows(W), W.items.map(rToLower));
}

export function thematicMap(records: readonly BibRecord[], input: ThematicMapParamsInput = {}): ThematicMapResult {
  const params = thematicMapParamsSchema.parse(input);
  const N = records.length;
  const minFreqEffective = Math.max(2, Math.floor((params.minFreq * N) / 1000));
  const C = coWordMatrix(records, params);
  const occ = diagonal(C);
  const S = normalizeSimilarity(C, "association");
  const G = graphFromCounts(C, { removeIsolates: true });
  const nV = G.labels.length;
  const empty: ThematicMapResult = {
    params,
    documents: N,
    minFreqEffective,
    networkVertices: nV,
    networkEdges: G.edges.length,
    modularity: Number.NaN,
    axisOrigin: { centrality: Number.NaN, density: Number.NaN },
    clusters: [],
    words: [],
  };
  if (nV === 0) return empty;

  const { membership, modularity } = detectCommunities(G, { algorithm: params.cluster, seed: params.seed });
  const pr = pageRank(nV, G.edges);
  const { betweenness: btw, closeness: clo } = pathCentralities(nV, G.edges);
  const vOcc = G.matrixIndex.map((i) => occ[i]!);

  // Shares and scores use every member of a cluster; the threshold applies afterwards (§6.3 5-6).
  const groupIds = [...new Set(membership)].sort((a, b) => a - b);
  const clusterOcc = new Map<number, number>();
  membership.forEach((g, v) => clusterOcc.set(g, (clusterOcc.get(g) ?? 0) + vOcc[v]!));
  const share = membership.map((g, v) => vOcc[v]! / clusterOcc.get(g)!);
  const score = share.map((s, v) => 100 * (params.alpha * s + (1 - params.alpha) * pr[v]!));
  const kept = (v: number): boolean => vOcc[v]! >= minFreqEffective;

  const surviving = groupIds.filter((g) => membership.some((m, v) => m === g && kept(v)));
  if (surviving.length === 0) return { ...empty, modularity };
  const number = new Map(surviving.map((g, i) => [g, i + 1]));

  // Callon sums over the association matrix, kept words only, in matrix order (vertex order).
  const keptVertices = G.labels.map((_, v) => v).filter(kept);
  const k = surviving.length;
  const oneSided: number[][] = Array.from({ length: k }, () => []);
  const external: number[][] = Array.from({ length: k }, () => []);
  const internal: number[][] = Array.from({ length: k }, () => []);
  const selfAssoc: number[][] = Array.from({ length: k }, () => []);
  for (let a = 0; a < keptVertices.length; a++) {
    const vi = keptVertices[a]!;
    const gi = number.get(membership[vi]!)! - 1;
    const row = S.rows[G.matrixIndex[vi]!]!;
    selfAssoc[gi]!.push(row.get(G.matrixIndex[vi]!) ?? 0);
    for (let b = 0; b < keptVertices.length; b++) {
      if (b === a) continue;
      const vj = keptVertices[b]!;
      const s = row.get(G.matrixIndex[vj]!) ?? 0;
      if (s === 0) continue;
      const gj = number.get(membership[vj]!)! - 1;
      if (gj === gi) {
        if (b > a) internal[gi]!.push(s);
      } else {
        external[gi]!.push(s);
        if (b > a) oneSided[gi]!.push(s);
      }
    }
  }

  const drafts = surviving.map((g, gi) => {
    const members = G.labels.map((_, v) => v).filter((v) => membership[v] === g && kept(v));
    let labelVertex = members[0]!;
    for (const v of members) if (scoreGreater(score[v]!, score[labelVertex]!)) labelVertex = v;
    const byScore = [...members].sort((x, y) => (scoreGreater(score[x]!, score[y]!) ? -1 : scoreGreater(score[y]!, score[x]!) ? 1 : x - y));
    const n = members.length;
    return {
      group: gi + 1,
      communityId: g + 1,
      members,
      label: G.labels[labelVertex]!,
      nameFull: byScore.slice(0, params.nLabels).map((v) => G.labels[v]!).join("\n"),
      n,
      centralityBibliometrix: exactSum(oneSided[gi]!),
      // bibliometrix divides each term by n, sums, then multiplies by 100.
      densityBibliometrix: exactSum([...selfAssoc[gi]!, ...internal[gi]!].map((x) => x / n)) * 100,
      centralityCallon: exactSum(external[gi]!),
      densityCallon: (100 * exactSum(internal[gi]!)) / n,
      freq: members.reduce((s, v) => s + vOcc[v]!, 0),
      topWords: byScore.slice(0, 10).map((v) => ({ word: G.labels[v]!, score: score[v]! })),
    };
  });
  const useCallon = params.measures === "callon";
  const centrality = drafts.map((d) => (useCallon ? d.centralityCallon : d.centralityBibliometrix));
  const density = drafts.map((d) => (useCallon ? d.densityCallon : d.densityBibliometrix));
  const rc = averageRanks(centrality);
  const rd = averageRanks(density);
  const origin = (k + 1) / 2;

  const clusters: ThematicCluster[] = drafts.map((d, i) => {
    const cs = side(rc[i]!, origin);
    const ds = side(rd[i]!, origin);
    const { members: _members, ...rest } = d;
    return {
      ...rest,
      centrality: centrality[i]!,
      density: density[i]!,
      rankCentrality: rc[i]!,
      rankDensity: rd[i]!,
      quadrant: quadrantOf(cs, ds),
      centralitySide: cs,
      densitySide: ds,
    };
  });
  const words: ThematicWord[] = drafts.flatMap((d) =>
    d.members.map((v) => ({
      word: G.labels[v]!,
      occurrences: vOcc[v]!,
      cluster: d.group,
      clusterLabel: d.label,
      pageRank: pr[v]!,
      clusterShare: share[v]!,
      score: score[v]!,
      clusterFrequency: d.freq,
      betweenness: btw[v]!,
      closeness: clo[v]!,
    })),
  );
  return { ...empty, modularity, axisOrigin: { centrality: origin, density: origin }, clusters, words };
}

// ---------------------------------------------------------------------------------------------
// bibliometrix-compatible output (the shape of the oracle's thematic-map-<field>.json)

export interface BibliometrixThematicMapCluster {
  membership_group: number;
  top_words_with_score: string;
  name_full: string;
  n: number;
  centrality: number;
  density: number;
  rcentrality: number;
  rdensity: number;
  label: string;
  freq: number;
  quadrant: Quadrant;
  centrality_side: Side;
  density_side: Side;
}

export interface BibliometrixThematicMapWord {
  Occurrences: number;
  Words: string;
  Cluster: number;
  Cluster_Label: string;
  /** Holds the word's PageRank (bibliometrix's column name, kept for comparison). */
  Cluster_Frequency: number;
  /** Holds the word's share of its cluster's occurrences. */
  Cluster_PageRank: number;
  Score: number;
  Freq: number;
  btw_centrality: number;
  clos_centrality: number;
  pagerank_centrality: number;
}

export interface BibliometrixThematicMapCore {
  nclust: number;
  axisOrigin: { mean_rcentrality: number; mean_rdensity: number };
  modularity: number;
  n_network_vertices: number;
  n_network_edges: number;
  clusters: BibliometrixThematicMapCluster[];
  words: BibliometrixThematicMapWord[];
}

export type BibliometrixThematicMap =
  | ({ field: string; n: number; minfreq_per_thousand: number; cluster: string; seed: number; minfreq_effective: number } & BibliometrixThematicMapCore & {
      params: { params: string; values: string }[];
    })
  | { field: string; n: number; minfreq_per_thousand: number; cluster: string; seed: number; error: "no result" };

export function toBibliometrixClusters(result: ThematicMapResult): BibliometrixThematicMapCore {
  return {
    nclust: result.clusters.length,
    axisOrigin: { mean_rcentrality: result.axisOrigin.centrality, mean_rdensity: result.axisOrigin.density },
    modularity: result.modularity,
    n_network_vertices: result.networkVertices,
    n_network_edges: result.networkEdges,
    clusters: result.clusters.map((c) => ({
      membership_group: c.communityId,
      top_words_with_score: c.topWords.map((w) => `${w.word} ${rAsCharacter(rRound(w.score, 1))}`).join("\n"),
      name_full: c.nameFull,
      n: c.n,
      centrality: c.centrality,
      density: c.density,
      rcentrality: c.rankCentrality,
      rdensity: c.rankDensity,
      label: c.label,
      freq: c.freq,
      quadrant: c.quadrant,
      centrality_side: c.centralitySide,
      density_side: c.densitySide,
    })),
    words: result.words.map((w) => ({
      Occurrences: w.occurrences,
      Words: w.word,
      Cluster: w.cluster,
      Cluster_Label: w.clusterLabel,
      Cluster_Frequency: w.pageRank,
      Cluster_PageRank: w.clusterShare,
      Score: w.score,
      Freq: w.clusterFrequency,
      btw_centrality: w.betweenness,
      clos_centrality: w.closeness,
      pagerank_centrality: w.pageRank,
    })),
  };
}

/**
 * bibliometrix's params table of thematicMap (cosmetic parameters at their function defaults).
 * `minFreqEffective` null: the table thematicEvolution gives each period, which has no minfreq row.
 */
export function paramsTable(
  p: Pick<ThematicMapParams, "field" | "n" | "nLabels" | "cluster">,
  minFreqEffective: number | null,
): { params: string; values: string }[] {
  return [
    { params: "field", values: p.field },
    { params: "n", values: String(p.n) },
    ...(minFreqEffective === null ? [] : [{ params: "minfreq", values: String(minFreqEffective) }]),
    { params: "ngrams", values: "1" },
    { params: "stemming", values: "FALSE" },
    { params: "size", values: "0.5" },
    { params: "n.labels", values: String(p.nLabels) },
    { params: "community.repulsion", values: "0.5" },
    { params: "repel", values: "TRUE" },
    { params: "cluster", values: p.cluster },
  ];
}

export function toBibliometrixThematicMap(result: ThematicMapResult): BibliometrixThematicMap {
  const p = result.params;
  const head = { field: p.field, n: p.n, minfreq_per_thousand: p.minFreq, cluster: p.cluster, seed: p.seed };
  if (result.clusters.length === 0) return { ...head, error: "no result" };
  const core = toBibliometrixClusters(result);
  return {
    ...head,
    nclust: core.nclust,
    minfreq_effective: result.minFreqEffective,
    axisOrigin: core.axisOrigin,
    modularity: core.modularity,
    n_network_vertices: core.n_network_vertices,
    n_network_edges: core.n_network_edges,
    clusters: core.clusters,
    words: core.words,
    params: paramsTable(p, result.minFreqEffective),
  };
}

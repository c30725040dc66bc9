import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { codePointCompare } from "../util/r-semantics.ts";
import {
  paramsTable,
  thematicMap,
  thematicMapParamsSchema,
  toBibliometrixClusters,
  type BibliometrixThematicMapCore,
  type ThematicMapResult,
} from "./thematic-map.ts";

/**
 * bibliometrix's thematicEvolution (spec §7): the corpus cut into periods, a thematic map per
 * period, and links between the themes of consecutive periods weighted by the keywords they share.
 * bibliometrix computes Inclusion and Stability with |shared words| = 1 (spec §7.4, §11.5);
 * `measures: "cobo"` gives Cobo et al.'s intended values in the Inclusion/Stability columns.
 * Both are always returned per link.
 */

/** The parameters each period's thematic map takes are validated by the map's own rules. */
const mapParam = thematicMapParamsSchema.shape;

export const thematicEvolutionParamsSchema = z
  .object({
    field: mapParam.field,
    /** Cut years: slice k holds cut(k-1) < PY <= cut(k); strictly increasing, within [min PY, max PY - 1]. */
    years: z.array(z.number().int()).min(1),
    n: mapParam.n,
    /** Per thousand documents of each slice (bibliometrix's thematicEvolution default 2). */
    minFreq: z.number().nonnegative().default(2),
    cluster: mapParam.cluster,
    nLabels: mapParam.nLabels,
    seed: mapParam.seed,
    /** Weight of weighted inclusion against the PageRank index in lineage strength. */
    alpha: mapParam.alpha,
    /** "bibliometrix": Inclusion = 1/min(len), Stability = 1/(lenA+lenB-1); "cobo": the published definitions. */
    measures: z.enum(["bibliometrix", "cobo"]).default("bibliometrix"),
    synonyms: mapParam.synonyms,
    removeTerms: mapParam.removeTerms,
  })
  .strict();

export type ThematicEvolutionParams = z.infer<typeof thematicEvolutionParamsSchema>;
export type ThematicEvolutionParamsInput = z.input<typeof thematicEvolutionParamsSchema>;

export class ThematicEvolutionError extends Error {
  constructor(message: string) {
    super(`thematic evolution: ${message}`);
    this.name = "ThematicEvolutionError";
  }
}

export interface EvolutionSlice {
  /** "first-last" of the years actually present. */
  period: string;
  documents: number;
  map: ThematicMapResult;
}

export interface EvolutionLink {
  /** "label--period" of the earlier theme. */
  from: string;
  to: string;
  /** Shared kept words, ";"-joined in the earlier map's words-table order. */
  words: string;
  sharedWords: number;
  /** Sum over shared words of the smaller occurrence count. */
  sum: number;
  incWeighted: number;
  /** The selected measure (params.measures). */
  inclusion: number;
  stability: number;
  inclusionBibliometrix: number;
  stabilityBibliometrix: number;
  inclusionCobo: number;
  stabilityCobo: number;
  /** Occurrences (earlier period) of the first shared word. */
  occ: number;
  tot: number;
  pageRank1: number;
  pageRank2: number;
  pageRankXYTot: number;
  pageRankIndex: number;
  lineageStrength: number;
}

export interface EvolutionNode {
  key: string;
  label: string;
  period: string;
  /** 1-based slice number. */
  slice: number;
  /** Node id as bibliometrix numbers it (first appearance among link sources, then targets). */
  id: number;
  /** The node's largest link `sum`, normalised to total 1 within its period. */
  sum: number;
  freq: number;
}

export interface ThematicEvolutionResult {
  params: ThematicEvolutionParams;
  slices: EvolutionSlice[];
  links: EvolutionLink[];
  /** Themes that take part in at least one link, grouped by period. */
  nodes: EvolutionNode[];
}

/** §7.2: breaks [min PY - 1, cuts..., max PY], left-open right-closed; records without PY dropped. */
function sliceRecords(records: readonly BibRecord[], years: readonly number[]): BibRecord[][] {
  const dated = records.filter((r) => r.PY !== null);
  if (dated.length === 0) throw new ThematicEvolutionError("no document has a publication year");
  const pys = dated.map((r) => r.PY!);
  // Not Math.min(...): spreading a million arguments overflows the stack.
  const minPY = pys.reduce((m, y) => Math.min(m, y), Infinity);
  const maxPY = pys.reduce((m, y) => Math.max(m, y), -Infinity);
  years.forEach((y, i) => {
    if (i > 0 && y <= years[i - 1]!) throw new ThematicEvolutionError(`cut years must be strictly increasing, got ${years.join(", ")}`);
    if (y < minPY || y > maxPY - 1) {
      throw new ThematicEvolutionError(`cut year ${y} is outside ${minPY}-${maxPY - 1} (the corpus spans ${minPY}-${maxPY}; a cut must leave a later year)`);
    }
  });
  const breaks = [minPY - 1, ...years, maxPY];
  const slices: BibRecord[][] = breaks.slice(1).map(() => []);
  for (const r of dated) {
    const k = breaks.findIndex((b, i) => i > 0 && r.PY! <= b) - 1;
    slices[k]!.push(r);
  }
  slices.forEach((s, k) => {
    if (s.length === 0) throw new ThematicEvolutionError(`the period ${breaks[k]! + 1}-${breaks[k + 1]} has no documents`);
  });
  return slices;
}

export function thematicEvolution(records: readonly BibRecord[], input: ThematicEvolutionParamsInput): ThematicEvolutionResult {
  const params = thematicEvolutionParamsSchema.parse(input);
  const parts = sliceRecords(records, params.years);
  if (parts.length < 2) throw new ThematicEvolutionError("at least two periods are needed");
  const slices: EvolutionSlice[] = parts.map((recs) => {
    const pys = recs.map((r) => r.PY!);
    const period = `${pys.reduce((m, y) => Math.min(m, y), Infinity)}-${pys.reduce((m, y) => Math.max(m, y), -Infinity)}`;
    // Slices use alpha 0.5 whatever the evolution's alpha (bibliometrix does not forward it).
    const map = thematicMap(
      recs,
      thematicMapParamsSchema.parse({
        field: params.field,
        n: params.n,
        minFreq: params.minFreq,
        cluster: params.cluster,
        nLabels: params.nLabels,
        seed: params.seed,
        synonyms: params.synonyms,
        removeTerms: params.removeTerms,
      }),
    );
    if (map.clusters.length === 0) throw new ThematicEvolutionError(`no topics in the period ${period}`);
    return { period, documents: recs.length, map };
  });

  const links: EvolutionLink[] = [];
  for (let k = 1; k < slices.length; k++) {
    const A = slices[k - 1]!;
    const B = slices[k]!;
    const pairLinks: EvolutionLink[] = [];
    for (const ca of A.map.clusters) {
      const wa = A.map.words.filter((w) => w.cluster === ca.group);
      const prA = wa.reduce((s, w) => s + w.pageRank, 0);
      for (const cb of B.map.clusters) {
        const wb = new Map(B.map.words.filter((w) => w.cluster === cb.group).map((w) => [w.word, w]));
        const shared = wa.filter((w) => wb.has(w.word));
        if (shared.length === 0) continue;
        const prB = [...wb.values()].reduce((s, w) => s + w.pageRank, 0);
        const sum = shared.reduce((s, w) => s + Math.min(w.occurrences, wb.get(w.word)!.occurrences), 0);
        const tot = Math.min(ca.freq, cb.freq);
        const lenA = ca.n;
        const lenB = cb.n;
        const m = shared.length;
        const pageRank1 = shared.reduce((s, w) => s + w.pageRank, 0);
        const pageRank2 = shared.reduce((s, w) => s + wb.get(w.word)!.pageRank, 0);
        const pageRankXYTot = shared.reduce((s, w) => s + w.pageRank * wb.get(w.word)!.pageRank, 0);
        const pageRankIndex = Math.sqrt(pageRankXYTot / (prA * prB));
        const incWeighted = sum / tot;
        const inclusionBibliometrix = 1 / Math.min(lenA, lenB);
        const stabilityBibliometrix = 1 / (lenA + lenB - 1);
        const inclusionCobo = m / Math.min(lenA, lenB);
        const stabilityCobo = m / (lenA + lenB - m);
        const cobo = params.measures === "cobo";
        pairLinks.push({
          from: `${ca.label}--${A.period}`,
          to: `${cb.label}--${B.period}`,
          words: shared.map((w) => w.word).join(";"),
          sharedWords: m,
          sum,
          incWeighted,
          inclusion: cobo ? inclusionCobo : inclusionBibliometrix,
          stability: cobo ? stabilityCobo : stabilityBibliometrix,
          inclusionBibliometrix,
          stabilityBibliometrix,
          inclusionCobo,
          stabilityCobo,
          occ: shared[0]!.occurrences,
          tot,
          pageRank1,
          pageRank2,
          pageRankXYTot,
          pageRankIndex,
          lineageStrength: params.alpha * incWeighted + (1 - params.alpha) * pageRankIndex,
        });
      }
    }
    // Row order: (earlier label, later label) in C order (dplyr arrange on the labels, not on "label--period").
    const labelOf = (key: string): string => key.slice(0, key.lastIndexOf("--"));
    pairLinks.sort((x, y) => codePointCompare(labelOf(x.from), labelOf(y.from)) || codePointCompare(labelOf(x.to), labelOf(y.to)));
    links.push(...pairLinks);
  }

  // Nodes: ids by first appearance among all sources, then all targets; grouped by period.
  const order = new Map<string, number>();
  for (const l of links) if (!order.has(l.from)) order.set(l.from, order.size);
  for (const l of links) if (!order.has(l.to)) order.set(l.to, order.size);
  const periodIndex = new Map(slices.map((s, i) => [s.period, i]));
  const maxSum = new Map<string, number>();
  for (const l of links) {
    for (const key of [l.from, l.to]) maxSum.set(key, Math.max(maxSum.get(key) ?? 0, l.sum));
  }
  const nodes: EvolutionNode[] = [...order.entries()].map(([key, id]) => {
    const cut = key.lastIndexOf("--");
    const label = key.slice(0, cut);
    const period = key.slice(cut + 2);
    const slice = periodIndex.get(period)!;
    const cluster = slices[slice]!.map.clusters.find((c) => c.label === label)!;
    return { key, label, period, slice: slice + 1, id, sum: maxSum.get(key)!, freq: cluster.freq };
  });
  nodes.sort((a, b) => a.slice - b.slice || a.id - b.id);
  const totals = new Map<number, number>();
  for (const nd of nodes) totals.set(nd.slice, (totals.get(nd.slice) ?? 0) + nd.sum);
  for (const nd of nodes) nd.sum = nd.sum / totals.get(nd.slice)!;
  return { params, slices, links, nodes };
}

// ---------------------------------------------------------------------------------------------
// bibliometrix-compatible output (the shape of the oracle's thematic-evolution-ID.json)

export interface BibliometrixThematicEvolution {
  field: string;
  /** A single cut is a number, as jsonlite writes a length-1 vector. */
  years: number[] | number;
  year_method: string;
  slice_sizes: number[];
  cluster: string;
  n: number;
  minFreq: number;
  seed: number;
  Nodes: { name: string; group: string; label: string; slice: string; id: number; sum: number; freq: number }[];
  Edges: {
    from: number;
    to: number;
    Inclusion: number;
    Inc_Weighted: number;
    Stability: number;
    PageRankIndex: number;
    group: string;
    lineage_strength: number;
  }[];
  Data: {
    CL1: string;
    CL2: string;
    Words: string;
    sum: number;
    Inc_Weighted: number;
    Inc_index: number;
    Occ: number;
    Tot: number;
    Stability: number;
    PageRank1: number;
    PageRank2: number;
    PageRankXYTot: number;
    PageRankIndex: number;
  }[];
  slices: ({ slice: number; minfreq_effective: number[]; params: { params: string; values: string }[] } & BibliometrixThematicMapCore)[];
  params: { params: string; values: string }[];
}

export function toBibliometrixThematicEvolution(result: ThematicEvolutionResult): BibliometrixThematicEvolution {
  const p = result.params;
  const idOf = new Map(result.nodes.map((nd) => [nd.key, nd.id]));
  const sliceParams = paramsTable(p, null);
  return {
    field: p.field,
    years: p.years.length === 1 ? p.years[0]! : p.years,
    year_method: "given",
    slice_sizes: result.slices.map((s) => s.documents),
    cluster: p.cluster,
    n: p.n,
    minFreq: p.minFreq,
    seed: p.seed,
    Nodes: result.nodes.map((nd) => ({ name: nd.label, group: nd.period, label: nd.key, slice: String(nd.slice), id: nd.id, sum: nd.sum, freq: nd.freq })),
    Edges: result.links.map((l) => ({
      from: idOf.get(l.from)!,
      to: idOf.get(l.to)!,
      Inclusion: l.inclusion,
      Inc_Weighted: l.incWeighted,
      Stability: l.stability,
      PageRankIndex: l.pageRankIndex,
      group: l.from,
      lineage_strength: l.lineageStrength,
    })),
    Data: result.links.map((l) => ({
      CL1: l.from,
      CL2: l.to,
      Words: l.words,
      sum: l.sum,
      Inc_Weighted: l.incWeighted,
      Inc_index: l.inclusion,
      Occ: l.occ,
      Tot: l.tot,
      Stability: l.stability,
      PageRank1: l.pageRank1,
      PageRank2: l.pageRank2,
      PageRankXYTot: l.pageRankXYTot,
      PageRankIndex: l.pageRankIndex,
    })),
    // bibliometrix's per-slice maps do not record the effective threshold (an empty vector).
    slices: result.slices.map((s, i) => ({ slice: i + 1, minfreq_effective: [], ...toBibliometrixClusters(s.map), params: sliceParams })),
    params: [
      { params: "field", values: p.field },
      // R's unlist() names a single cut "years", several "years1", "years2", ...
      ...p.years.map((y, i) => ({ params: p.years.length === 1 ? "years" : `years${i + 1}`, values: String(y) })),
      { params: "n", values: String(p.n) },
      { params: "minFreq", values: String(p.minFreq) },
      { params: "size", values: "0.5" },
      { params: "ngrams", values: "1" },
      { params: "stemming", values: "FALSE" },
      { params: "n.labels", values: String(p.nLabels) },
      { params: "repel", values: "TRUE" },
      { params: "cluster", values: p.cluster },
    ],
  };
}

import { describe, expect, it } from "vitest";
import { toyRecords } from "./toy-collection.ts";
import { biblioNetwork } from "../../../analyses/networks/bibliometric-network.ts";
import { cell, type SymmetricMatrix } from "../../../analyses/networks/count-matrix.ts";
import { docItemMatrix, documentItems } from "../../../analyses/networks/doc-item-matrix.ts";
import { normalizeSimilarity } from "../../../analyses/networks/similarity.ts";
import { graphFromCounts } from "../../../analyses/networks/graph.ts";
import { detectCommunities } from "../../../analyses/networks/community-detection.ts";
import { betweenness, closeness, pageRank } from "../../../analyses/networks/centrality.ts";
import { vosLayout } from "../../../analyses/networks/vos-layout.ts";
import { citedReferenceKey, shortReferenceLabels } from "../../../analyses/networks/cited-reference-key.ts";

/** Appendix A.2: the toy DE co-occurrence matrix, in bibliometrix's item order. */
const A2_ORDER = ["MACHINE LEARNING", "DEEP LEARNING", "RENEWABLE ENERGY", "BIBLIOMETRICS", "SCIENCE MAPPING", "SOLAR ENERGY", "CITATION ANALYSIS", "NEURAL NETWORKS", "PHOTOVOLTAICS", "WIND POWER", "COMPUTER VISION"];
const A2 = [
  [6, 3, 1, 1, 1, 1, 0, 3, 0, 0, 1],
  [3, 5, 0, 1, 1, 0, 0, 2, 0, 0, 2],
  [1, 0, 5, 0, 0, 3, 0, 0, 2, 3, 0],
  [1, 1, 0, 4, 3, 0, 2, 0, 0, 0, 0],
  [1, 1, 0, 3, 4, 0, 2, 0, 0, 0, 0],
  [1, 0, 3, 0, 0, 4, 0, 0, 2, 1, 0],
  [0, 0, 0, 2, 2, 0, 3, 0, 0, 0, 0],
  [3, 2, 0, 0, 0, 0, 0, 3, 0, 0, 0],
  [0, 0, 2, 0, 0, 2, 0, 0, 3, 1, 0],
  [0, 0, 3, 0, 0, 1, 0, 0, 1, 3, 0],
  [1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2],
];

function dense(m: SymmetricMatrix): number[][] {
  return m.labels.map((_, i) => m.labels.map((__, j) => cell(m, i, j)));
}

const toyNetwork = () => biblioNetwork(toyRecords(), { analysis: "co-occurrences", network: "author_keywords" }).matrix;

describe("cocMatrix and biblioNetwork (spec §4.1, §4.2, Appendix A.2)", () => {
  it("reproduces the toy DE co-occurrence matrix exactly, in bibliometrix's order", () => {
    const m = toyNetwork();
    expect(m.labels).toEqual(A2_ORDER);
    expect(dense(m)).toEqual(A2);
  });

  it("keeps at most two commas of an item and turns a missing value into the dropped item NA", () => {
    expect(documentItems("A, B, C, D;  E ;")).toEqual(["A, B, C", "E"]);
    expect(documentItems(null)).toEqual(["NA"]);
    const W = docItemMatrix(["X;Y", null, "X"], { n: 1 });
    // X occurs twice, NA and Y once: n = 1 keeps X only.
    expect(W.items).toEqual(["X"]);
    const W2 = docItemMatrix([null, null, "X;Y"], { n: 1 });
    // NA (2) is in the top 1, so one more item is kept and NA dropped: n real items remain.
    expect(W2.items).toEqual(["X"]);
  });

  it("applies synonyms before removals on keyword fields", () => {
    const thesaurus = { synonyms: [{ target: "SOLAR ENERGY", terms: ["PHOTOVOLTAICS"] }], remove: ["wind power"] };
    const m = biblioNetwork(toyRecords(), { analysis: "co-occurrences", network: "author_keywords", thesaurus }).matrix;
    expect(m.labels).not.toContain("PHOTOVOLTAICS");
    expect(m.labels).not.toContain("WIND POWER");
    const se = m.labels.indexOf("SOLAR ENERGY");
    expect(cell(m, se, se)).toBe(5); // DOC01, 02, 04, 05 (was PV), 11
  });

  it("canonicalises cited references and gives short labels (spec §9.9)", () => {
    expect(citedReferenceKey("ARIA M, 2017, J INFORMETR, V11, P959, DOI 10.1016/J.JOI.2017.08.007")).toBe("ARIA M 2017 J INFORMETR ");
    expect(shortReferenceLabels(["ARIA M 2017 J INFORMETR ", "SMITH J 2010 ENERGY POLICY ", "ARIA M 2017 SCIENTOMETRICS "])).toEqual([
      "ARIA M 2017",
      "SMITH J 2010",
      "ARIA M 2017-1",
    ]);
  });
});

describe("normalizeSimilarity (spec §4.3), hand-computed on the toy matrix", () => {
  const m = toyNetwork();
  const ML = 0;
  const DL = 1;
  const BIB = 3;
  const SM = 4;
  it("association: C_ij / (c_i c_j), diagonal 1/c_i", () => {
    const s = normalizeSimilarity(m, "association");
    expect(cell(s, ML, DL)).toBeCloseTo(3 / 30, 15);
    expect(cell(s, BIB, SM)).toBeCloseTo(0.1875, 15);
    expect(cell(s, ML, ML)).toBeCloseTo(1 / 6, 15);
  });
  it("inclusion, jaccard, salton, equivalence", () => {
    expect(cell(normalizeSimilarity(m, "inclusion"), ML, DL)).toBe(3 / 5);
    expect(cell(normalizeSimilarity(m, "jaccard"), ML, DL)).toBe(3 / 8);
    expect(cell(normalizeSimilarity(m, "salton"), ML, DL)).toBe(3 / Math.sqrt(30));
    expect(cell(normalizeSimilarity(m, "equivalence"), ML, DL)).toBe(9 / 30);
    for (const t of ["inclusion", "jaccard", "salton", "equivalence"] as const) expect(cell(normalizeSimilarity(m, t), SM, SM)).toBe(1);
  });
});

describe("community detection and vertex statistics on the toy network (spec §5 notes)", () => {
  const g = graphFromCounts(toyNetwork(), { removeIsolates: true });
  const idx = (label: string) => g.labels.indexOf(label);
  const groups = (membership: number[]) => {
    const by = new Map<number, string[]>();
    membership.forEach((c, v) => by.set(c, [...(by.get(c) ?? []), g.labels[v]!]));
    return [...by.values()].map((x) => x.sort().join("|")).sort();
  };
  const expected = [
    "BIBLIOMETRICS|CITATION ANALYSIS|SCIENCE MAPPING",
    "COMPUTER VISION|DEEP LEARNING|MACHINE LEARNING|NEURAL NETWORKS",
    "PHOTOVOLTAICS|RENEWABLE ENERGY|SOLAR ENERGY|WIND POWER",
  ];

  it("walktrap, louvain and leiden find the three toy themes", () => {
    for (const algorithm of ["walktrap", "louvain", "leiden"] as const) {
      expect(groups(detectCommunities(g, { algorithm, seed: 1234, resolution: 1 }).membership)).toEqual(expected);
    }
  });

  it("louvain and leiden are reproducible: same seed, same membership, twice", () => {
    for (const algorithm of ["louvain", "leiden"] as const) {
      const a = detectCommunities(g, { algorithm, seed: 7 });
      const b = detectCommunities(g, { algorithm, seed: 7 });
      expect(b).toEqual(a);
    }
  });

  it("PageRank, betweenness (weights as distances) and closeness equal igraph's", () => {
    const pr = pageRank(g.labels.length, g.edges);
    expect(pr[idx("MACHINE LEARNING")]).toBeCloseTo(0.14414438, 8);
    expect(pr[idx("COMPUTER VISION")]).toBeCloseTo(0.0477692, 8);
    expect(pr[idx("BIBLIOMETRICS")]).toBeCloseTo(0.09799406, 8);
    const btw = betweenness(g.labels.length, g.edges);
    expect(btw[idx("MACHINE LEARNING")]).toBeCloseTo(29.333333, 5);
    expect(btw[idx("SOLAR ENERGY")]).toBeCloseTo(12, 10);
    expect(btw[idx("WIND POWER")]).toBeCloseTo(2.833333, 5);
    expect(btw[idx("NEURAL NETWORKS")]).toBe(0);
    const clo = closeness(g.labels.length, g.edges);
    expect(clo[idx("MACHINE LEARNING")]).toBeCloseTo(1 / 18, 15);
    expect(clo[idx("NEURAL NETWORKS")]).toBeCloseTo(1 / 39, 15);
  });

  it("betweenness and closeness are the same whether lengths are whole numbers (bucket queue) or not (heap)", () => {
    // A seeded random graph, 80 vertices, lengths 1-4; halving every length is exact in binary, so
    // the same shortest paths tie the same way and only closeness doubles.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const n = 80;
    const edges: { from: number; to: number; weight: number }[] = [];
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (next() < 0.12) edges.push({ from: a, to: b, weight: 1 + Math.floor(next() * 4) });
    const halved = edges.map((e) => ({ ...e, weight: e.weight / 2 }));
    const whole = betweenness(n, edges);
    const half = betweenness(n, halved);
    expect(whole.some((b) => b > 0)).toBe(true);
    whole.forEach((b, v) => expect(half[v]).toBeCloseTo(b, 9));
    const cWhole = closeness(n, edges);
    closeness(n, halved).forEach((c, v) => expect(c).toBeCloseTo(2 * cWhole[v]!, 12));
  });

  it("VOS layout is deterministic for a seed and centred", () => {
    const a = vosLayout(g, { seed: 42 });
    const b = vosLayout(g, { seed: 42 });
    expect(b).toEqual(a);
    expect(a.map((p) => p.label)).toEqual(g.labels);
    const meanX = a.reduce((s, p) => s + p.x, 0) / a.length;
    expect(Math.abs(meanX)).toBeLessThan(1e-9);
    // Nodes of one theme sit closer to each other than to another theme.
    const d = (x: string, y: string) => Math.hypot(a[idx(x)]!.x - a[idx(y)]!.x, a[idx(x)]!.y - a[idx(y)]!.y);
    expect(d("BIBLIOMETRICS", "SCIENCE MAPPING")).toBeLessThan(d("BIBLIOMETRICS", "WIND POWER"));
  });

  it("VOS layout of a network in several components: each laid out on its own, side by side, none overlapping", () => {
    // Two triangles and a pair, vertices interleaved so components are not index ranges.
    const labels = ["a1", "b1", "c1", "a2", "b2", "c2", "a3", "b3"];
    const edges = [
      { from: 0, to: 3, weight: 2 },
      { from: 3, to: 6, weight: 1 },
      { from: 0, to: 6, weight: 1 },
      { from: 1, to: 4, weight: 3 },
      { from: 4, to: 7, weight: 1 },
      { from: 1, to: 7, weight: 2 },
      { from: 2, to: 5, weight: 1 },
    ];
    const split = { labels, matrixIndex: labels.map((_, i) => i), edges };
    const a = vosLayout(split, { seed: 3 });
    expect(vosLayout(split, { seed: 3 })).toEqual(a);
    expect(a.map((p) => p.label)).toEqual(labels);
    expect(Math.abs(a.reduce((s, p) => s + p.x, 0))).toBeLessThan(1e-9);
    expect(Math.abs(a.reduce((s, p) => s + p.y, 0))).toBeLessThan(1e-9);
    let total = 0;
    for (let i = 0; i < a.length; i++) for (let j = 0; j < i; j++) total += Math.hypot(a[i]!.x - a[j]!.x, a[i]!.y - a[j]!.y);
    expect(total / ((a.length * (a.length - 1)) / 2)).toBeCloseTo(1, 12);
    const box = (vs: number[]) => ({
      x0: Math.min(...vs.map((v) => a[v]!.x)),
      x1: Math.max(...vs.map((v) => a[v]!.x)),
      y0: Math.min(...vs.map((v) => a[v]!.y)),
      y1: Math.max(...vs.map((v) => a[v]!.y)),
    });
    // Laid out as one network, the components flew apart and each shrank to a point.
    const spread = (vs: number[]) => Math.max(...vs.flatMap((i) => vs.map((j) => Math.hypot(a[i]!.x - a[j]!.x, a[i]!.y - a[j]!.y))));
    for (const vs of [[0, 3, 6], [1, 4, 7], [2, 5]]) expect(spread(vs)).toBeGreaterThan(0.5);
    const boxes = [box([0, 3, 6]), box([1, 4, 7]), box([2, 5])];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = 0; j < i; j++) {
        const [p, q] = [boxes[i]!, boxes[j]!];
        expect(p.x1 < q.x0 || q.x1 < p.x0 || p.y1 < q.y0 || q.y1 < p.y0).toBe(true);
      }
    }
  });
});

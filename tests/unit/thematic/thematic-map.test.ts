import { describe, expect, it } from "vitest";
import { toyRecords } from "../networks/toy-collection.ts";
import { FieldNotAvailableError } from "../../../analyses/networks/bibliometric-network.ts";
import { thematicMap, thematicMapParamsSchema, toBibliometrixThematicMap, exactSum, averageRanks } from "../../../analyses/thematic/thematic-map.ts";

/** Spec Appendix A.3: thematicMap(toy, field = "DE", n = 250, minfreq = 5 -> threshold 2). */
describe("thematicMap on the toy collection (Appendix A.3)", () => {
  const r = thematicMap(toyRecords(), { field: "DE" });
  const byLabel = new Map(r.clusters.map((c) => [c.label, c]));

  it("finds the three clusters with bibliometrix's n, centrality, density, ranks and freq", () => {
    expect(r.minFreqEffective).toBe(2);
    expect([...byLabel.keys()].sort()).toEqual(["bibliometrics", "machine learning", "renewable energy"]);
    const ml = byLabel.get("machine learning")!;
    expect(ml).toMatchObject({ n: 4, freq: 16, rankCentrality: 3, rankDensity: 2 });
    expect(ml.centrality).toBeCloseTo(0.2583333333, 9);
    expect(ml.density).toBeCloseTo(47.0833333333, 9);
    const re = byLabel.get("renewable energy")!;
    expect(re).toMatchObject({ n: 4, freq: 15, centrality: 0, rankCentrality: 1.5, rankDensity: 3 });
    expect(re.density).toBeCloseTo(49.0277777778, 9);
    const bib = byLabel.get("bibliometrics")!;
    expect(bib).toMatchObject({ n: 3, freq: 11, centrality: 0, rankCentrality: 1.5, rankDensity: 1 });
    expect(bib.density).toBeCloseTo(45.1388888889, 9);
  });

  it("offers the symmetric Callon values, clearly separate", () => {
    expect(byLabel.get("machine learning")!.centralityCallon).toBeCloseTo(0.2583333333, 9);
    expect(byLabel.get("renewable energy")!.centralityCallon).toBeCloseTo(0.075, 12);
    expect(byLabel.get("bibliometrics")!.centralityCallon).toBeCloseTo(0.1833333333, 9);
    const callon = thematicMap(toyRecords(), { field: "DE", measures: "callon" });
    expect(callon.clusters.find((c) => c.label === "bibliometrics")!.centrality).toBeCloseTo(0.1833333333, 9);
  });

  it("has the words table of A.3 (PageRank, within-cluster share, score)", () => {
    const w = new Map(r.words.map((x) => [x.word, x]));
    expect(w.get("machine learning")).toMatchObject({ occurrences: 6, clusterLabel: "machine learning", clusterFrequency: 16 });
    expect(w.get("machine learning")!.pageRank).toBeCloseTo(0.14414438, 8);
    expect(w.get("machine learning")!.clusterShare).toBe(0.375);
    expect(w.get("machine learning")!.score).toBeCloseTo(25.95722, 5);
    expect(w.get("citation analysis")!.score).toBeCloseTo(16.69804, 5);
    expect(w.get("wind power")!.score).toBeCloseTo(13.57654, 5);
    // bibliometrics and science mapping tie: the first in matrix order names the cluster.
    expect(w.get("science mapping")!.score).toBeCloseTo(w.get("bibliometrics")!.score, 12);
  });

  it("reproduces the mislabelled bibliometrix columns and the borderline quadrant", () => {
    const out = toBibliometrixThematicMap(r);
    if ("error" in out) throw new Error("unexpected empty map");
    const ml = out.words.find((x) => x.Words === "machine learning")!;
    expect(ml.Cluster_Frequency).toBeCloseTo(0.14414438, 8);
    expect(ml.Cluster_PageRank).toBe(0.375);
    const mlc = out.clusters.find((c) => c.label === "machine learning")!;
    expect(mlc).toMatchObject({ quadrant: "on axis", centrality_side: "high", density_side: "axis" });
    expect(out.axisOrigin).toEqual({ mean_rcentrality: 2, mean_rdensity: 2 });
  });

  it("rejects a field without keywords with a clear error, and bad parameters", () => {
    expect(() => thematicMap(toyRecords(), { field: "ID" })).toThrow(FieldNotAvailableError);
    expect(() => thematicMap(toyRecords(), { field: "TI" })).toThrow(/TI_TM/);
    expect(() => thematicMapParamsSchema.parse({ minfreq: 5 })).toThrow();
  });
});

describe("the arithmetic that decides rank ties", () => {
  it("exactSum is the exactly rounded sum", () => {
    expect(exactSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(exactSum([1e100, 1, -1e100])).toBe(1);
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
  });
  it("averageRanks gives R's average ranks", () => {
    expect(averageRanks([0.25, 0, 0])).toEqual([3, 1.5, 1.5]);
  });
});

import { describe, expect, it } from "vitest";
import { toyRecords } from "../networks/toy-collection.ts";
import { ThematicEvolutionError, thematicEvolution, toBibliometrixThematicEvolution } from "../../../analyses/thematic/thematic-evolution.ts";

/** Spec §7 test notes: the toy collection cut at 2018, minFreq 2, walktrap. */
describe("thematicEvolution on the toy collection", () => {
  const r = thematicEvolution(toyRecords(), { field: "DE", years: [2018] });

  it("slices by actual years and maps each slice", () => {
    expect(r.slices.map((s) => [s.period, s.documents])).toEqual([
      ["2015-2018", 7],
      ["2019-2022", 9],
    ]);
    expect(r.slices[0]!.map.clusters.map((c) => c.label).sort()).toEqual(["machine learning", "renewable energy"]);
    expect(r.slices[1]!.map.clusters.map((c) => c.label).sort()).toEqual(["bibliometrics", "machine learning"]);
  });

  it("has the one link with bibliometrix's numbers and the corrected ones", () => {
    expect(r.links).toHaveLength(1);
    const l = r.links[0]!;
    expect(l).toMatchObject({ from: "machine learning--2015-2018", to: "machine learning--2019-2022", words: "machine learning", sum: 2, tot: 4 });
    expect(l.incWeighted).toBe(0.5);
    expect(l.inclusionBibliometrix).toBe(0.5);
    expect(l.stabilityBibliometrix).toBe(0.25);
    expect(l.pageRank1).toBeCloseTo(0.1586271, 7);
    expect(l.pageRank2).toBeCloseTo(0.1921659, 7);
    expect(l.pageRankIndex).toBeCloseTo(0.4732559, 7);
    expect(l.lineageStrength).toBeCloseTo(0.4866279, 7);
    expect(l.inclusionCobo).toBe(0.5);
    expect(l.stabilityCobo).toBe(1 / (2 + 3 - 1));
  });

  it("keeps only linked themes as nodes and writes bibliometrix's shape", () => {
    expect(r.nodes.map((n) => n.key)).toEqual(["machine learning--2015-2018", "machine learning--2019-2022"]);
    const out = toBibliometrixThematicEvolution(r);
    expect(out.years).toBe(2018);
    expect(out.Edges).toEqual([expect.objectContaining({ from: 0, to: 1, Inclusion: 0.5, Stability: 0.25, group: "machine learning--2015-2018" })]);
    expect(out.params[1]).toEqual({ params: "years", values: "2018" });
  });

  it("rejects a cut at the last year or out of order with a clear message", () => {
    expect(() => thematicEvolution(toyRecords(), { field: "DE", years: [2022] })).toThrow(ThematicEvolutionError);
    expect(() => thematicEvolution(toyRecords(), { field: "DE", years: [2019, 2017] })).toThrow(/strictly increasing/);
  });
});

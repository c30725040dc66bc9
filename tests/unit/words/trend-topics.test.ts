import { describe, expect, it } from "vitest";
import { toBibliometrixTrendTopics, trendTopics } from "../../../analyses/words/trend-topics.ts";
import { TOY } from "../descriptives/toy.ts";

function run(params: Parameters<typeof trendTopics>[1]) {
  const r = trendTopics(TOY, params);
  if (r.status !== "ok") throw new Error(r.reason);
  return r;
}

describe("trend topics on the toy collection (spec §8 oracle notes)", () => {
  const r = run({ field: "DE", minFreq: 2, itemsPerYear: 3 });

  it("gives every item's frequency and half-even rounded quartile years", () => {
    expect(r.allTerms.map((t) => [t.item, t.freq, t.yearQ1, t.yearMedian, t.yearQ3])).toEqual([
      ["MACHINE LEARNING", 6, 2018, 2020, 2021],
      ["DEEP LEARNING", 5, 2019, 2020, 2020],
      ["RENEWABLE ENERGY", 5, 2016, 2016, 2018],
      ["BIBLIOMETRICS", 4, 2020, 2020, 2021],
      ["SCIENCE MAPPING", 4, 2020, 2022, 2022],
      ["SOLAR ENERGY", 4, 2016, 2016, 2018],
      ["CITATION ANALYSIS", 3, 2020, 2020, 2021],
      ["NEURAL NETWORKS", 3, 2018, 2018, 2019],
      ["PHOTOVOLTAICS", 3, 2016, 2017, 2018],
      ["WIND POWER", 3, 2016, 2016, 2017],
      ["COMPUTER VISION", 2, 2019, 2020, 2020],
    ]);
  });

  it("selects at most 3 items per median year, ordered by year then frequency", () => {
    expect(r.selected.map((t) => [t.yearMedian, t.item])).toEqual([
      [2016, "renewable energy"],
      [2016, "solar energy"],
      [2016, "wind power"],
      [2017, "photovoltaics"],
      [2018, "neural networks"],
      [2020, "machine learning"],
      [2020, "deep learning"],
      [2020, "bibliometrics"],
      [2022, "science mapping"],
    ]);
    expect(r.timespan).toEqual([2016, 2022]);
  });

  it("applies minFreq and the timespan", () => {
    const s = run({ field: "DE", minFreq: 4, itemsPerYear: 3, timespan: [2017, 2021] });
    expect(s.selected.map((t) => t.item)).toEqual(["machine learning", "deep learning", "bibliometrics"]);
  });

  it("converts to fieldByYear's JSON shape", () => {
    const b = toBibliometrixTrendTopics(r);
    expect(Object.keys(b)).toEqual(["field", "timespan", "min.freq", "n.items", "df_graph", "df_all_terms"]);
    expect(b.df_graph[0]).toEqual({ item: "renewable energy", freq: 5, year_q1: 2016, year_med: 2016, year_q3: 2018 });
  });

  it("is not available without the field or without years", () => {
    expect(trendTopics(TOY, { field: "ID" }).status).toBe("not-available");
    expect(trendTopics(TOY.map((t) => ({ ...t, PY: null })), { field: "DE" })).toMatchObject({ missing: ["PY"] });
  });
});

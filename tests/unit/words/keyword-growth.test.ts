import { describe, expect, it } from "vitest";
import { keywordGrowth } from "../../../analyses/words/keyword-growth.ts";
import { TOY } from "../descriptives/toy.ts";

describe("keyword growth (spec A.4)", () => {
  it("gives the toy KeywordGrowth(DE, top 4, cdf)", () => {
    const r = keywordGrowth(TOY, { field: "DE", top: 4 });
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.items).toEqual(["MACHINE LEARNING", "DEEP LEARNING", "RENEWABLE ENERGY", "BIBLIOMETRICS"]);
    expect(r.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(r.series).toEqual([
      [0, 0, 1, 2, 3, 4, 6, 6],
      [0, 0, 1, 1, 2, 4, 4, 5],
      [1, 3, 3, 4, 4, 4, 5, 5],
      [0, 0, 0, 0, 1, 2, 3, 4],
    ]);
  });

  it("counts per year when not cumulative, and an item once per document", () => {
    const recs = [
      { PY: 2020, DE: "A;A;B", ID: null },
      { PY: 2022, DE: "A", ID: null },
      { PY: null, DE: "B", ID: null },
    ];
    const r = keywordGrowth(recs, { field: "DE", cumulative: false });
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.items).toEqual(["A", "B"]);
    expect(r.series).toEqual([
      [1, 0, 1],
      [1, 0, 0],
    ]);
  });

  it("rewrites synonyms inside longer keywords in substring mode (bibliometrix), not in exact mode", () => {
    const recs = [{ PY: 2020, DE: "AI;MAIN ROAD", ID: null }];
    const sub = keywordGrowth(recs, { field: "DE", synonyms: ["ARTIFICIAL INTELLIGENCE;AI"] });
    const exact = keywordGrowth(recs, { field: "DE", synonyms: ["ARTIFICIAL INTELLIGENCE;AI"], synonymMatch: "exact" });
    expect(sub.status === "ok" && sub.items).toEqual(["ARTIFICIAL INTELLIGENCE", "MARTIFICIAL INTELLIGENCEN ROAD"]);
    expect(exact.status === "ok" && exact.items).toEqual(["ARTIFICIAL INTELLIGENCE", "MAIN ROAD"]);
  });
});

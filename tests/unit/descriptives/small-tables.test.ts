import { describe, expect, it } from "vitest";
import { citationsPerYear } from "../../../analyses/descriptives/citations-per-year.ts";
import { countryProduction } from "../../../analyses/descriptives/country-production.ts";
import { localCitations } from "../../../analyses/descriptives/local-citations.ts";
import { relevantSources, toBibliometrixTopSources } from "../../../analyses/descriptives/relevant-sources.ts";
import { authorProductionOverTime } from "../../../analyses/descriptives/author-production-over-time.ts";
import { sourceProductionOverTime } from "../../../analyses/descriptives/source-production-over-time.ts";
import { TOY } from "./toy.ts";

describe("average citations per year", () => {
  it("rounds the mean, then the per-year value (biblioshiny: Y + 1 − PY)", () => {
    const r = citationsPerYear(TOY, { referenceYear: 2026 });
    expect(r.rows[0]).toEqual({ year: 2015, articles: 1, meanTCperArticle: 10, citableYears: 12, meanTCperYear: 0.83 });
    // 2017: DOC04 2, DOC06 30 -> 16; 16 / 10.
    expect(r.rows.find((x) => x.year === 2017)).toEqual({ year: 2017, articles: 2, meanTCperArticle: 16, citableYears: 10, meanTCperYear: 1.6 });
    const pkg = citationsPerYear([{ PY: 2026, TC: 3 }], { referenceYear: 2026, citableYears: "package" });
    expect(pkg.rows[0]).toMatchObject({ citableYears: 0, meanTCperYear: null });
  });
});

describe("countries' production (AU_CO appearances)", () => {
  it("counts every address, and documents separately", () => {
    const r = countryProduction(TOY);
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.rows).toEqual([
      { country: "ITALY", freq: 8, documents: 7 },
      { country: "KOREA", freq: 4, documents: 4 },
      { country: "SPAIN", freq: 4, documents: 4 },
      { country: "USA", freq: 4, documents: 4 },
      { country: "GERMANY", freq: 3, documents: 3 },
    ]);
  });
});

describe("most local cited references", () => {
  it("counts cleaned CR strings; 'not available' when the corpus has no CR", () => {
    const r = localCitations(TOY);
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.rows).toEqual([
      { reference: "ARIA M  2017  J INFORMETR  V11  P959", citations: 4 },
      { reference: "SMITH J  2010  ENERGY POLICY  V1  P1", citations: 2 },
      { reference: "CALLON M  1991  SCIENTOMETRICS  V22  P155", citations: 1 },
    ]);
    expect(r.distinctReferences).toBe(3);
    expect(localCitations([{ CR: "none" }])).toEqual({ status: "not-available", missing: ["CR"], reason: "not available: CR missing" });
  });

  it("does not count a whole CR of 'none' (no references) but counts a cited 'none' among others", () => {
    const r = localCitations([{ CR: "none" }, { CR: "A, 2001;none" }, { CR: "none" }, { CR: "B;A, 2001" }]);
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.rows).toEqual([
      { reference: "A  2001", citations: 2 },
      { reference: "B", citations: 1 },
      { reference: "none", citations: 1 },
    ]);
  });
});

describe("most relevant sources", () => {
  it("summary mode removes commas and breaks ties in collation order", () => {
    const r = relevantSources([{ SO: "J, X" }, { SO: "J X" }, { SO: "b" }, { SO: "A" }]);
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.rows).toEqual([
      { source: "J X", articles: 2 },
      { source: "A", articles: 1 },
      { source: "b", articles: 1 },
    ]);
    expect(toBibliometrixTopSources(r).summary_k20[1]).toEqual({ Sources: "A  ", Articles: "1" });
    const s = relevantSources([{ SO: "J, X" }, { SO: "b" }, { SO: "A" }], { mode: "biblioshiny" });
    expect(s.status === "ok" && s.rows.map((x) => x.source)).toEqual(["A", "J, X", "b"]);
  });
});

describe("production over time", () => {
  it("authors: top k, per year documents and citations", () => {
    const r = authorProductionOverTime(TOY, { k: 2, referenceYear: 2026 });
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.authors).toEqual([
      { author: "ROSSI M", articles: 6 },
      { author: "LEE K", articles: 4 },
    ]);
    expect(r.rows.filter((x) => x.author === "LEE K")).toEqual([
      { author: "LEE K", year: 2017, articles: 1, TC: 30, TCperYear: 3 },
      { author: "LEE K", year: 2018, articles: 2, TC: 12, TCperYear: 12 / 9 },
      { author: "LEE K", year: 2021, articles: 1, TC: 0, TCperYear: 0 },
    ]);
  });
  it("sources: keeps every source tied with the top-th, cumulates", () => {
    const r = sourceProductionOverTime(TOY, { top: 1 });
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.sources).toEqual(["ENERGY POLICY", "NEURAL COMPUT", "SCIENTOMETRICS"]);
    expect(r.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(r.series[0]).toEqual([1, 2, 3, 3, 3, 3, 3, 3]);
    const nc = sourceProductionOverTime(TOY, { top: 1, cumulative: false });
    expect(nc.status === "ok" && nc.series[2]).toEqual([0, 0, 0, 0, 1, 1, 0, 1]);
  });
});

import { describe, expect, it } from "vitest";
import { annualGrowthRate, annualProduction, toBibliometrixAnnualProduction } from "../../../analyses/descriptives/annual-production.ts";
import { TOY } from "./toy.ts";

describe("annualProduction", () => {
  it("counts documents per year present, ascending, and the growth rate from the first and last year", () => {
    const ap = annualProduction(TOY);
    expect(ap.rows).toEqual([
      { year: 2015, articles: 1 },
      { year: 2016, articles: 2 },
      { year: 2017, articles: 2 },
      { year: 2018, articles: 2 },
      { year: 2019, articles: 2 },
      { year: 2020, articles: 3 },
      { year: 2021, articles: 2 },
      { year: 2022, articles: 2 },
    ]);
    expect(ap.growthRatePct).toBe(10.41);
    expect(ap.growthRatePctUnrounded).toBeCloseTo(10.408951367381, 10);
  });

  it("lists no year with zero documents and counts missing PY apart", () => {
    const ap = annualProduction([{ PY: 2000 }, { PY: 2003 }, { PY: null }, { PY: 2003 }]);
    expect(ap.rows).toEqual([
      { year: 2000, articles: 1 },
      { year: 2003, articles: 2 },
    ]);
    expect(ap.missingPY).toBe(1);
    expect(ap.growthRatePct).toBe(25.99); // 2^(1/3) = 1.259921...
  });

  it("gives 0 for a single year (R's 1^Inf = 1) and null without any year", () => {
    expect(annualGrowthRate([{ year: 2020, articles: 5 }])).toEqual({ rounded: 0, unrounded: 0 });
    expect(annualProduction([{ PY: null }]).growthRatePct).toBeNull();
  });

  it("shapes the oracle's annual-production.json", () => {
    expect(toBibliometrixAnnualProduction(annualProduction([{ PY: 2001 }, { PY: 2002 }, { PY: 2002 }]))).toEqual({
      annual_production: [
        { year: 2001, articles: 1 },
        { year: 2002, articles: 2 },
      ],
      annual_growth_rate_pct: 100,
      annual_growth_rate_pct_unrounded: 100,
      note: "years with zero documents are not listed (table of PY as in summary.bibliometrix)",
    });
  });
});

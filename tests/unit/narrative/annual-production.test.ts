import { describe, expect, it } from "vitest";
import { annualProductionNarrative } from "../../../analyses/narrative/annual-production.ts";

describe("annualProductionNarrative", () => {
  const rows = [
    { year: 2015, articles: 3 },
    { year: 2018, articles: 40 },
    { year: 2020, articles: 95 },
    { year: 2021, articles: 60 },
  ];

  it("states span, first/last counts, peak, half-way year and growth rate from the table", () => {
    const text = annualProductionNarrative({ rows, growthRatePct: 51.98, documents: 200, referenceYear: 2024 });
    expect(text).toEqual([
      "The 200 documents analysed span 2015 to 2021. 2 documents have no publication year (typically Early Access records) and are counted in no year.",
      "Output went from 3 documents in 2015 to 60 in 2021; the most productive year was 2020, with 95 documents. Half of the dated documents appeared in or before 2020.",
      "The annual growth rate, computed as bibliometrix does from the first and the last year only, is 51.98 %.",
    ]);
  });

  it("warns that the reference year may be incomplete and keeps the first peak on ties", () => {
    const tied = [
      { year: 2024, articles: 5 },
      { year: 2025, articles: 9 },
      { year: 2026, articles: 9 },
    ];
    const text = annualProductionNarrative({ rows: tied, growthRatePct: 34.16, documents: 23, referenceYear: 2026 });
    expect(text[1]).toContain("the most productive year was 2025, with 9 documents");
    expect(text[2]).toContain("reference year is 2026, so the count for 2026 may be incomplete");
  });

  it("handles a single-year and an undated corpus", () => {
    expect(annualProductionNarrative({ rows: [{ year: 2020, articles: 1 }], growthRatePct: 0, documents: 1, referenceYear: 2024 })).toEqual([
      "The only dated document was published in 2020.",
    ]);
    expect(annualProductionNarrative({ rows: [], growthRatePct: 0, documents: 4, referenceYear: 2024 })[0]).toMatch(/None of the 4 documents/);
  });
});

import { describe, expect, it } from "vitest";
import { toBibliometrixTrendTopics, trendTopics, type BibliometrixTrendTopics } from "../../analyses/words/trend-topics.ts";
import { hasShared } from "../support/shared.ts";
import { jsonDifferences } from "../../scripts/parity/compare-json.ts";
import { oracleDatasets } from "../support/oracle-datasets.ts";

/**
 * Trend topics against fieldByYear(M, field = "ID", timespan, min.freq, n.items = 3): the selected
 * items and every term's frequency and half-even rounded quartile years. Exact. Where fieldByYear
 * raised an error, we must give a clear result (a table or "not available"), never crash.
 */

describe.skipIf(!hasShared)("trend topics: parity with fieldByYear", () => {
  const { readable } = oracleDatasets();

  it("has datasets to compare", () => {
    expect(readable.filter((d) => d.has("trend-topics-ID.json")).length).toBeGreaterThanOrEqual(5);
  });

  describe.each(readable.map((d) => [d.stem, d] as const))("%s", (_stem, d) => {
    if (d.has("trend-topics-ID.json")) {
      it("same items, frequencies and year quartiles", () => {
        const want = d.json<BibliometrixTrendTopics>("trend-topics-ID.json");
        const got = trendTopics(d.records, { field: want.field, minFreq: want["min.freq"], itemsPerYear: want["n.items"], timespan: want.timespan });
        if (got.status !== "ok") throw new Error(`${d.stem}: ${got.reason}`);
        expect(jsonDifferences(toBibliometrixTrendTopics(got), want)).toEqual([]);
      });
    } else {
      it(`bibliometrix failed (${d.errors.fieldByYear ?? "no output"}); we give a clear result`, () => {
        const got = trendTopics(d.records, { field: "ID", minFreq: 2, itemsPerYear: 3 });
        if (got.status === "not-available") expect(got.reason).toMatch(/^not available: (ID|PY) missing$/);
        else expect(got.allTerms.length).toBeGreaterThanOrEqual(0);
      });
    }
  });
});

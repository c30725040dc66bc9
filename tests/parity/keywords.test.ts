import { describe, expect, it } from "vitest";
import { keywordFrequency, toBibliometrixKeywords, type BibliometrixKeywords } from "../../analyses/words/keyword-frequency.ts";
import { hasShared } from "../support/shared.ts";
import { jsonDifferences } from "../../scripts/parity/compare-json.ts";
import { oracleDatasets } from "../support/oracle-datasets.ts";

/**
 * Keyword tables against bibliometrix's tableTag(M, "DE") / tableTag(M, "ID"): every term, every
 * frequency, in bibliometrix's order (ties in ICU collation). Exact.
 */

describe.skipIf(!hasShared)("keyword tables: parity with tableTag", () => {
  const { readable, unreadable } = oracleDatasets();
  const withFile = readable.filter((d) => d.has("keywords-DE.json"));

  it("has datasets to compare (every WoS plain-text oracle at least)", () => {
    expect(withFile.length).toBeGreaterThanOrEqual(6);
    if (unreadable.length > 0) console.info(`keywords parity: no importer yet for ${unreadable.map((u) => u.stem).join(", ")}`);
  });

  describe.each(withFile.map((d) => [d.stem, d] as const))("%s", (_stem, d) => {
    it.each(["DE", "ID"])("%s: the full table", (tag) => {
      const want = d.json<BibliometrixKeywords>(`keywords-${tag}.json`);
      const got = keywordFrequency(d.records, { field: tag });
      if (got.status === "not-available") {
        // bibliometrix returns an empty table; we say why instead.
        expect(want.n_terms).toBe(0);
        expect(got.reason).toBe(`not available: ${tag} missing`);
        return;
      }
      expect(jsonDifferences(toBibliometrixKeywords(got), want)).toEqual([]);
    });
  });
});

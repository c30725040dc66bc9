import { describe, expect, it } from "vitest";
import { relevantAuthors, toBibliometrixTopAuthors } from "../../analyses/descriptives/relevant-authors.ts";
import { relevantSources, toBibliometrixTopSources } from "../../analyses/descriptives/relevant-sources.ts";
import { mostCitedDocuments, toBibliometrixTopCited } from "../../analyses/descriptives/most-cited-documents.ts";
import { correspondingCountries, toBibliometrixCountries } from "../../analyses/descriptives/corresponding-countries.ts";
import { hasShared } from "../support/shared.ts";
import { REFERENCE_YEAR, expectJsonEqual, oracleDatasets } from "./words-descriptives-oracle.ts";

/**
 * biblioAnalysis + summary(k = 20) tables against the oracle: top-authors.json, top-sources.json,
 * top-cited.json and countries.json — the full tables (numbers within 1e-9, jsonlite keeps 15
 * digits) and the printed top-20 tables character for character.
 */

describe.skipIf(!hasShared)("descriptive tables: parity with biblioAnalysis/summary", () => {
  const { readable } = oracleDatasets();

  it("has datasets to compare", () => {
    expect(readable.filter((d) => d.has("top-authors.json")).length).toBeGreaterThanOrEqual(6);
  });

  describe.each(readable.filter((d) => d.has("top-authors.json")).map((d) => [d.name, d] as const))("%s", (_name, d) => {
    it("top authors (articles and fractionalised)", () => {
      const r = relevantAuthors(d.records);
      if (r.status !== "ok") throw new Error(r.reason);
      expectJsonEqual(toBibliometrixTopAuthors(r), d.json("top-authors.json"));
    });

    it("top sources", () => {
      const r = relevantSources(d.records);
      if (r.status !== "ok") throw new Error(r.reason);
      expectJsonEqual(toBibliometrixTopSources(r), d.json("top-sources.json"));
    });

    it("most cited documents (TC, TC per year with reference year 2026, NTC)", () => {
      expectJsonEqual(toBibliometrixTopCited(mostCitedDocuments(d.records, { referenceYear: REFERENCE_YEAR })), d.json("top-cited.json"));
    });

    it("corresponding authors' countries, SCP/MCP, citations per country", () => {
      const want = d.json<{ full_AU1_CO: unknown[] }>("countries.json");
      const r = correspondingCountries(d.records);
      if (r.status === "not-available") {
        expect(want.full_AU1_CO).toEqual([]);
        return;
      }
      expectJsonEqual(toBibliometrixCountries(r), want);
    });
  });
});

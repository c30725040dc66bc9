import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeCorpus } from "../../../analyses/report/analyze-corpus.ts";
import { ANALYSIS_IDS } from "../../../analyses/report/analysis-registry.ts";

const EXPORT = resolve(import.meta.dirname, "../../../content/reports/ai-epilepsy/exports/savedrecs.txt");

describe("analyzeCorpus", () => {
  const inputs = [{ file: "savedrecs.txt", bytes: new Uint8Array(readFileSync(EXPORT)) }];

  it("runs every analysis of the registry and gives identical JSON run after run, Louvain and Leiden included", () => {
    const options = {
      filter: {},
      referenceYear: 2026,
      analyses: { thematicMap: { cluster: "louvain" }, cooccurrenceNetwork: { cluster: "leiden" } },
    };
    const first = analyzeCorpus(inputs, options).results;
    const second = analyzeCorpus(inputs, options).results;
    expect(Object.keys(first.analyses).sort()).toEqual(ANALYSIS_IDS.filter((id) => id !== "mainInformation" && id !== "annualProduction").sort());
    for (const [id, result] of Object.entries(first.analyses)) {
      expect((result as { status?: string }).status, id).not.toBe("error");
    }
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it("leaves out an analysis set to false and records the parameters each one ran with", () => {
    const { results } = analyzeCorpus(inputs, { filter: {}, referenceYear: 2026, analyses: { threeField: false, keywords: { field: "DE", top: 5 } } });
    expect(results.analyses.threeField).toBeUndefined();
    expect(results.params.keywords).toMatchObject({ field: "DE", top: 5, minDocShare: 0 });
    expect((results.analyses.keywords as { rows: unknown[] }).rows).toHaveLength(5);
  });
});

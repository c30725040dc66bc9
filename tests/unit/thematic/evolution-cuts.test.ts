import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../analyses/corpus/build-corpus.ts";
import { evolutionCuts } from "../../../analyses/thematic/evolution-cuts.ts";
import { hasShared, sharedPath } from "../../support/shared.ts";

describe("evolutionCuts", () => {
  it("splits a long span into three equal-width slices when each holds 20 documents", () => {
    const years = Array.from({ length: 120 }, (_, i) => 2000 + (i % 12));
    expect(evolutionCuts(years)).toEqual({ years: [2004, 2007], method: "equal-width" });
  });

  it("falls back to record-count quantiles when a slice would be too small", () => {
    const years = [2001, 2005, ...Array.from({ length: 60 }, (_, i) => 2015 + (i % 8))];
    const cuts = evolutionCuts(years)!;
    expect(cuts.method).toBe("quantiles");
    expect(cuts.years).toEqual([2017, 2020]);
  });

  it("gives nothing to cut for a single year or no year", () => {
    expect(evolutionCuts([2020, 2020, null])).toBeNull();
    expect(evolutionCuts([])).toBeNull();
  });

  // The oracle's PARAMS.md states the cuts its rule chose for each dataset.
  it.skipIf(!hasShared).each([
    ["ai-epilepsy-188", "wos-plaintext/ai-epilepsy-188.txt"],
    ["bibliometrics-management-241", "wos-plaintext/bibliometrics-management-241.txt"],
    ["ml-dl-health-africa-500", "wos-plaintext/ml-dl-health-africa-500.txt"],
    ["corporate-tax-rpt-178-bom", "wos-plaintext/corporate-tax-rpt-178-bom.txt"],
  ])("reproduces the cut years chosen for %s", (stem, input) => {
    const log = JSON.parse(readFileSync(sharedPath("oracle", stem, "run-log.json"), "utf8"));
    const { records } = buildCorpus([{ file: input, bytes: readFileSync(sharedPath("data", input)) }]);
    expect(evolutionCuts(records.map((r) => r.PY))?.years).toEqual(log.notes.thematicEvolution_years);
  });
});

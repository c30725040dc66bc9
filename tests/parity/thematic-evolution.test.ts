import { describe, expect, it } from "vitest";
import { hasShared } from "../support/shared.ts";
import { jsonDifferences } from "../../scripts/parity/compare-json.ts";
import { datasetsWith, type OracleDataset } from "../support/oracle-datasets.ts";
import { FieldNotAvailableError } from "../../analyses/networks/bibliometric-network.ts";
import {
  ThematicEvolutionError,
  thematicEvolution,
  toBibliometrixThematicEvolution,
  type ThematicEvolutionResult,
} from "../../analyses/thematic/thematic-evolution.ts";

/**
 * thematicEvolution(M, "ID", years, n = 250, minFreq = 2, cluster = "walktrap") against
 * bibliometrix on every oracle dataset we can import: same themes per slice, same Nodes, Edges and
 * Data (weighted inclusion, inclusion, stability, PageRank index, lineage strength) within 1e-9.
 * Where bibliometrix stopped with an error we must stop with a clear one, never crash.
 */

interface OracleEvolution {
  /** A single cut year is written as a number (jsonlite unboxes length-1 vectors). */
  years?: number[] | number;
  minFreq?: number;
  error?: string;
}

const SKIP = new Set(["year_method", "top_words_with_score"]);

describe.skipIf(!hasShared)("thematicEvolution(ID, walktrap) equals bibliometrix", () => {
  const datasets = datasetsWith("thematic-evolution-ID.json");
  it("has datasets to compare", () => {
    expect(datasets.length).toBeGreaterThanOrEqual(5);
  });
  it.each(datasets.map((d) => [d.stem] as const))("%s", (stem) => {
    const ds = datasets.find((d) => d.stem === stem)!;
    const oracle = ds.json<OracleEvolution>("thematic-evolution-ID.json");
    const failed = ds.errors.thematicEvolution !== undefined || !oracle.years;
    const years = oracle.years === undefined ? readYears(ds) : [oracle.years].flat();
    if (years === null) return; // bibliometrix stopped before choosing cut years: nothing to run
    let result: ThematicEvolutionResult;
    try {
      result = thematicEvolution(ds.records, { field: "ID", years, n: 250, minFreq: oracle.minFreq ?? 2, cluster: "walktrap" });
    } catch (e) {
      expect(failed, `${stem}: ${(e as Error).message}`).toBe(true);
      expect(e instanceof ThematicEvolutionError || e instanceof FieldNotAvailableError).toBe(true);
      return;
    }
    if (failed) {
      // bibliometrix crashed; we give a result, which must at least be coherent.
      expect(result.slices.length).toBe(years.length + 1);
      return;
    }
    const ours = toBibliometrixThematicEvolution(result);
    // Key order is not compared: our slices list minfreq_effective before nclust; the keys must be the same.
    // Labels and top words are compared as they are: PageRank is igraph's to the last bit, so words
    // whose scores tie to 15 digits are ordered as bibliometrix orders them.
    expect(jsonDifferences(ours, oracle, { tolerance: 1e-9, skipKeys: SKIP, ignoreKeyOrder: true })).toEqual([]);
  });
});

/** Cut years from run-log.json when the JSON has none (bibliometrix failed). */
function readYears(ds: OracleDataset): number[] | null {
  const log = ds.json<{ notes?: { thematicEvolution_years?: number[] | number } }>("run-log.json");
  const years = log.notes?.thematicEvolution_years;
  return years === undefined ? null : [years].flat();
}

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../analyses/corpus/build-corpus.ts";
import { hasShared, sharedPath } from "../support/shared.ts";
import { agreement, readOracleRecords, type RecordField } from "../support/oracle-records.ts";

/**
 * OpenAlex against bibliometrix: the API pages against convert2df(dbsource = "openalex_api"), the
 * CSV against convert2df(dbsource = "openalex", format = "csv"), record by record in row order.
 * AU_CO and AU1_CO are not compared: the oracle's come from metaTagExtraction's text search in C1,
 * ours from OpenAlex's ISO country codes (docs/parity.md, OpenAlex).
 */

const CORE: RecordField[] = ["PY", "TI", "SO", "AU", "DE", "ID", "TC", "DT", "DI", "SR", "DB", "NR_CR"];

describe.skipIf(!hasShared)("OpenAlex: parity with bibliometrix", () => {
  it.each([
    ["openalexpro-api-page-chunk1-50.json", 50],
    ["openalexpro-api-page-chunk2-50.json", 50],
    ["openalexpro-keypapers-2.json", 2],
    ["bibliometrix-fixture-openalex-csv-8.csv", 8],
  ])("%s: every core field of every record equals records.csv", (file, count) => {
    const dataset = file.replace(/\.(json|csv)$/, "");
    const { records, ledger } = buildCorpus([{ file, bytes: readFileSync(sharedPath("data", "openalex", file)) }]);
    expect(ledger.rejected).toEqual([]);
    expect(ledger.read).toBe(count);
    const c2d = JSON.parse(readFileSync(sharedPath("oracle", dataset, "convert2df.json"), "utf8")) as { records: number };
    expect(records).toHaveLength(c2d.records);
    const rows = readOracleRecords(sharedPath("oracle", dataset, "records.csv"));
    const { agree, mismatches } = agreement(records, rows);
    for (const f of CORE) expect([f, agree[f] ?? 0, mismatches[f]?.slice(0, 3) ?? []]).toEqual([f, rows.length, []]);
  });

  it("the two API chunks read together give 100 works, none a duplicate", () => {
    const files = ["openalexpro-api-page-chunk1-50.json", "openalexpro-api-page-chunk2-50.json"];
    const { records, ledger } = buildCorpus(files.map((file) => ({ file, bytes: readFileSync(sharedPath("data", "openalex", file)) })));
    expect([ledger.read, records.length, ledger.duplicates.length]).toEqual([100, 100, 0]);
  });

  it("AU_CO/AU1_CO against the oracle's text-derived countries: measured agreement", () => {
    const measured: Record<string, [number, number]> = {};
    for (const dataset of ["openalexpro-api-page-chunk1-50", "openalexpro-api-page-chunk2-50", "openalexpro-keypapers-2", "bibliometrix-fixture-openalex-csv-8"]) {
      const file = `${dataset}${dataset.includes("csv") ? ".csv" : ".json"}`;
      const { records } = buildCorpus([{ file, bytes: readFileSync(sharedPath("data", "openalex", file)) }]);
      const { agree } = agreement(records, readOracleRecords(sharedPath("oracle", dataset, "records.csv")));
      measured[dataset] = [agree.AU_CO ?? 0, agree.AU1_CO ?? 0];
    }
    expect(measured).toEqual({
      "openalexpro-api-page-chunk1-50": [27, 34],
      "openalexpro-api-page-chunk2-50": [31, 34],
      "openalexpro-keypapers-2": [1, 1],
      "bibliometrix-fixture-openalex-csv-8": [1, 2],
    });
  });
});

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { hasShared, sharedPath } from "../support/shared.ts";
import { buildCorpus } from "../../analyses/corpus/build-corpus.ts";
import { mainInformation, toBibliometrixMainInfo } from "../../analyses/descriptives/main-information.ts";
import { annualProduction, toBibliometrixAnnualProduction } from "../../analyses/descriptives/annual-production.ts";
import { agreement, readOracleRecords, RECORD_FIELDS } from "../support/oracle-records.ts";
import { ORACLE_YEAR } from "../support/oracle-datasets.ts";

/**
 * Parity with bibliometrix on real Web of Science plain-text exports: the oracle folder of each
 * file holds what the R package itself produced (convert2df, summary(biblioAnalysis(M)), with the
 * current year 2026). Every printed Main Information row must be identical, raw values within 1e-9,
 * and per-record fields equal to bibliometrix's data frame.
 */

/** Record counts stated in shared/data/PROVENANCE.md (lines "^PT" = lines "^ER"). */
const PROVENANCE_COUNTS: Record<string, number> = {
  "ai-epilepsy-188.txt": 188,
  "bci-eeg-signal-processing-part5-500.txt": 500,
  "bci-eeg-signal-processing-part6-500.txt": 500,
  "generative-ai-469.txt": 469,
  "ml-dl-health-africa-500.txt": 500,
  "bibliometrics-management-241.txt": 241,
  "corporate-tax-rpt-178-bom.txt": 178,
  "phenomenology-part1-369.txt": 369,
  "phenomenology-part2-500.txt": 500,
  "newui2021-tab-separated-tags-648.txt": 648,
  "ccc-molbio-wok-header-261.txt": 261,
};

function wosDir(...parts: string[]): string {
  return sharedPath("data", "wos-plaintext", ...parts);
}

function importFile(path: string) {
  return buildCorpus([{ file: basename(path), bytes: readFileSync(path) }], {});
}

describe.skipIf(!hasShared)("WoS plain text: every real export imports cleanly", () => {
  const files = hasShared ? readdirSync(wosDir()).filter((f) => f.endsWith(".txt")).sort() : [];

  it("covers every file of PROVENANCE.md section 1", () => {
    expect(files).toEqual(Object.keys(PROVENANCE_COUNTS).sort());
  });

  it.each(files)("%s: zero rejections and the PROVENANCE record count", (file) => {
    const { records, ledger } = importFile(wosDir(file));
    expect(ledger.rejected).toEqual([]);
    expect(ledger.read).toBe(PROVENANCE_COUNTS[file]);
    expect(records.length + ledger.duplicates.length).toBe(PROVENANCE_COUNTS[file]);
    expect(new Set(records.map((r) => r.SR)).size).toBe(records.length);
  });

  it("reads the 2021 TAB layout with its two concatenated exports", () => {
    const { records } = importFile(wosDir("newui2021-tab-separated-tags-648.txt"));
    expect(records).toHaveLength(648);
    expect(records.every((r) => r.UT?.startsWith("WOS:") && r.TI !== null)).toBe(true);
    expect(records.some((r) => r.extra.RI?.includes("/M-9289-2018"))).toBe(true);
  });

  it("reads the Current Contents export (CCC: accession numbers, no CR/DE/C1/DT)", () => {
    const { records } = importFile(wosDir("ccc-molbio-wok-header-261.txt"));
    expect(records).toHaveLength(261);
    expect(records.every((r) => r.UT?.startsWith("CCC:"))).toBe(true);
    expect(records.every((r) => r.CR === "none" && r.DT === null)).toBe(true);
  });
});

describe.skipIf(!hasShared)("WoS plain text: the 20-file BCI/EEG corpus", () => {
  it("gives 10,000 read, 500 duplicates (savedrecs-13 = savedrecs-14), 9,500 kept, in a few seconds", () => {
    const dir = wosDir("bci-eeg-full-20x500");
    const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
    expect(names).toHaveLength(20);
    const inputs = names.map((f) => ({ file: f, bytes: readFileSync(`${dir}/${f}`) }));
    const t0 = performance.now();
    const { records, ledger } = buildCorpus(inputs, {});
    const seconds = (performance.now() - t0) / 1000;
    expect(ledger.files.map((f) => [f.recordsRead, f.rejected])).toEqual(names.map(() => [500, 0]));
    expect(ledger.read).toBe(10_000);
    expect(ledger.rejected).toEqual([]);
    expect(ledger.duplicates).toHaveLength(500);
    expect(ledger.kept).toBe(9_500);
    expect(records).toHaveLength(9_500);
    expect(new Set(ledger.duplicates.map((d) => d.location.file))).toEqual(new Set(["savedrecs-14.txt"]));
    expect(ledger.duplicates.every((d) => d.keptAt.file === "savedrecs-13.txt" && d.keptAt.line === d.location.line)).toBe(true);
    expect(new Set(records.map((r) => r.UT)).size).toBe(9_500);
    expect(new Set(records.map((r) => r.SR)).size).toBe(9_500);
    expect(seconds).toBeLessThan(10);
  });
});

const ORACLE_DATASETS = [
  "ai-epilepsy-188",
  "bibliometrics-management-241",
  "corporate-tax-rpt-178-bom",
  "generative-ai-469",
  "ml-dl-health-africa-500",
  "phenomenology-part1-369",
  "phenomenology-part2-500",
];

describe.skipIf(!hasShared)("WoS plain text: parity with bibliometrix's outputs", () => {
  // Some oracle folders are held back for independent checks; test every one that is present.
  const present = hasShared
    ? ORACLE_DATASETS.filter((d) => existsSync(sharedPath("oracle", d, "main-info.json")))
    : [];

  it("has oracle outputs to compare with", () => {
    expect(present.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(present)("%s", (dataset) => {
    const oracle = (name: string) => sharedPath("oracle", dataset, name);
    const { records } = importFile(wosDir(`${dataset}.txt`));

    it("has as many records as convert2df", () => {
      const c2d = JSON.parse(readFileSync(oracle("convert2df.json"), "utf8")) as { records: number };
      expect(records).toHaveLength(c2d.records);
    });

    it("prints the Main Information table row by row as summary()", () => {
      const expected = JSON.parse(readFileSync(oracle("main-info.json"), "utf8")) as ReturnType<typeof toBibliometrixMainInfo>;
      const mine = toBibliometrixMainInfo(mainInformation(records, { referenceYear: ORACLE_YEAR }));
      expect(mine.table).toEqual(expected.table);
      for (const [key, want] of Object.entries(expected.raw)) {
        const got = (mine.raw as Record<string, unknown>)[key];
        if (typeof want === "number") expect(Math.abs((got as number) - want), key).toBeLessThanOrEqual(1e-9);
        else expect(got, key).toEqual(want);
      }
    });

    it("gives the same annual production", () => {
      const expected = JSON.parse(readFileSync(oracle("annual-production.json"), "utf8")) as ReturnType<
        typeof toBibliometrixAnnualProduction
      >;
      const mine = toBibliometrixAnnualProduction(annualProduction(records));
      expect(mine.annual_production).toEqual(expected.annual_production);
      expect(mine.annual_growth_rate_pct).toBe(expected.annual_growth_rate_pct);
      expect(Math.abs(mine.annual_growth_rate_pct_unrounded! - expected.annual_growth_rate_pct_unrounded!)).toBeLessThanOrEqual(1e-9);
      expect(mine.note).toBe(expected.note);
    });

    it("equals bibliometrix's data frame record by record, in its row order", () => {
      const rows = readOracleRecords(oracle("records.csv"));
      expect(records).toHaveLength(rows.length);
      const { mismatches } = agreement(records, rows, RECORD_FIELDS);
      expect(Object.values(mismatches).flat().slice(0, 10)).toEqual([]);
    });
  });
});

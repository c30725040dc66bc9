import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus, type CorpusInput } from "../../../analyses/corpus/build-corpus.ts";
import { annualProduction } from "../../../analyses/descriptives/annual-production.ts";
import { BCI_EXPORTS, copyRecord, readSourceCorpus, writeScaledCorpus } from "../../../scripts/bench/scale-corpus.ts";

const work = mkdtempSync(join(tmpdir(), "bibliosite-scale-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const readDir = (dir: string): CorpusInput[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));

describe("copyRecord", () => {
  const record = [
    "PT J",
    "TI A title",
    "CR Smith J, 2020, J NEURAL ENG, V1, P2, DOI 10.1088/ABC",
    "   Doe J, 2019, NATURE, V3, P4, DOI 10.1038/other",
    "DI 10.1234/xyz",
    "UT WOS:000667508800015",
    "ER",
  ];
  it("gives copy c a new accession number and DOI, and suffixes references to the corpus's own DOIs", () => {
    expect(copyRecord(record, 7, new Set(["10.1088/abc"]))).toEqual([
      "PT J",
      "TI A title",
      "CR Smith J, 2020, J NEURAL ENG, V1, P2, DOI 10.1088/ABC.s7",
      "   Doe J, 2019, NATURE, V3, P4, DOI 10.1038/other",
      "DI 10.1234/xyz.s7",
      "UT WOS:S0007000667508800015",
      "ER",
    ]);
  });
});

describe("writeScaledCorpus on the BCI exports", () => {
  const source = readSourceCorpus(BCI_EXPORTS);

  it("reads the 10,000 records of the 20 exports", () => {
    expect(source.records).toHaveLength(10_000);
    expect(source.header).toEqual(["FN Clarivate Analytics Web of Science", "VR 1.0"]);
  });

  it("doubles the corpus with its real distributions: same duplicates rate, twice every year's count", () => {
    const out = join(work, "20k");
    const result = writeScaledCorpus(source, 20_000, out);
    expect(result.files).toBe(20);
    const scaled = buildCorpus(readDir(out));
    const real = buildCorpus(readDir(BCI_EXPORTS));
    expect(scaled.ledger.read).toBe(20_000);
    expect(scaled.ledger.rejected).toHaveLength(0);
    expect(scaled.ledger.duplicates).toHaveLength(1_000);
    expect(scaled.ledger.kept).toBe(19_000);
    expect(annualProduction(scaled.records).rows).toEqual(annualProduction(real.records).rows.map((r) => ({ year: r.year, articles: 2 * r.articles })));
    expect(new Set(scaled.records.map((r) => r.UT)).size).toBe(19_000);
  }, 180_000);
});

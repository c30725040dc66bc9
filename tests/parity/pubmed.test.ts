import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../analyses/corpus/build-corpus.ts";
import { hasShared, sharedPath } from "../support/shared.ts";
import { COMPARED_FIELDS, agreement, readOracleRecords } from "../support/oracle-records.ts";

/**
 * PubMed against bibliometrix: MEDLINE files against convert2df(dbsource = "pubmed") record by
 * record, in its row order; the PubMed CSV of the same 89 records against the MEDLINE import.
 */

const importFile = (rel: string) => buildCorpus([{ file: rel, bytes: readFileSync(sharedPath("data", rel)) }]);

describe.skipIf(!hasShared)("PubMed MEDLINE: parity with bibliometrix", () => {
  it.each([
    ["pubmed/biomed-mixed-89-lf.txt", 89, 89],
    ["pubmed/mcda-healthcare-335.txt", 335, 335], // after-dedup count from oracle/index.json (its folder is held back)
  ])("%s: PROVENANCE count read, convert2df count kept, nothing rejected", (rel, provenance, convert2df) => {
    const { records, ledger } = importFile(rel);
    expect(ledger.rejected).toEqual([]);
    expect(ledger.read).toBe(provenance);
    expect(records).toHaveLength(convert2df);
    expect(new Set(records.map((r) => r.SR)).size).toBe(records.length);
  });

  it("biomed-mixed-89-lf: every field of every record equals records.csv", () => {
    const dir = sharedPath("oracle", "biomed-mixed-89-lf");
    const c2d = JSON.parse(readFileSync(`${dir}/convert2df.json`, "utf8")) as { records: number };
    const { records } = importFile("pubmed/biomed-mixed-89-lf.txt");
    expect(records).toHaveLength(c2d.records);
    const rows = readOracleRecords(`${dir}/records.csv`);
    const { agree, mismatches } = agreement(records, rows);
    for (const f of COMPARED_FIELDS) expect([f, agree[f] ?? 0, mismatches[f]?.slice(0, 3) ?? []]).toEqual([f, rows.length, []]);
  });

  it.skipIf(!hasShared || !existsSync(sharedPath("oracle", "mcda-healthcare-335", "records.csv")))("mcda-healthcare-335: every field equals records.csv", () => {
    const rows = readOracleRecords(sharedPath("oracle", "mcda-healthcare-335", "records.csv"));
    const { agree } = agreement(importFile("pubmed/mcda-healthcare-335.txt").records, rows);
    for (const f of COMPARED_FIELDS) expect([f, agree[f]]).toEqual([f, rows.length]);
  });
});

describe.skipIf(!hasShared)("PubMed CSV: the same 89 records as the MEDLINE export", () => {
  it("reads 89 records and agrees with the MEDLINE import on the fields the CSV carries", () => {
    const csv = importFile("other/pubmed-csv-89.csv");
    expect(csv.ledger.rejected).toEqual([]);
    expect(csv.ledger.read).toBe(89);
    expect(csv.records).toHaveLength(89);
    const medline = new Map(importFile("pubmed/biomed-mixed-89-lf.txt").records.map((r) => [r.extra.PMID, r]));
    const agree: Record<string, number> = {};
    for (const r of csv.records) {
      const m = medline.get(r.extra.PMID)!;
      expect(m).toBeDefined();
      const pairs: [string, unknown, unknown][] = [
        ["PY", r.PY, m.PY],
        ["AU", r.AU, m.AU],
        ["J9", r.J9, m.J9],
        ["SR", r.SR, m.SR],
        // MEDLINE titles end with a period the CSV drops
        ["TI", r.TI, m.TI?.replace(/\.$/, "")],
        // MEDLINE's DI is the first LID, a PII for some records; the CSV has the DOI
        ["DI", r.DI, m.DI],
      ];
      for (const [f, a, b] of pairs) if (a === b) agree[f] = (agree[f] ?? 0) + 1;
    }
    // Measured; the causes of each difference are in docs/parity.md (PubMed CSV).
    expect(agree).toEqual({ PY: 87, AU: 79, J9: 89, SR: 87, TI: 89, DI: 69 });
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../analyses/corpus/build-corpus.ts";
import { detectImporter } from "../../../analyses/import/registry.ts";
import { pubmedCsvAuthors } from "../../../analyses/normalize/pubmed-csv.ts";

const fixture = new URL("../../fixtures/pubmed-csv/three-records.csv", import.meta.url);

describe("PubMed CSV importer", () => {
  it("is detected from its 11-column header (after the BOM)", () => {
    const text = readFileSync(fixture, "utf8").replace(/^\uFEFF/, "");
    expect(detectImporter("x", text).format).toBe("pubmed-csv");
  });

  it("turns the comma-separated author list into MEDLINE-style AU", () => {
    expect(pubmedCsvAuthors("Epuna F, Shaheen SW, Wen T.")).toBe("EPUNA F;SHAHEEN SW;WEN T");
    expect(pubmedCsvAuthors("")).toBeNull();
  });

  it("maps the columns and rejects the broken row with file and line; the ledger balances", () => {
    const { records, ledger } = buildCorpus([{ file: "three.csv", bytes: readFileSync(fixture) }]);
    expect(records.map((r) => r.extra.PMID)).toEqual(["36162296", "35081472", "36069892"]);
    const r = records[0]!;
    expect([r.DB, r.PY, r.SO, r.J9, r.DI, r.TC, r.CR, r.DE]).toEqual(["PUBMED", 2022, "WATER RES", "WATER RES", "10.1016/J.WATRES.2022.119128", 0, "none", null]);
    expect(r.TI).toBe("ROAD SALTING AND NATURAL BRINE MIGRATION REVEALED AS MAJOR SOURCES OF GROUNDWATER CONTAMINATION ACROSS REGIONS OF NORTHERN APPALACHIA WITH AND WITHOUT UNCONVENTIONAL OIL AND GAS DEVELOPMENT");
    expect(r.SR).toBe("EPUNA F, 2022, WATER RES");
    expect(ledger.rejected).toHaveLength(1);
    expect(ledger.rejected[0]!.location).toEqual({ file: "three.csv", line: 4 });
    expect(ledger.rejected[0]!.reason).toContain('"not-a-pmid"');
    expect(ledger.read).toBe(4);
    expect(ledger.read).toBe(ledger.kept + ledger.duplicates.length + ledger.filtered.length + ledger.rejected.length);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../analyses/corpus/build-corpus.ts";
import { detectImporter } from "../../../analyses/import/registry.ts";
import { parseMedline } from "../../../analyses/import/medline.ts";
import { correspondingAuthorCountryPubmed } from "../../../analyses/normalize/countries.ts";

const fixture = (name: string) => new URL(`../../fixtures/pubmed-medline/${name}`, import.meta.url);
const corpusOf = (name: string) => buildCorpus([{ file: name, bytes: readFileSync(fixture(name)) }]);

describe("PubMed MEDLINE importer", () => {
  it("is detected from content", () => {
    expect(detectImporter("x", readFileSync(fixture("two-records-lf.txt"), "utf8")).format).toBe("pubmed-medline");
  });

  it("joins 6-space continuation lines into the tag's value and keeps every line of list tags", () => {
    const { records } = parseMedline(readFileSync(fixture("two-records-lf.txt"), "utf8"), "f");
    expect(records).toHaveLength(2);
    expect(records[0]!.fields.get("TI")).toEqual([
      "Road salting and natural brine migration revealed as major sources of groundwater ",
      "contamination across regions of northern Appalachia with and without ",
      "unconventional oil and gas development.",
    ]);
    expect(records[0]!.fields.get("LID")).toEqual(["S0043-1354(22)01074-0 [pii]", "10.1016/j.watres.2022.119128 [doi]"]);
  });

  it("maps tags as bibliometrix's pubmed2df: JT->SO, TA->J9, MH->DE=ID without '*', first LID->DI, DP->PY", () => {
    const { records } = corpusOf("two-records-lf.txt");
    const r = records[0]!;
    expect(r.DB).toBe("PUBMED");
    expect(r.PY).toBe(2022);
    expect(r.TI).toBe(
      "ROAD SALTING AND NATURAL BRINE MIGRATION REVEALED AS MAJOR SOURCES OF GROUNDWATER CONTAMINATION ACROSS REGIONS OF NORTHERN APPALACHIA WITH AND WITHOUT UNCONVENTIONAL OIL AND GAS DEVELOPMENT.",
    );
    expect(r.SO).toBe("WATER RESEARCH");
    expect(r.J9).toBe("WATER RES");
    expect(r.AU).toBe("EPUNA F;SHAHEEN SW;WEN T");
    expect(r.DE).toBe("SALTS;OIL AND GAS FIELDS;CHLORIDES;ENVIRONMENTAL MONITORING;WATER POLLUTANTS, CHEMICAL/ANALYSIS;GROUNDWATER/ANALYSIS;METHANE/ANALYSIS;GASES;APPALACHIAN REGION;WATER/ANALYSIS;NATURAL GAS");
    expect(r.ID).toBe(r.DE);
    expect(r.DI).toBe("S0043-1354(22)01074-0"); // the PII comes first, as in bibliometrix
    expect(r.DT).toBe("JOURNAL ARTICLE");
    expect(r.TC).toBe(0);
    expect(r.CR).toBe("none");
    expect(r.RP).toBeNull();
    expect(r.extra.PMID).toBe("36162296");
    expect(r.AU_CO).toBe("USA;USA;USA");
    expect(r.AU1_CO).toBe("USA");
    expect(r.SR).toBe("EPUNA F, 2022, WATER RES");
    expect(records[1]!.AU?.split(";")).toContain("ORTÍ G");
  });

  it("reads CRLF exports exactly like LF ones", () => {
    const lf = corpusOf("two-records-lf.txt").records;
    const crlf = corpusOf("two-records-crlf.txt").records;
    expect(crlf.map(({ location, ...r }) => r)).toEqual(lf.map(({ location, ...r }) => r));
  });

  it("finds single-word countries for AU1_CO (PubMed's own search string)", () => {
    expect(correspondingAuthorCountryPubmed("DEPT OF X, UNIV OF NAPLES, NAPLES, ITALY.;")).toBe("ITALY");
    expect(correspondingAuthorCountryPubmed(null)).toBeNull();
  });

  it("rejects a broken record with file and line, reads the rest, and the ledger balances", () => {
    const { records, ledger } = corpusOf("broken.txt");
    expect(records.map((r) => r.extra.PMID)).toEqual(["36162296", "36069892"]);
    expect(ledger.rejected).toHaveLength(1);
    const text = readFileSync(fixture("broken.txt"), "utf8").split("\n");
    const line = ledger.rejected[0]!.location.line;
    expect(text[line - 1]).toBe("PMID- 35081472");
    expect(ledger.rejected[0]!.reason).toMatch(/^broken\.txt:\d+: line \d+ is neither "TAG - value"/);
    expect(ledger.read).toBe(3);
    expect(ledger.read).toBe(ledger.kept + ledger.duplicates.length + ledger.filtered.length + ledger.rejected.length);
  });

  it("drops a repeated PMID as a duplicate across files", () => {
    const bytes = readFileSync(fixture("two-records-lf.txt"));
    const { records, ledger } = buildCorpus([
      { file: "a.txt", bytes },
      { file: "b.txt", bytes },
    ]);
    expect(records).toHaveLength(2);
    expect(ledger.duplicates.map((d) => [d.key, d.value, d.location.file])).toEqual([
      ["PMID", "36162296", "b.txt"],
      ["PMID", "35081472", "b.txt"],
    ]);
  });
});

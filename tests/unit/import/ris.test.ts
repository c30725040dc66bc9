import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../analyses/corpus/build-corpus.ts";
import { decodeBytes } from "../../../analyses/import/decode.ts";
import { detectImporter } from "../../../analyses/import/registry.ts";
import { parseRis, risFlavour } from "../../../analyses/import/ris.ts";
import { risAuthor, splitWosKeywords } from "../../../analyses/normalize/ris.ts";

const fixture = (name: string) => new URL(`../../fixtures/ris/${name}`, import.meta.url);
const decoded = (name: string) => decodeBytes(readFileSync(fixture(name)), name).text.replace(/^\uFEFF/, "");
const corpusOf = (name: string) => buildCorpus([{ file: name, bytes: readFileSync(fixture(name)) }]);

describe("RIS importers", () => {
  it.each([
    ["wos-bare-cr.ris", "ris-wos"],
    ["scopus.ris", "ris-scopus"],
    ["embase.ris", "ris-embase"],
    ["ieee-mixed-endings.ris", "ris-generic"],
  ])("detects %s as %s from its content", (name, format) => {
    expect(detectImporter(name, decoded(name)).format).toBe(format);
  });

  it("splits WoS's bare-CR-separated repeated tags into lines", () => {
    const { records } = parseRis(decoded("wos-bare-cr.ris"), "w");
    expect(records[0]!.fields.get("WE")).toEqual(["Science Citation Index Expanded (SCI-EXPANDED)", "Social Science Citation Index (SSCI)"]);
    expect(records[0]!.fields.get("AN")).toEqual(["WOS:000985648900009"]);
    // the N1 block continues on untagged lines
    expect(records[0]!.fields.get("N1")![0]).toContain("\nCited Reference Count:  0");
  });

  it("rebuilds WoS records as the plain-text import would", () => {
    const { records } = corpusOf("wos-bare-cr.ris");
    const r = records[1]!;
    expect([r.DB, r.UT, r.PY, r.TC, r.SO, r.J9, r.JI]).toEqual(["ISI", "WOS:001067510500001", 2024, 8, "BUSINESS & INFORMATION SYSTEMS ENGINEERING", "BUS INFORM SYST ENG+", "BUS. INF. SYST. ENG."]);
    expect(r.AU).toBe("FEUERRIEGEL S;HARTMANN J;JANIESCH C;ZSCHECH P");
    expect(r.DE).toBe("GENERATIVE AI; ARTIFICIAL INTELLIGENCE; DECISION SUPPORT; CONTENT CREATION; INFORMATION SYSTEMS");
    expect(r.ID).toBe("ARTIFICIAL-INTELLIGENCE; MANAGEMENT; FRAMEWORK");
    expect(r.AU_CO).toBe("GERMANY;GERMANY;GERMANY;GERMANY;GERMANY");
    expect(r.CR).toBe("none");
  });

  it("splits WoS KW into author keywords and the trailing all-capital Keywords Plus", () => {
    expect(splitWosKeywords(["Generative AI", "ChatGPT", "MANAGEMENT", "MODEL"])).toEqual({ DE: ["Generative AI", "ChatGPT"], ID: ["MANAGEMENT", "MODEL"] });
    expect(splitWosKeywords(["AI"])).toEqual({ DE: [], ID: ["AI"] }); // the documented limit
  });

  it("maps Scopus RIS (trailing spaces, Cited By, EID from the URL)", () => {
    const { records } = corpusOf("scopus.ris");
    const r = records[0]!;
    expect([r.DB, r.UT, r.PY, r.TC, r.AU, r.DT, r.JI, r.J9]).toEqual(["SCOPUS", "2-S2.0-85016520957", 2018, 2, "TOBLER W", "ARTICLE", "CARTOGR. GEOGR. INF. SCI", "CARTOGR GEOGR INF SCI"]);
    expect(r.extra.SN).toBe("15230406 (ISSN)");
    expect(r.AU_CO).toBe("USA");
    expect(r.CR.startsWith("LAMBERT, J.H., (1772)")).toBe(true);
  });

  it("maps Embase RIS (A1 authors, JF source, Y1 year, U2 accession number)", () => {
    const { records } = corpusOf("embase.ris");
    const r = records[0]!;
    expect([r.DB, r.UT, r.PY, r.SO, r.DT]).toEqual(["EMBASE", "L2028768535", 2024, "MEDICINE IN DRUG DISCOVERY", "ARTICLE"]);
    expect(r.AU).toBe("WANG Y;GUO D;WINKLER R;LEI X;WANG X;MESSINA J;LUO J;LU H");
    expect(r.DI).toBe("10.1016/j.medidd.2023.100172");
  });

  it("reads IEEE Xplore RIS with mixed line ends and drops its duplicated AU lines", () => {
    const { records } = corpusOf("ieee-mixed-endings.ris");
    expect(records).toHaveLength(3);
    expect(records[0]!.AU).toBe("KALBE G");
    expect(records[0]!.PY).toBe(2019);
    expect(records.every((r) => new Set(r.AU!.split(";")).size === r.AU!.split(";").length)).toBe(true);
    expect(risAuthor("A. S. Z. Belloum")).toBe("BELLOUM ASZ");
  });

  it("rejects a record cut short (no ER) with file and line; the ledger balances", () => {
    const { records, ledger } = corpusOf("broken.ris");
    expect(records).toHaveLength(2);
    expect(ledger.rejected).toHaveLength(1);
    const { line } = ledger.rejected[0]!.location;
    expect(decoded("broken.ris").split("\n")[line - 1]).toBe("TY  - JOUR");
    expect(ledger.rejected[0]!.reason).toMatch(/^broken\.ris:\d+: record has no "ER {2}-" line before the next "TY {2}-"/);
    expect(ledger.read).toBe(3);
    expect(ledger.read).toBe(ledger.kept + ledger.duplicates.length + ledger.filtered.length + ledger.rejected.length);
  });

  it("decides the database from content only", () => {
    expect(risFlavour("TY  - JOUR\nAN  - WOS:000123\nER  -")).toBe("wos");
    expect(risFlavour("TY  - JOUR\nN1  - Export Date: 1 May 2020\nER  -")).toBe("scopus");
    expect(risFlavour("TY  - JOUR\nDB  - Embase\nER  -")).toBe("embase");
    expect(risFlavour("TY  - JOUR\nTI  - X\nER  -")).toBe("generic");
  });
});

import { describe, expect, it } from "vitest";
import { popAuthors } from "../../../analyses/normalize/publish-or-perish.ts";
import { balances, fixtureCorpus } from "./fixture-corpus.ts";

describe("Embase CSV (vertical) importer", () => {
  it("reads records field by field and rejects a record that lost its TITLE line", () => {
    const corpus = fixtureCorpus("embase-csv", "vertical.csv");
    const { records, ledger } = corpus;
    expect(ledger.files[0]!.format).toBe("embase-csv");
    expect(records.map((r) => [r.UT, r.location.line])).toEqual([
      ["L2028768535", 1],
      ["L643223053", 14],
    ]);
    expect(ledger.rejected.map((r) => r.location.line)).toEqual([29]);
    expect(ledger.rejected[0]!.reason).toMatch(/vertical\.csv:29: .*starts with its TITLE line/);
    expect(balances(corpus)).toBe(true);
    const r = records[0]!;
    expect(r.AU).toBe("WANG Y;GUO D;WINKLER R;LEI X;WANG X;MESSINA J;LUO J;LU H");
    expect(r.PY).toBe(2024);
    expect(r.SO).toBe("MEDICINE IN DRUG DISCOVERY");
    expect(r.DE).toBe("ALCOHOLIC HEPATITIS;GLUCOCORTICOID RECEPTOR;LIVER-SPECIFIC;PRODRUG;SEPSIS;ZWITTERIONIC LINKER");
    expect(r.DI).toBe("10.1016/j.medidd.2023.100172");
    expect(records[1]!.extra.PMID).toBe("38203148");
  });
});

describe("Publish or Perish CSV importer", () => {
  it("writes 'Q Yang, J Snyder' authors as 'YANG Q;SNYDER J'", () => {
    expect(popAuthors("Q Yang, J Snyder, WR Tobler")).toBe("YANG Q;SNYDER J;TOBLER WR");
    expect(popAuthors("W Tobler, …")).toBe("TOBLER W");
  });

  it("reads rows with the Google Scholar cluster id as key", () => {
    const corpus = fixtureCorpus("publish-or-perish-csv", "pop.csv");
    expect(corpus.ledger.files[0]!.format).toBe("publish-or-perish-csv");
    expect(corpus.records.map((r) => [r.UT, r.PY, r.TC, r.DT])).toEqual([
      ["GS:9325369329110424213", 1993, 369, "PDF"],
      ["GS:15566940558969663318", 1999, 217, "BOOK"],
      ["GS:9601877258764462132", 1961, 173, "PDF"],
    ]);
    expect(balances(corpus)).toBe(true);
  });
});

describe("Web of Science citation report importer", () => {
  it("skips the query lines and maps each row to a record with its citations per year", () => {
    const corpus = fixtureCorpus("wos-citation-report", "report.txt");
    expect(corpus.ledger.files[0]!.format).toBe("wos-citation-report");
    const r = corpus.records[0]!;
    expect([r.location.line, r.TI, r.AU, r.SO, r.PY, r.TC, r.DI]).toEqual([
      5, "COMPUTER MOVIE SIMULATING URBAN GROWTH IN DETROIT REGION", "TOBLER WR", "ECONOMIC GEOGRAPHY", 1970, 3718, "10.2307/143141",
    ]);
    expect(r.extra.TC_BY_YEAR?.startsWith("1972:1;1973:1;1974:2;1975:6;")).toBe(true);
    expect(corpus.records).toHaveLength(2);
    expect(balances(corpus)).toBe(true);
  });
});

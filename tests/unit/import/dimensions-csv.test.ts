import { describe, expect, it } from "vitest";
import { dimensionsAuthors } from "../../../analyses/normalize/dimensions-csv.ts";
import { balances, fixtureCorpus } from "./fixture-corpus.ts";

describe("Dimensions CSV importer", () => {
  it("abbreviates given names to initials", () => {
    expect(dimensionsAuthors("Aria, Massimo; De Rosa, Anna Maria; Macphail, E C")).toBe("Aria M;De Rosa AM;Macphail EC");
  });

  it("reads an export without the preamble: CRLF rows, bare LF in abstracts, no final line end", () => {
    const corpus = fixtureCorpus("dimensions-csv", "no-preamble.csv");
    const { records, ledger } = corpus;
    expect(ledger.files[0]!.format).toBe("dimensions-csv");
    expect(ledger.rejected).toEqual([]);
    expect(records.map((r) => r.location.line)).toEqual([2, 7]);
    const r = records[0]!;
    expect(r.UT).toBe("PUB.1173974926");
    expect(r.DI).toBe("10.1016/J.JAD.2024.07.131"); // bibliometrix upper-cases Dimensions DOIs too
    expect(r.TI).toBe("N100 AS A RESPONSE PREDICTION BIOMARKER FOR ACCELERATED 1\u00a0HZ RIGHT DLPFC-RTMS IN MAJOR DEPRESSION");
    expect(r.DE).toBe(r.ID);
    expect(r.DE?.startsWith("HUMANS; DEPRESSIVE DISORDER, MAJOR;")).toBe(true);
    expect(r.AU_CO).toBe(`${"CANADA;".repeat(12)}NETHERLANDS;USA`);
    expect(r.AU1_CO).toBe("CANADA");
    expect(r.CR).toBe("none");
    expect(balances(corpus)).toBe(true);
  });

  it("reads an export with the 'About the data' line and rejects a cut row by its line", () => {
    const corpus = fixtureCorpus("dimensions-csv", "with-preamble.csv");
    expect(corpus.records.map((r) => [r.UT, r.location.line])).toEqual([
      ["PUB.1173974926", 3],
      ["PUB.1101301674", 8],
    ]);
    expect(corpus.ledger.rejected.map((r) => r.location.line)).toEqual([9]);
    expect(corpus.ledger.rejected[0]!.reason).toMatch(/^with-preamble\.csv:9: row has 15 cells but the header has 34 columns/);
    expect(balances(corpus)).toBe(true);
  });
});

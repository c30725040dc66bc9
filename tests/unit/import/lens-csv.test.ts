import { describe, expect, it } from "vitest";
import { lensAuthors, lensColumnTag } from "../../../analyses/normalize/lens-csv.ts";
import { balances, fixtureCorpus } from "./fixture-corpus.ts";

describe("Lens.org CSV importer", () => {
  it("renames columns by bibliometrix's ordered substring rules", () => {
    expect(["Lens ID", "Source Title", "Publication Type", "Author/s", "Citing Works Count", "Source URLs", "Date Published"].map(lensColumnTag)).toEqual([
      "UT", "SO", "DT", "AU", "TC", "URL", "Date Published",
    ]);
  });

  it("writes authors as surname + capitals of the given names, quirks included", () => {
    expect(lensAuthors("Petar Radanliev; David De Roure")).toBe("Radanliev P;Roure DD");
    expect(lensAuthors("null Walcher; Einar Sjövall")).toBe("Walcher ;Sjövall E");
    expect(lensAuthors("吉彦 早川")).toBe("早川 ");
  });

  it("reads a CRLF export with mixed scripts and rejects a cut row by line; the ledger balances", () => {
    const corpus = fixtureCorpus("lens-csv", "crlf-mixed-scripts.csv");
    const { records, ledger } = corpus;
    expect(ledger.files[0]!.format).toBe("lens-csv");
    expect(records.map((r) => r.UT)).toEqual(["000-102-656-132-186", "000-122-946-719-709"]);
    expect(ledger.rejected.map((r) => r.location)).toEqual([{ file: "crlf-mixed-scripts.csv", line: 4 }]);
    expect(ledger.rejected[0]!.reason).toMatch(/row has 10 cells but the header has 32 columns/);
    expect(balances(corpus)).toBe(true);
    const r = records[0]!;
    expect(r.AU).toBe("HAYAKAWA Y;SHINODA M;HIROSE M;CHIBA Y;早川 ");
    expect(r.DI).toBe("10.1007/s11548-015-1213-2");
    expect(r.TC).toBe(13);
    expect(r.ID).toBe(r.DE); // Lens has one keyword list; bibliometrix copies it
    expect(r.AU_CO).toBeNull();
    expect(r.CR).not.toBe("none");
  });

  it("reads the older 29-column layout", () => {
    const { records } = fixtureCorpus("lens-csv", "old-29-columns.csv");
    expect(records.map((r) => r.SR)).toEqual([
      "RATKÓCZY , 1941, DEUTSCHE ZEITSCHRIFT FÜR DIE GESAMTE GERICHTLICHE MEDIZIN",
      "TOBLER , 1999, JOURNAL OF SLEEP RESEARCH",
    ]);
  });
});

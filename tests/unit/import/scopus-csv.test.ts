import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../analyses/corpus/build-corpus.ts";
import { fixScopusReferenceSeparators } from "../../../analyses/normalize/scopus-csv.ts";
import { detectImporter } from "../../../analyses/import/registry.ts";
import { balances, fixtureCorpus } from "./fixture-corpus.ts";

describe("Scopus CSV importer", () => {
  it("is recognised from the header, for the 54-, 45- and 13-column layouts", () => {
    expect(detectImporter("a.csv", '"Authors","Title","Year","Source title","EID"\n').format).toBe("scopus-csv");
    expect(fixtureCorpus("scopus-csv", "thirteen-columns.csv").ledger.files[0]!.format).toBe("scopus-csv");
  });

  it("reads the old layout (comma-separated authors collapse into one, as in bibliometrix) and rejects a cut row by line", () => {
    const corpus = fixtureCorpus("scopus-csv", "old-layout-broken-row.csv");
    const { records, ledger } = corpus;
    expect(ledger.read).toBe(4);
    expect(records.map((r) => r.location.line)).toEqual([2, 3, 5]);
    expect(ledger.rejected).toHaveLength(1);
    expect(ledger.rejected[0]!.location).toEqual({ file: "old-layout-broken-row.csv", line: 4 });
    expect(ledger.rejected[0]!.reason).toMatch(/old-layout-broken-row\.csv:4: row has 20 cells but the header has 54 columns/);
    expect(balances(corpus)).toBe(true);
    const first = records[0]!;
    expect(first.UT).toBe("2-S2.0-85127865888");
    expect(first.AU).toBe("GOVIL N SHARMA A");
    expect(first.PY).toBe(2022);
    expect(first.TC).toBe(2);
    expect(first.DI).toBe("10.1016/j.advengsoft.2022.103125"); // DOI keeps its case
    expect(first.J9).toBe("ADV ENG SOFTWARE");
    expect(first.SR).toBe("GOVIL N SHARMA A, 2022, ADV ENG SOFTWARE");
    expect(first.AU_CO).toBe("INDIA");
    expect(first.AU1_CO).toBe("INDIA");
    expect(first.extra.FX).toBeDefined(); // "Funding Text 1" -> FX
    expect(first.extra["Funding Text 2"]).toBeDefined();
  });

  it("reads the 2024+ layout: '; '-separated authors, references split after '(year);'", () => {
    const { records } = fixtureCorpus("scopus-csv", "new-layout.csv");
    expect(records).toHaveLength(1);
    const r = records[0]!;
    expect(r.AU).toBe("ASARE B;NUERTEY D;POKU E");
    expect(r.SR).toBe("ASARE B, 2023, BENCHMARKING");
    expect(r.CR.split(";").length).toBeGreaterThan(10);
    expect(r.AU_CO).toBe("GHANA");
  });

  it("turns the 2024+ reference separators into WoS-like ones", () => {
    expect(fixScopusReferenceSeparators("Ai C.; Norton E.C., Interaction terms, Econ Lett, 80, (2003); Rocha V.; Grilli L., Hiring, (2024)")).toBe(
      "Ai C., Norton E.C., Interaction terms, Econ Lett, 80, (2003); Rocha V., Grilli L., Hiring, (2024)",
    );
    expect(fixScopusReferenceSeparators("SMITH J., 2001, OLD STYLE; DOE A., 1999")).toBe("SMITH J., 2001, OLD STYLE; DOE A., 1999");
  });

  it("fits a 46-cell row under a 45-column header: the surplus is a second funding text, the EID stays the EID", () => {
    const corpus = fixtureCorpus("scopus-csv", "wide-rows.csv");
    expect(corpus.ledger.rejected).toEqual([]);
    const wide = corpus.records[1]!;
    expect(wide.UT).toBe("2-S2.0-85123480963");
    expect(wide.DT).toBe("ARTICLE");
    expect(wide.J9).toBe("SCI REP");
    expect(wide.DB).toBe("SCOPUS");
    // Its correspondence address holds a line break inside the quoted cell.
    expect(wide.RP).toBe(
      "GUTOWSKA, K.; INSTITUTE OF COMPUTING SCIENCE, PIOTROWO 2, POLAND; EMAIL: KAJA.GUTOWSKA@CS.PUT.POZNAN.PL\n" +
        "KOGUT, D.; DEPARTMENT OF SYSTEMS BIOLOGY AND ENGINEERING, AKADEMICKA 16, POLAND; EMAIL: DARIA.KOGUT@POLSL.PL",
    );
  });

  it("reads the 13-column layout (unquoted numbers and DOIs) that bibliometrix cannot read", () => {
    const { records, ledger } = fixtureCorpus("scopus-csv", "thirteen-columns.csv");
    expect(ledger.rejected).toEqual([]);
    expect(records.map((r) => [r.UT, r.TC, r.DI])).toEqual([
      ["2-S2.0-84865331032", 592, "10.1109/TPAMI.2011.272"],
      ["2-S2.0-84857832525", 456, "10.1016/j.ins.2010.07.015"],
    ]);
    expect(records[0]!.C1).toBeNull();
    // No "Abbreviated Source Title": SR falls back to the full source title.
    expect(records[1]!.SR).toBe("AKAY B KARABOGA D, 2012, INFORMATION SCIENCES");
  });

  it("drops a record repeated in a second export by EID, and says which one it kept", () => {
    const bytes = readFileSync(resolve(import.meta.dirname, "../../fixtures/scopus-csv/thirteen-columns.csv"));
    const corpus = buildCorpus([{ file: "2012-a.csv", bytes }, { file: "2012-b.csv", bytes }]);
    expect(corpus.ledger.read).toBe(4);
    expect(corpus.records).toHaveLength(2);
    expect(corpus.ledger.duplicates.map((d) => [d.key, d.value, d.location.file, d.keptAt.file])).toEqual([
      ["UT", "2-S2.0-84865331032", "2012-b.csv", "2012-a.csv"],
      ["UT", "2-S2.0-84857832525", "2012-b.csv", "2012-a.csv"],
    ]);
    expect(balances(corpus)).toBe(true);
  });
});

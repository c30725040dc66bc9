import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasShared, sharedPath } from "../support/shared.ts";
import { buildCorpus } from "../../analyses/corpus/build-corpus.ts";

/**
 * WoS tab-delimited exports (bibliometrix cannot read them, so there is no oracle): every layout of
 * PROVENANCE.md section 2 imports with its record count, no rejection, and the values the
 * plain-text path would produce (authors "SURNAME I", C1 addresses ending ".;", CR list).
 */
const FILES: Record<string, number> = {
  "imaginaries-2010-2011-500.txt": 500,
  "tobler-author-set.txt": 81,
  "pavement-defect-dl.txt": 38,
  "biodiversity-index-130-nobom-nocr.txt": 130,
};

function importFile(name: string) {
  return buildCorpus([{ file: name, bytes: readFileSync(sharedPath("data", "wos-tab", name)) }], {});
}

describe.skipIf(!hasShared)("WoS tab-delimited exports", () => {
  it.each(Object.entries(FILES))("%s: %i records, none rejected, as wos-tab", (name, count) => {
    const { records, ledger } = importFile(name);
    expect(ledger.files[0]!.format).toBe("wos-tab");
    expect(ledger.rejected).toEqual([]);
    expect(ledger.read).toBe(count);
    expect(records.length + ledger.duplicates.length).toBe(count);
    // The 2025 export also holds Derwent (DIIDW:) and KCI (KJD:) records.
    expect(records.every((r) => /^(WOS|DIIDW|KJD):/.test(r.UT ?? "") && r.DB === "ISI")).toBe(true);
    expect(new Set(records.map((r) => r.SR)).size).toBe(records.length);
  });

  it("classic 2016 layout: authors, addresses and references rebuilt as in plain text", () => {
    const { records } = importFile("imaginaries-2010-2011-500.txt");
    const wilson = records.find((r) => r.TI === "PERFORMATIVE NEOLIBERAL-PARASITIC ECONOMIES: THE CHICAGO CASE")!;
    expect(wilson.AU).toBe("WILSON D");
    expect(wilson.C1).toBe("UNIV ILLINOIS, DEPT GEOG, URBANA, IL 61801 USA.;");
    expect(wilson.CR.split(";")[0]).toBe("APPADURAI ARJUN, 1990, PUBLIC CULTURE, V2, P1");
    expect(wilson.PY).toBe(2011);
    expect(records.filter((r) => r.CR !== "").length).toBe(453);
  });

  it("2024 layout without CR/DE columns: CR is 'none' for every record", () => {
    const { records } = importFile("biodiversity-index-130-nobom-nocr.txt");
    expect(records.every((r) => r.CR === "none" && r.DE === null)).toBe(true);
    expect(records[0]!.C1).toMatch(/^AUTONOMOUS UNIV CHIAPAS, FAC AGR SCI, .*\.;/);
  });

  it("2025 layout with AU twice: the filled AU column is used (it holds full names); 3 records without PY", () => {
    const { records } = importFile("pavement-defect-dl.txt");
    expect(records.find((r) => r.UT === "WOS:000777505000041")!.AU).toBe(
      "HASSAN SYED IBRAHIM;O'SULLIVAN DYMPNA;MCKEEVER SUSAN;POWER DAVID;MCGOWAN RAY;FEIGHAN KIERAN",
    );
    expect(records.filter((r) => r.PY === null)).toHaveLength(3);
  });
});

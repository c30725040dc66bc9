import { describe, expect, it } from "vitest";
import { hasShared } from "../support/shared.ts";
import { importShared } from "../support/oracle-records.ts";

/**
 * Formats bibliometrix has no reader for (no oracle): every file imports, with the record count
 * shared/data/PROVENANCE.md section 10 states.
 */
describe.skipIf(!hasShared)("odd exports: record counts", () => {
  it("Embase vertical CSV: 91 records (the 91 \"TITLE\" lines)", () => {
    const { records, ledger } = importShared("other", "embase-vertical-export.csv");
    expect(records.every((r) => r.DB === "EMBASE")).toBe(true);
    expect(ledger.files[0]!.format).toBe("embase-csv");
    expect(ledger.rejected).toEqual([]);
    expect(ledger.read).toBe(91);
    expect(records).toHaveLength(91);
    // Counted in the file: 84 "DOI" lines, 35 "AUTHOR KEYWORDS" lines, 91 distinct PUIs, years 2014-2024.
    expect(records.filter((r) => r.DI !== null)).toHaveLength(84);
    expect(records.filter((r) => r.DE !== null)).toHaveLength(35);
    expect(new Set(records.map((r) => r.UT)).size).toBe(91);
    expect(Math.min(...records.map((r) => r.PY!))).toBe(2014);
    expect(Math.max(...records.map((r) => r.PY!))).toBe(2024);
  });

  it("Publish or Perish: 829 rows, none dropped (homonyms and re-listings stay; cluster ids are unique)", () => {
    const { records, ledger } = importShared("other", "tobler-publish-or-perish-829.csv");
    expect(ledger.files[0]!.format).toBe("publish-or-perish-csv");
    expect(ledger.rejected).toEqual([]);
    expect(ledger.read).toBe(829);
    expect(records).toHaveLength(829);
    expect(records.filter((r) => r.UT !== null)).toHaveLength(623);
  });

  it("WoS citation report: 71 lines = query, timespan, blank line, header and 67 documents", () => {
    const { records, ledger } = importShared("other", "tobler-wos-citation-report.txt");
    expect(ledger.files[0]!.format).toBe("wos-citation-report");
    expect(ledger.rejected).toEqual([]);
    expect(records).toHaveLength(67);
    expect(records.reduce((s, r) => s + r.TC, 0)).toBeGreaterThan(0);
    expect(records.every((r) => r.TI !== null && r.AU !== null)).toBe(true);
  });
});

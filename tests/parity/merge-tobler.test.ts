import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../analyses/corpus/build-corpus.ts";
import { hasShared, sharedPath } from "../support/shared.ts";

/**
 * The Tobler set: one author's works exported from WoS (tab-delimited and RIS), Scopus (CSV and
 * RIS) and Lens (CSV). Merging must give one record per work and account for every record read.
 */
describe.skipIf(!hasShared)("cross-database merge of the Tobler set", () => {
  const files = [
    "wos-tab/tobler-author-set.txt",
    "ris/tobler-wos.ris",
    "scopus-csv/tobler-author-81.csv",
    "ris/tobler-scopus-81.ris",
    "lens/tobler-lens-252.csv",
  ];
  const corpus = () => buildCorpus(files.map((f) => ({ file: f, bytes: readFileSync(sharedPath("data", f)) })), {});

  it("merges 576 records into 294 works, every merge in the ledger", () => {
    const { records, ledger } = corpus();
    expect(ledger.files.map((f) => [f.file, f.format, f.recordsRead])).toEqual([
      ["wos-tab/tobler-author-set.txt", "wos-tab", 81],
      ["ris/tobler-wos.ris", "ris-wos", 81],
      ["scopus-csv/tobler-author-81.csv", "scopus-csv", 81],
      ["ris/tobler-scopus-81.ris", "ris-scopus", 81],
      ["lens/tobler-lens-252.csv", "lens-csv", 252],
    ]);
    expect([ledger.read, ledger.kept, ledger.duplicates.length, ledger.merges.length]).toEqual([576, 294, 282, 282]);
    expect(records).toHaveLength(294);
    const byKey: Record<string, number> = {};
    for (const m of ledger.merges) byKey[m.key] = (byKey[m.key] ?? 0) + 1;
    expect(byKey).toEqual({ DOI: 232, UT: 32, "title+year": 15, "similar title": 3 });
  });

  it("keeps the WoS record of a work and its cited references, with the larger citation count noted", () => {
    const { records, ledger } = corpus();
    // Every WoS record survives: the other databases merge into it, never the reverse.
    expect(records.filter((r) => r.DB === "ISI")).toHaveLength(81);
    expect(ledger.merges.every((m) => m.kept.format !== "lens-csv" || m.merged.format === "lens-csv")).toBe(true);
    const fromScopus = ledger.merges.filter((m) => m.kept.format === "wos-tab" && m.merged.format === "scopus-csv");
    expect(fromScopus.length).toBe(44);
    const tcNotes = ledger.merges.flatMap((m) => m.fields.filter((f) => f.field === "TC"));
    expect(tcNotes.length).toBeGreaterThan(0);
    for (const note of tcNotes) expect(note.note).toMatch(/^\d+ \(.+\) > \d+ \(.+\)$/);
    const wosKept = records.filter((r) => r.DB === "ISI" && r.extra.MERGED_FORMATS?.includes("scopus-csv"));
    expect(wosKept.every((r) => r.CR === "none" || !/\(\d{4}\)$/.test(r.CR.split(";")[0] ?? ""))).toBe(true);
  });
});

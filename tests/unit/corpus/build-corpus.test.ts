import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../analyses/corpus/build-corpus.ts";

const fixture = (name: string): Uint8Array =>
  readFileSync(resolve(import.meta.dirname, "../../fixtures/wos-plaintext", name));
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function wos(records: { ut: string; py?: number; dt?: string; au?: string; ab?: string; so?: string }[]): Uint8Array {
  const body = records
    .map((r) =>
      [
        "PT J",
        `AU ${r.au ?? "Rossi, M"}`,
        "TI A title",
        `SO ${r.so ?? "ENERGY POLICY"}`,
        ...(r.dt ? [`DT ${r.dt}`] : []),
        ...(r.ab ? [`AB ${r.ab}`] : []),
        ...(r.py !== undefined ? [`PY ${r.py}`] : []),
        "J9 ENERG POLICY",
        `UT ${r.ut}`,
        "ER",
        "",
      ].join("\n"),
    )
    .join("\n");
  return enc(`FN Clarivate Analytics Web of Science\nVR 1.0\n${body}\nEF\n`);
}

const balanced = (l: { read: number; kept: number; duplicates: unknown[]; filtered: unknown[]; rejected: unknown[] }) =>
  l.read === l.kept + l.duplicates.length + l.filtered.length + l.rejected.length;

describe("buildCorpus", () => {
  it("imports, normalises and sets SR, with a balanced ledger", () => {
    const { records, ledger } = buildCorpus([{ file: "exports/a.txt", bytes: fixture("two-records.txt") }], {});
    expect(records.map((r) => r.SR)).toEqual(["ARIA M, 2017, J INFORMETR", "TOH ML, NA, SURV REV"]);
    expect(records[0]!.extra.SR_FULL).toBe("ARIA M, 2017, J INFORMETR");
    expect(ledger).toMatchObject({ read: 2, kept: 2, duplicates: [], filtered: [], rejected: [] });
    expect(ledger.files).toEqual([{ file: "exports/a.txt", format: "wos-plaintext", recordsRead: 2, rejected: 0 }]);
  });

  it("drops duplicate UTs across files, keeping the first and saying where each came from", () => {
    const a = wos([{ ut: "WOS:1", py: 2020 }, { ut: "WOS:2", py: 2021 }]);
    const b = wos([{ ut: "WOS:2", py: 2021 }, { ut: "WOS:3", py: 2022 }]);
    const { records, ledger } = buildCorpus([{ file: "a.txt", bytes: a }, { file: "b.txt", bytes: b }], {});
    expect(records.map((r) => r.UT)).toEqual(["WOS:1", "WOS:2", "WOS:3"]);
    expect(ledger.duplicates).toEqual([
      { location: { file: "b.txt", line: 3 }, key: "UT", value: "WOS:2", keptAt: { file: "a.txt", line: 12 } },
    ]);
    expect(ledger.read).toBe(4);
    expect(balanced(ledger)).toBe(true);
  });

  it("filters by years, keeping records without PY and noting them", () => {
    const bytes = wos([{ ut: "WOS:1", py: 1997 }, { ut: "WOS:2", py: 2000 }, { ut: "WOS:3" }, { ut: "WOS:4", py: 2031 }]);
    const { records, ledger } = buildCorpus([{ file: "x.txt", bytes }], { years: [1998, 2026] });
    expect(records.map((r) => r.UT)).toEqual(["WOS:2", "WOS:3"]);
    expect(ledger.filtered.map((f) => [f.UT, f.rule, f.detail])).toEqual([
      ["WOS:1", "years", "PY 1997 outside 1998-2026"],
      ["WOS:4", "years", "PY 2031 outside 1998-2026"],
    ]);
    expect(ledger.keptWithoutYear).toEqual([{ location: { file: "x.txt", line: 21 }, UT: "WOS:3" }]);
    expect(balanced(ledger)).toBe(true);
  });

  it("filters by document type on any ';'-element, case-insensitively", () => {
    const bytes = wos([
      { ut: "WOS:1", dt: "Article" },
      { ut: "WOS:2", dt: "Review; Early Access" },
      { ut: "WOS:3", dt: "Editorial Material" },
      { ut: "WOS:4" },
    ]);
    const { records, ledger } = buildCorpus([{ file: "x.txt", bytes }], { documentTypes: ["article", "REVIEW"] });
    expect(records.map((r) => r.UT)).toEqual(["WOS:1", "WOS:2"]);
    expect(ledger.filtered.map((f) => [f.UT, f.rule])).toEqual([
      ["WOS:3", "documentTypes"],
      ["WOS:4", "documentTypes"],
    ]);
    expect(ledger.filtered[0]!.detail).toContain('"EDITORIAL MATERIAL"');
    expect(balanced(ledger)).toBe(true);
  });

  it("builds SR after filtering, so suffixes only count the records kept", () => {
    const bytes = wos([{ ut: "WOS:1", py: 2020 }, { ut: "WOS:2", py: 2020 }, { ut: "WOS:3", py: 2020, dt: "Article" }]);
    expect(buildCorpus([{ file: "x.txt", bytes }], {}).records.map((r) => r.SR)).toEqual([
      "ROSSI M, 2020, ENERG POLICY",
      "ROSSI M, 2020, ENERG POLICY-a",
      "ROSSI M, 2020, ENERG POLICY-a-b",
    ]);
    expect(buildCorpus([{ file: "x.txt", bytes }], { documentTypes: ["article"] }).records.map((r) => r.SR)).toEqual([
      "ROSSI M, 2020, ENERG POLICY",
    ]);
  });

  it("orders rows as bibliometrix's data frame: records with AB first, then the rest, input order within", () => {
    const bytes = wos([{ ut: "WOS:1" }, { ut: "WOS:2", ab: "Abstract" }, { ut: "WOS:3" }, { ut: "WOS:4", ab: "Abstract" }]);
    expect(buildCorpus([{ file: "x.txt", bytes }], {}).records.map((r) => r.UT)).toEqual(["WOS:2", "WOS:4", "WOS:1", "WOS:3"]);
  });

  it("reports rejected records from a damaged file and still balances", () => {
    const { records, ledger } = buildCorpus(
      [
        { file: "good.txt", bytes: fixture("two-records.txt") },
        { file: "bad.txt", bytes: fixture("corrupted.txt") },
      ],
      {},
    );
    expect(records).toHaveLength(5);
    expect(ledger.rejected.map((p) => `${p.location.file}:${p.location.line}`)).toEqual([
      "bad.txt:11",
      "bad.txt:23",
      "bad.txt:31",
      "bad.txt:45",
    ]);
    expect(ledger.read).toBe(9);
    expect(balanced(ledger)).toBe(true);
  });

  it("throws a clear error naming the file, the formats tried and its first lines when no importer recognises it", () => {
    const text = enc("Lorem ipsum\ndolor sit amet\n");
    expect(() => buildCorpus([{ file: "exports/notes.txt", bytes: text }], {})).toThrowError(
      /^exports\/notes\.txt: no importer recognises this file \(tried: .*Web of Science plain text.*\); it starts with "Lorem ipsum", "dolor sit amet"$/,
    );
    expect(() => buildCorpus([{ file: "empty.txt", bytes: new Uint8Array() }], {})).toThrowError(/empty\.txt: .*the file is empty/);
  });

  it("accepts the 2021 TAB layout and a BOM", () => {
    const { records, ledger } = buildCorpus([{ file: "t.txt", bytes: fixture("tab-layout-two-exports.txt") }], {});
    expect(records.map((r) => r.SR)).toEqual([
      "MANSUETO GIOVANNI, 2021, CLINICAL PSYCHOLOGY & PSYCHOTHERAPY", // no J9 column: SO stands in for JI
      "GOODNOW TRISCHA, NA, AMERICAN BEHAVIORAL SCIENTIST",
    ]);
    expect(ledger.rejected).toEqual([]);
  });
});

describe("buildCorpus warnings", () => {
  it("warns, naming the file, when no record of a file has one of bibliometrix's core tags", () => {
    const bytes = new TextEncoder().encode("FN x\nVR 1.0\nPT J\nAU A, B\nTI t\nSO S\nPY 2020\nTC 1\nUT WOS:1\nER\nEF\n");
    const { ledger } = buildCorpus([{ file: "thin.txt", bytes }], {});
    expect(ledger.warnings).toEqual([
      {
        file: "thin.txt",
        message: "thin.txt: no record has DE, C1, RP, CR; the analyses that use them will be empty for this file (bibliometrix only warns here too)",
      },
    ]);
  });
});

describe("buildCorpus, one file at a time", () => {
  const files = [
    { file: "a.txt", bytes: wos([{ ut: "WOS:1", ab: "Über – the “first”" }, { ut: "WOS:2" }]) },
    { file: "b.txt", bytes: wos([{ ut: "WOS:3", au: "Łukasz, K" }, { ut: "WOS:1" }]) },
  ];

  it("reads lazy inputs once each, in order, and builds the same corpus as from bytes", () => {
    const reads: string[] = [];
    const heard: string[] = [];
    const lazy = buildCorpus(
      files.map(({ file, bytes }) => ({ file, read: () => (reads.push(file), bytes) })),
      {},
      {},
      (f) => heard.push(`${f.file}:${f.recordsRead}`),
    );
    expect(reads).toEqual(["a.txt", "b.txt"]);
    expect(heard).toEqual(["a.txt:2", "b.txt:2"]);
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(buildCorpus(files, {})));
    expect(lazy.records.map((r) => r.UT)).toEqual(["WOS:1", "WOS:2", "WOS:3"]);
    expect(lazy.records[0]!.extra.AB_raw).toBe("Über – the “first”");
    expect(lazy.records[2]!.AU).toBe("ŁUKASZ K");
  });

  it("writes CR 'none' only when no file has CR, and '' for a record without CR when another file has it", () => {
    const withCr = enc("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Rossi, M\nTI T\nCR Callon M, 1991, SCIENTOMETRICS\nUT WOS:9\nER\n\nEF\n");
    expect(buildCorpus(files, {}).records.map((r) => r.CR)).toEqual(["none", "none", "none"]);
    expect(buildCorpus([...files, { file: "c.txt", bytes: withCr }], {}).records.map((r) => r.CR)).toEqual([
      "",
      "",
      "",
      "CALLON M, 1991, SCIENTOMETRICS",
    ]);
  });
});

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../analyses/import/decode.ts";
import { parseWosPlaintext } from "../../../analyses/import/wos-plaintext.ts";
import { buildCorpus } from "../../../analyses/corpus/build-corpus.ts";

const fixture = (name: string): Uint8Array =>
  readFileSync(resolve(import.meta.dirname, "../../fixtures/wos-plaintext", name));
const parseFixture = (name: string) => parseWosPlaintext(decodeBytes(fixture(name), name).text, name);

describe("parseWosPlaintext: well-formed exports", () => {
  it("reads records, their start lines, tags and continuation lines", () => {
    const { records, rejected } = parseFixture("two-records.txt");
    expect(rejected).toEqual([]);
    expect(records.map((r) => r.location)).toEqual([
      { file: "two-records.txt", line: 3 },
      { file: "two-records.txt", line: 31 },
    ]);
    const first = records[0]!;
    expect(first.fields.get("AU")).toEqual(["Aria, M", "Cuccurullo, C"]);
    expect(first.fields.get("TI")).toEqual([
      "bibliometrix: An R-tool for comprehensive science mapping analysis -",
      "a worked example",
    ]);
    expect(first.fields.get("UT")).toEqual(["WOS:000414311600007"]);
    expect(first.fields.has("ER")).toBe(false);
    expect(first.layout).toBe("classic");
  });

  it("reads the 2021 TAB layout, unindented continuations, RI as Name/ID, and two concatenated exports", () => {
    const { records, rejected } = parseFixture("tab-layout-two-exports.txt");
    expect(rejected).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records.map((r) => r.location.line)).toEqual([3, 19]);
    const first = records[0]!;
    expect(first.layout).toBe("tab");
    expect(first.fields.get("AU")).toEqual(["Mansueto, Giovanni", "Cavallo, Chiara"]);
    expect(first.fields.get("RI")).toEqual(["Mansueto, Giovanni/M-9289-2018", "Cavallo, Chiara/A-1111-2020"]);
    expect(records[1]!.fields.get("UT")).toEqual(["WOS:000638953200001"]);
  });

  it("accepts a file without final EF and a record without PY", () => {
    const text = "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI Early access paper\nEA JAN 2024\nUT WOS:1\nER\n";
    const { records, rejected } = parseWosPlaintext(text, "no-ef.txt");
    expect(rejected).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]!.fields.has("PY")).toBe(false);
  });
});

describe("parseWosPlaintext: damaged exports", () => {
  const { records, rejected } = parseFixture("corrupted.txt");

  it("keeps every intact record", () => {
    expect(records.map((r) => [r.location.line, r.fields.get("UT")![0]])).toEqual([
      [3, "WOS:000000000000001"],
      [15, "WOS:000000000000003"],
      [37, "WOS:000000000000006"],
    ]);
  });

  it("reports each broken record with file, start line and what was expected", () => {
    expect(rejected.map((p) => p.location)).toEqual([
      { file: "corrupted.txt", line: 11 },
      { file: "corrupted.txt", line: 23 },
      { file: "corrupted.txt", line: 31 },
      { file: "corrupted.txt", line: 45 },
    ]);
    const [cut, stray, nameless, unfinished] = rejected.map((p) => p.reason);
    expect(cut).toMatch(/line 11 is incomplete: a new record \(PT\) at line 15 before its end-of-record line \(ER\)/);
    expect(stray).toMatch(/line 26 is neither a field tag/);
    expect(stray).toContain("this line is neither a tag nor indented");
    expect(nameless).toMatch(/neither UT .* nor TI/);
    expect(unfinished).toMatch(/the file ends before its end-of-record line \(ER\)/);
  });

  it("balances in the corpus ledger", () => {
    const { records: kept, ledger } = buildCorpus([{ file: "corrupted.txt", bytes: fixture("corrupted.txt") }], {});
    expect(kept).toHaveLength(3);
    expect(ledger.files).toEqual([{ file: "corrupted.txt", format: "wos-plaintext", recordsRead: 7, rejected: 4 }]);
    expect(ledger.read).toBe(7);
    expect(ledger.read).toBe(ledger.kept + ledger.duplicates.length + ledger.filtered.length + ledger.rejected.length);
    expect(ledger.rejected[0]!.location).toEqual({ file: "corrupted.txt", line: 11 });
  });

  it("reports text found between records", () => {
    const text = "FN x\nVR 1.0\nPT J\nTI ok\nUT WOS:1\nER\nAU Orphan, A\n   More, B\nPT J\nTI ok2\nUT WOS:2\nER\n";
    const r = parseWosPlaintext(text, "orphans.txt");
    expect(r.records).toHaveLength(2);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]!.location).toEqual({ file: "orphans.txt", line: 7 });
    expect(r.rejected[0]!.reason).toContain('expected "PT" to start a record');
  });

  it("reports a record interrupted by a new export header", () => {
    const text = "FN x\nVR 1.0\nPT J\nTI half\nFN x\nVR 1.0\nPT J\nTI whole\nUT WOS:2\nER\n";
    const r = parseWosPlaintext(text, "h.txt");
    expect(r.records.map((x) => x.location.line)).toEqual([7]);
    expect(r.rejected[0]!.reason).toContain("a new export header (FN) at line 5");
  });
});

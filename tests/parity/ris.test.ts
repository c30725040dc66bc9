import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../analyses/corpus/build-corpus.ts";
import type { BibRecord } from "../../analyses/model/record.ts";
import { hasShared, sharedPath } from "../support/shared.ts";

/**
 * RIS: bibliometrix has no reader, so (1) every real RIS export imports with the PROVENANCE count,
 * and (2) the WoS RIS of the 469 generative-AI records gives the same corpus as their WoS plain-text
 * export on the fields RIS carries.
 */

const importFile = (...parts: string[]) => buildCorpus([{ file: parts.at(-1)!, bytes: readFileSync(sharedPath("data", ...parts)) }]);

describe.skipIf(!hasShared)("RIS: every real export imports", () => {
  it.each([
    ["generative-ai-wos-469.ris", "ris-wos", 469],
    ["tobler-wos.ris", "ris-wos", 81],
    ["tobler-scopus-81.ris", "ris-scopus", 81],
    ["embase-91.ris", "ris-embase", 91],
    ["litstudy-example.ris", "ris-generic", 25],
  ])("%s is read as %s with the PROVENANCE count and no rejection", (file, format, count) => {
    const { records, ledger } = importFile("ris", file);
    expect(ledger.files.map((f) => f.format)).toEqual([format]);
    expect(ledger.rejected).toEqual([]);
    expect(ledger.read).toBe(count);
    expect(records.length + ledger.duplicates.length).toBe(count);
    expect(new Set(records.map((r) => r.SR)).size).toBe(records.length);
  });
});

describe.skipIf(!hasShared)("RIS conformance: WoS RIS = WoS plain text for the same 469 records", () => {
  const txt = importFile("wos-plaintext", "generative-ai-469.txt").records;
  const ris = importFile("ris", "generative-ai-wos-469.ris").records;
  const byUT = new Map(txt.map((r) => [r.UT, r]));
  const agreeOn = (get: (r: BibRecord) => unknown) => ris.filter((r) => JSON.stringify(get(r)) === JSON.stringify(get(byUT.get(r.UT)!))).length;

  it("has the same 469 accession numbers", () => {
    expect(ris).toHaveLength(469);
    expect(ris.every((r) => byUT.has(r.UT))).toBe(true);
  });

  it("agrees exactly on UT, PY, TI, SO, JI, J9, TC, DI, AB, LA, AU_CO and SR", () => {
    for (const [name, get] of [
      ["PY", (r: BibRecord) => r.PY], ["TI", (r: BibRecord) => r.TI], ["SO", (r: BibRecord) => r.SO],
      ["JI", (r: BibRecord) => r.JI], ["J9", (r: BibRecord) => r.J9], ["TC", (r: BibRecord) => r.TC],
      ["DI", (r: BibRecord) => r.DI], ["AB", (r: BibRecord) => r.extra.AB], ["LA", (r: BibRecord) => r.extra.LA],
      ["AU_CO", (r: BibRecord) => r.AU_CO], ["SR", (r: BibRecord) => r.SR],
    ] as const) expect([name, agreeOn(get)]).toEqual([name, 469]);
  });

  it("agrees on the remaining RIS fields as measured (reasons in docs/parity.md)", () => {
    expect({
      AU: agreeOn((r) => r.AU), // group authors are AU lines in RIS, CA in plain text
      DE: agreeOn((r) => r.DE), // KW mixes DE and ID: split at the trailing all-capital run
      ID: agreeOn((r) => r.ID),
      // C1: same addresses; plain text keeps a double space where "[authors]" was removed
      C1: agreeOn((r) => r.C1?.replace(/\s+/g, " ")),
      AU1_CO: agreeOn((r) => r.AU1_CO), // RIS has no RP
    }).toEqual({ AU: 467, DE: 460, ID: 460, C1: 469, AU1_CO: 240 });
  });
});

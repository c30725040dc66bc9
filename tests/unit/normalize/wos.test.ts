import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../analyses/import/decode.ts";
import { parseWosPlaintext } from "../../../analyses/import/wos-plaintext.ts";
import {
  cleanCitedReferences,
  mergeKeywords,
  normalizeWosAddresses,
  normalizeWosAuthors,
  normalizeWosRecord,
} from "../../../analyses/normalize/wos.ts";

const load = (name: string) => {
  const bytes = readFileSync(resolve(import.meta.dirname, "../../fixtures/wos-plaintext", name));
  const raws = parseWosPlaintext(decodeBytes(bytes, name).text, name).records;
  const corpusHasCR = raws.some((r) => r.fields.has("CR"));
  return raws.map((r) => normalizeWosRecord(r, { corpusHasCR }));
};

describe("normalizeWosRecord (convert2df for WoS plain text)", () => {
  const [aria, toh] = load("two-records.txt");

  it("joins AU lines with ';', turns commas into spaces and upper-cases", () => {
    expect(aria!.AU).toBe("ARIA M;CUCCURULLO C");
    expect(aria!.extra.AF).toBe("ARIA, MASSIMO;CUCCURULLO, CORRADO");
    expect(toh!.AU).toBe("TOH ML");
  });

  it("joins other tags with a space, as isi2df's '---' glue does (a line ending in '-' keeps it glued)", () => {
    expect(aria!.TI).toBe("BIBLIOMETRIX: AN R-TOOL FOR COMPREHENSIVE SCIENCE MAPPING ANALYSIS -A WORKED EXAMPLE");
    expect(aria!.extra.TI_raw).toBe("bibliometrix: An R-tool for comprehensive science mapping analysis -a worked example");
    expect(aria!.DE).toBe("SCIENCE MAPPING; BIBLIOMETRICS; CO-WORD ANALYSIS");
    expect(aria!.ID).toBe("CITATION; NETWORKS");
  });

  it("keeps DI in its original case and reads PY/TC as numbers (TC NA -> 0, missing PY -> null)", () => {
    expect(aria!.DI).toBe("10.1016/J.JOI.2017.08.007");
    expect(aria!.PY).toBe(2017);
    expect(aria!.TC).toBe(1500);
    expect(toh!.PY).toBeNull();
    expect(toh!.TC).toBe(0);
    expect(aria!.DB).toBe("ISI");
    expect(aria!.UT).toBe("WOS:000414311600007");
  });

  it("applies the C1 rule: author brackets removed (leaving two spaces, as in R), every '.' becomes '.;'", () => {
    expect(aria!.C1).toBe(
      "UNIV NAPLES FEDERICO II, DEPT ECON & STAT, NAPLES, ITALY.;  UNIV CAMPANIA, DEPT ECON, CAPUA, ITALY.;  HARVARD UNIV, CAMBRIDGE, MA 02138 USA.;",
    );
    expect(aria!.extra.C1raw).toContain("[ARIA, MASSIMO]");
  });

  it("cleans CR, and writes 'none' only when the corpus has no CR at all", () => {
    expect(aria!.CR).toBe(
      "CALLON M, 1991, SCIENTOMETRICS, V22, P155, DOI 10.1007/BF02019280;ANONYMOUS, 2010, ENERGY POLICY, V1, P1;SMALL H, 1973, J AM SOC INFORM SCI, V24, P265, DOI 10.1002/ASI.4630240406",
    );
    expect(toh!.CR).toBe(""); // this corpus has CR: a record without it is R's NA
    const [alone] = load("localized-rp-early-access.txt");
    expect(alone!.CR).toBe("none");
  });

  it("derives countries and keeps J9/JI, KW_Merged", () => {
    expect(aria!.AU_CO).toBe("ITALY;ITALY;USA");
    expect(aria!.AU1_CO).toBe("ITALY"); // found in RP
    expect(aria!.J9).toBe("J INFORMETR");
    expect(aria!.JI).toBe("J. INFORMETR.");
    expect(toh!.J9).toBeNull();
    expect(aria!.extra.KW_Merged).toBe("SCIENCE MAPPING; BIBLIOMETRICS; CO-WORD ANALYSIS; CITATION; NETWORKS");
    expect(toh!.extra.KW_Merged).toBe("NA");
  });

  it("reads the localised reprint label (通讯作者) and full-width comma", () => {
    const [r] = load("localized-rp-early-access.txt");
    expect(r!.AU1_CO).toBe("CHINA");
    expect(r!.AU_CO).toBe("CHINA;UNITED KINGDOM");
    expect(r!.PY).toBeNull();
    expect(r!.extra.EA).toBe("JAN 2022");
  });

  it("joins list lines of the 2021 TAB layout as '; '-separated entries", () => {
    const [r] = load("tab-layout-two-exports.txt");
    expect(r!.AU).toBe("MANSUETO GIOVANNI;CAVALLO CHIARA");
    expect(r!.extra.RI).toBe("MANSUETO, GIOVANNI/M-9289-2018; CAVALLO, CHIARA/A-1111-2020");
    expect(r!.PY).toBe(2021);
    expect(r!.TC).toBe(3);
  });
});

describe("field helpers", () => {
  it("normalises author names (spec §1.4): punctuation and accents kept", () => {
    expect(normalizeWosAuthors("Aria, M;  De Rosa,   JP ;O'Brien, J.")).toBe("ARIA M;DE ROSA JP;O'BRIEN J.");
    expect(normalizeWosAuthors("Büyükkıdık, S")).toBe("BÜYÜKKIDIK S");
  });
  it("removes '[,', '[', ']', ' .. ' and ' . ' from cited references", () => {
    expect(cleanCitedReferences("  [ANONYMOUS], 2001, X .. Y . Z")).toBe("ANONYMOUS, 2001, XYZ");
  });
  it("splits C1 on every dot", () => {
    expect(normalizeWosAddresses("[A, B] UNIV X, ROME, ITALY. [C] UNIV Y, U.S.A.")).toBe(
      "UNIV X, ROME, ITALY.;  UNIV Y, U.;S.;A.;",
    );
  });
  it("merges DE and ID without repeats, 'NA' when empty", () => {
    expect(mergeKeywords("A; B", "B; C")).toBe("A; B; C");
    expect(mergeKeywords(null, null)).toBe("NA");
  });
});

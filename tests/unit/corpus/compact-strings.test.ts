import { describe, expect, it } from "vitest";
import { StringCompactor } from "../../../analyses/model/compact-strings.ts";
import type { BibRecord } from "../../../analyses/model/record.ts";

describe("StringCompactor", () => {
  it("keeps every value, narrow or wide, empty or repeated, in place", () => {
    const file = `PT J\nAB Über – a “wide” abstract\nRP Wang, L (通讯作者)，Tsinghua Univ\nSO JOURNAL OF NEURAL ENGINEERING\n`;
    const lines = file.split("\n");
    const values = [lines[1]!.slice(3), "", lines[2]!.slice(3), lines[3]!.slice(3), "2021", lines[3]!.slice(3), "ÿµ"];
    const expected = [...values];
    const compactor = new StringCompactor();
    compactor.compact(values, (i) => i === 3 || i === 5);
    expect(values).toEqual(expected);
    const again = [lines[3]!.slice(3), "2021"];
    compactor.compact(again, () => true);
    expect(again).toEqual(["JOURNAL OF NEURAL ENGINEERING", "2021"]);
  });

  it("leaves a record's values and the order of its extra fields unchanged", () => {
    const rec: BibRecord = {
      location: { file: "a.txt", line: 1 },
      DB: "ISI",
      UT: "WOS:000667508800015",
      PY: 2021,
      TC: 3,
      AU: "WANG L;ŁUKASZ K",
      TI: "A TITLE",
      SO: "JOURNAL OF NEURAL ENGINEERING",
      DT: "ARTICLE",
      DE: null,
      ID: "EEG; BCI",
      C1: null,
      RP: "WANG, L (通讯作者)，TSINGHUA UNIV",
      CR: "",
      DI: "10.1088/1741-2552/AAF12E",
      JI: null,
      J9: "J NEURAL ENG",
      AU_CO: "CHINA",
      AU1_CO: "CHINA",
      extra: { TI_raw: "A title", WC: "Engineering", KW_Merged: "NA", LA: "ENGLISH" },
      SR: "",
    };
    const before = JSON.stringify(rec);
    new StringCompactor().record(rec);
    expect(JSON.stringify(rec)).toBe(before);
    expect(Object.keys(rec.extra)).toEqual(["TI_raw", "WC", "KW_Merged", "LA"]);
  });
});

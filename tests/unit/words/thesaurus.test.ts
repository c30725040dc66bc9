import { describe, expect, it } from "vitest";
import {
  ThesaurusError,
  parseRemoveList,
  parseSynonymsList,
  parseVosviewerThesaurus,
  synonymMapper,
} from "../../../analyses/words/thesaurus.ts";

describe("VOSviewer thesaurus", () => {
  it("reads label<TAB>replace by, upper-cases, groups by target, empty replacement removes", () => {
    const t = parseVosviewerThesaurus("\uFEFFlabel\treplace by\r\nml\tmachine learning\nmachine-learning\tMachine Learning\n\nwind power\t\n", "t.tsv");
    expect(t).toEqual({ synonyms: [{ target: "MACHINE LEARNING", terms: ["ML", "MACHINE-LEARNING"] }], remove: ["WIND POWER"] });
  });

  it("requires the header line", () => {
    expect(() => parseVosviewerThesaurus("ml\tmachine learning\n", "t.tsv")).toThrow('t.tsv, line 1: expected the header line "label<TAB>replace by"');
  });

  it("names the file and line of a line without a TAB, and of a repeated label", () => {
    expect(() => parseVosviewerThesaurus("label\treplace by\nml machine learning\n", "t.tsv")).toThrow(ThesaurusError);
    expect(() => parseVosviewerThesaurus("label\treplace by\nml machine learning\n", "t.tsv")).toThrow(/^t\.tsv, line 2: expected "label<TAB>replace by"/);
    expect(() => parseVosviewerThesaurus("label\treplace by\nml\ta\nml\tb\n", "t.tsv")).toThrow("t.tsv, line 3: label \"ML\" already defined on line 2");
  });
});

describe("bibliometrix synonyms and remove lists", () => {
  it("reads PREFERRED;SYN;SYN lines", () => {
    expect(parseSynonymsList("big data; big-data ;data\n\n", "s.txt")).toEqual({ synonyms: [{ target: "BIG DATA", terms: ["BIG-DATA", "DATA"] }], remove: [] });
    expect(() => parseSynonymsList("lonely\n", "s.txt")).toThrow("s.txt, line 1:");
  });
  it("reads one term per line or ;-separated", () => {
    expect(parseRemoveList("review\nanalysis;  method \n")).toEqual({ synonyms: [], remove: ["REVIEW", "ANALYSIS", "METHOD"] });
  });
  it("applies entries in order, so chains resolve like bibliometrix's loop", () => {
    const map = synonymMapper([
      { target: "B", terms: ["A"] },
      { target: "C", terms: ["B"] },
    ]);
    expect(["A", "B", "C", "D"].map(map)).toEqual(["C", "C", "C", "D"]);
  });
});

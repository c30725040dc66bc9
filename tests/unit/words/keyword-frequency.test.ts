import { describe, expect, it } from "vitest";
import { keywordFrequency, toBibliometrixKeywords, type KeywordFrequency } from "../../../analyses/words/keyword-frequency.ts";
import type { NotAvailable } from "../../../analyses/descriptives/availability.ts";
import { parseVosviewerThesaurus } from "../../../analyses/words/thesaurus.ts";
import { TOY } from "../descriptives/toy.ts";

function ok(r: KeywordFrequency | NotAvailable): KeywordFrequency {
  if (r.status !== "ok") throw new Error(`expected a result, got ${r.reason}`);
  return r;
}

describe("keyword frequency (tableTag)", () => {
  it("gives the toy DE table of the spec, ties alphabetical", () => {
    const r = ok(keywordFrequency(TOY, { field: "DE" }));
    expect(r.rows.map((x) => [x.term, x.freq])).toEqual([
      ["MACHINE LEARNING", 6], ["DEEP LEARNING", 5], ["RENEWABLE ENERGY", 5], ["BIBLIOMETRICS", 4], ["SCIENCE MAPPING", 4],
      ["SOLAR ENERGY", 4], ["CITATION ANALYSIS", 3], ["NEURAL NETWORKS", 3], ["PHOTOVOLTAICS", 3], ["WIND POWER", 3], ["COMPUTER VISION", 2],
    ]);
    expect(toBibliometrixKeywords(r)).toMatchObject({ tag: "DE", n_terms: 11 });
  });

  it("minDocShare counts documents, not occurrences", () => {
    const recs = [
      { DE: "A;A;A;B", ID: null },
      { DE: "B", ID: null },
      { DE: "C", ID: null },
      { DE: "B;C", ID: null },
    ];
    const r = ok(keywordFrequency(recs, { field: "DE", minDocShare: 0.5 }));
    // A occurs 3 times but in 1 document of 4 (25 %): dropped; B in 3 docs, C in 2 (50 %): kept.
    expect(r.rows).toEqual([
      { term: "B", freq: 3, docs: 3 },
      { term: "C", freq: 2, docs: 2 },
    ]);
    expect(r.minDocs).toBe(2);
    expect(r.distinctTerms).toBe(3);
  });

  it("applies synonyms before counting and removes terms after (keyword fields only)", () => {
    const recs = [
      { DE: "AI;ARTIFICIAL INTELLIGENCE;ML", ID: null },
      { DE: "ARTIFICIAL INTELLIGENCE;REVIEW", ID: null },
    ];
    const r = ok(keywordFrequency(recs, { field: "DE", synonyms: ["ARTIFICIAL INTELLIGENCE;AI"], removeTerms: ["review"] }));
    expect(r.rows.map((x) => [x.term, x.freq, x.docs])).toEqual([
      ["ARTIFICIAL INTELLIGENCE", 3, 2],
      ["ML", 1, 1],
    ]);
  });

  it("takes a VOSviewer thesaurus (empty replacement = drop)", () => {
    const th = parseVosviewerThesaurus("label\treplace by\nml\tmachine learning\nwind power\t\n", "thesaurus.tsv");
    const r = ok(keywordFrequency([{ DE: "ML;MACHINE LEARNING;WIND POWER", ID: null }], { field: "DE" }, th));
    expect(r.rows.map((x) => [x.term, x.freq])).toEqual([["MACHINE LEARNING", 2]]);
  });

  it("counts KW_Merged's 'NA' pseudo-keyword as bibliometrix does (pitfall §11.12)", () => {
    const r = ok(keywordFrequency([{ DE: "A", ID: null }, { DE: null, ID: null }], { field: "KW_Merged" }));
    expect(r.rows.map((x) => [x.term, x.freq])).toEqual([["A", 1], ["NA", 1]]);
  });

  it("says 'not available' when no record has the field", () => {
    expect(keywordFrequency(TOY, { field: "ID" })).toEqual({ status: "not-available", missing: ["ID"], reason: "not available: ID missing" });
  });

  it("rejects unknown parameters", () => {
    expect(() => keywordFrequency(TOY, { field: "DE", minShare: 0.1 } as never)).toThrow(/minShare/);
  });
});

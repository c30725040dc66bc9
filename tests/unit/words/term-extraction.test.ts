import { describe, expect, it } from "vitest";
import { porter2, termExtraction } from "../../../analyses/words/term-extraction.ts";

const TI1 = "CO-WORD ANALYSIS OF COVID-19'S IMPACT: A STATE-OF-THE-ART REVIEW (2020) OF U.S. DATA";
const TI2 = "BIG DATA AND BIG-DATA ANALYTICS - A REVIEW; E-COMMERCE";
const recs = [TI1, TI2].map((TI) => ({ TI, DE: null, ID: null }));

function terms(params: Parameters<typeof termExtraction>[1]): string[] {
  const r = termExtraction(recs, params);
  if (r.status !== "ok") throw new Error(r.reason);
  return r.terms.map((t) => t.join(";"));
}

describe("term extraction from titles (spec §3.3 oracle notes)", () => {
  it("unigrams: hyphenated words whole, punctuation and digits dropped, stop words out", () => {
    expect(terms({})).toEqual(["CO-WORD;ANALYSIS;COVID-S;IMPACT;STATE-OF-THE-ART;REVIEW;DATA", "DATA;BIG-DATA;ANALYTICS;REVIEW;E-COMMERCE"]);
  });
  it("bigrams: an n-gram with any stop word is dropped", () => {
    expect(terms({ ngrams: 2 })[0]).toBe("CO-WORD ANALYSIS;COVID-S IMPACT;STATE-OF-THE-ART REVIEW");
  });
  it("stemmed unigrams use Porter2", () => {
    expect(terms({ stemming: true })[0]).toBe("CO-WORD;ANALYSI;COVID-;IMPACT;STATE-OF-THE-ART;REVIEW;DATA");
  });
  it("remove terms and synonyms", () => {
    expect(terms({ removeTerms: ["analysis", "review"], synonyms: ["BIG DATA;BIG-DATA;DATA"] })[1]).toBe("BIG DATA;BIG DATA;ANALYTICS;E-COMMERCE");
  });
  it("builds a frequency table of the terms", () => {
    const r = termExtraction(recs, {});
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.table.slice(0, 2)).toEqual([
      { term: "DATA", freq: 2 },
      { term: "REVIEW", freq: 2 },
    ]);
  });
  it("is not available without titles", () => {
    expect(termExtraction([{ TI: null, DE: null, ID: null }], { field: "TI" }).status).toBe("not-available");
  });
});

describe("Snowball English (Porter2), as SnowballC", () => {
  // Pairs where Porter2 differs from the original Porter algorithm (e.g. Porter gives "gener").
  it.each([
    ["generously", "generous"],
    ["knightly", "knight"],
    ["analysis", "analysi"],
    ["consigned", "consign"],
    ["running", "run"],
    ["dying", "die"],
    ["skies", "sky"],
    ["news", "news"],
    ["communities", "communiti"],
    ["bibliometrics", "bibliometr"],
  ])("%s -> %s", (w, stem) => {
    expect(porter2(w)).toBe(stem);
  });
});

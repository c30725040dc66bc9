import { describe, expect, it } from "vitest";
import { firstAuthorSurname, mergeSources, normalizeDoi, titleKey } from "../../../analyses/corpus/merge-sources.ts";
import type { BibRecord, SourceDb } from "../../../analyses/model/record.ts";

let line = 0;
function rec(db: SourceDb, fields: Partial<BibRecord>): BibRecord {
  line += 10;
  return {
    location: { file: `${db.toLowerCase()}.txt`, line },
    DB: db,
    UT: null, PY: null, TC: 0, AU: null, TI: null, SO: null, DT: null, DE: null, ID: null,
    C1: null, RP: null, CR: "none", DI: null, JI: null, J9: null, AU_CO: null, AU1_CO: null,
    extra: {}, SR: "",
    ...fields,
  };
}

describe("merge keys", () => {
  it("normalises DOIs, title keys and first-author surnames", () => {
    expect(normalizeDoi(" https://doi.org/10.1016/J.JOI.2017.08.007 ")).toBe("10.1016/j.joi.2017.08.007");
    expect(normalizeDoi("")).toBeNull();
    expect(titleKey("Bibliometrix: An R-tool  for comprehensive science mapping!")).toBe("BIBLIOMETRIX AN RTOOL FOR COMPREHENSIVE SCIENCE MAPPING");
    expect(firstAuthorSurname("ARIA M;CUCCURULLO C", "ISI")).toBe("ARIA");
    expect(firstAuthorSurname("MASSIMO ARIA;CORRADO CUCCURULLO", "OPENALEX")).toBe("ARIA");
    expect(firstAuthorSurname("MÜLLER T", "SCOPUS")).toBe("MULLER");
  });
});

describe("mergeSources", () => {
  it("matches by DOI whatever the order given, keeps the WoS record, fills its gaps and takes the larger citation count", () => {
    const wos = rec("ISI", { UT: "WOS:1", DI: "10.1/ABC", TI: "A STUDY", PY: 2020, TC: 5, CR: "SMITH J, 2001, NATURE, V1, P1", DE: null });
    const scopus = rec("SCOPUS", { UT: "2-s2.0-9", DI: "https://doi.org/10.1/abc", TI: "A STUDY", PY: 2020, TC: 8, CR: "Smith J., Nature, 1, 1 (2001)", DE: "MAPPING" });
    const { records, merges, duplicates } = mergeSources([
      { format: "scopus-csv", db: "SCOPUS", records: [scopus] },
      { format: "wos-plaintext", db: "ISI", records: [wos] },
    ]);
    expect(records).toHaveLength(1);
    const kept = records[0]!;
    expect([kept.UT, kept.DB, kept.CR, kept.DE, kept.TC]).toEqual(["WOS:1", "ISI", "SMITH J, 2001, NATURE, V1, P1", "MAPPING", 8]);
    expect(kept.extra).toMatchObject({ TC_source: "scopus-csv", MERGED_FORMATS: "wos-plaintext;scopus-csv" });
    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ key: "DOI", value: "10.1/abc", kept: { format: "wos-plaintext" }, merged: { format: "scopus-csv" } });
    expect(merges[0]!.fields).toEqual([
      { field: "DE", from: "scopus-csv" },
      { field: "TC", from: "scopus-csv", note: "8 (scopus-csv) > 5 (wos-plaintext)" },
    ]);
    expect(duplicates[0]).toMatchObject({ key: "DOI", location: scopus.location, keptAt: wos.location });
  });

  it("matches the same accession number of one database in two formats, and title + year without DOI", () => {
    // Different first authors: a long title + year is enough, as in bibliometrix.
    const plain = rec("ISI", { UT: "WOS:7", TI: "X", PY: 2021 });
    const ris = rec("ISI", { UT: "WOS:7", TI: "X (RIS)", PY: 2021 });
    const lens = rec("LENS", { TI: "Graph-based mapping: a review", PY: 2019, AU: "DOE J" });
    const editorialA = rec("SCOPUS", { TI: "Editorial", PY: 2019, AU: "KIM S" });
    const editorialB = rec("LENS", { TI: "EDITORIAL", PY: 2019, AU: "LEE H" });
    const scopus = rec("SCOPUS", { TI: "GRAPH-BASED MAPPING: A REVIEW", PY: 2019, AU: "ROE K" });
    const result = mergeSources([
      { format: "wos-plaintext", db: "ISI", records: [plain] },
      { format: "ris", db: "ISI", records: [ris] },
      { format: "scopus-csv", db: "SCOPUS", records: [scopus, editorialA] },
      { format: "lens-csv", db: "LENS", records: [lens, editorialB] },
    ]);
    // The two editorials share a short title and a year, not an author: two works.
    expect(result.records).toHaveLength(4);
    expect(result.merges.map((m) => [m.key, m.merged.format])).toEqual([
      ["UT", "ris"],
      ["title+year", "lens-csv"],
    ]);
  });

  it("merges near-identical titles a year apart by the same first author, and never records with different DOIs", () => {
    const wos = rec("ISI", { TI: "SPATIAL INTERACTION MODELS FOR MIGRATION", PY: 1970, AU: "TOBLER W", DI: null });
    const lens = rec("LENS", { TI: "Spatial interaction model for migration", PY: 1971, AU: "TOBLER WR" });
    const other = rec("SCOPUS", { TI: "SPATIAL INTERACTION MODELS FOR MIGRATION", PY: 1970, AU: "TOBLER W", DI: "10.9/other" });
    const wosWithDoi = rec("ISI", { TI: "A CELLULAR GEOGRAPHY", PY: 1979, AU: "TOBLER W", DI: "10.9/one" });
    const scopusOtherDoi = rec("SCOPUS", { TI: "A CELLULAR GEOGRAPHY.", PY: 1979, AU: "TOBLER W", DI: "10.9/two" });
    const result = mergeSources([
      { format: "wos-tab", db: "ISI", records: [wos, wosWithDoi] },
      { format: "scopus-csv", db: "SCOPUS", records: [other, scopusOtherDoi] },
      { format: "lens-csv", db: "LENS", records: [lens] },
    ]);
    // `other` matches `wos` by title + year (wos has no DOI); `scopusOtherDoi` has the title and year
    // of `wosWithDoi` but another DOI, so it stays a work of its own.
    expect(result.merges.map((m) => [m.key, m.merged.format, m.similarity])).toEqual([
      ["title+year", "scopus-csv", undefined],
      ["similar title", "lens-csv", 0.975],
    ]);
    // The WoS record had no DOI: it takes the Scopus one.
    expect(result.records.map((r) => r.DI)).toEqual(["10.9/other", "10.9/one", "10.9/two"]);
  });
});

import { describe, expect, it } from "vitest";
import {
  mainInfoLines,
  mainInformation,
  splitMainInfoLine,
  toBibliometrixMainInfo,
} from "../../../analyses/descriptives/main-information.ts";
import { tableTag, tableTagItems } from "../../../analyses/words/table-tag.ts";
import { TOY } from "./toy.ts";

describe("toy collection of the spec (Appendix A), reference year 2026", () => {
  it("derives the expected countries", () => {
    expect(TOY.map((d) => d.AU_CO)).toEqual([
      "ITALY;ITALY", "ITALY", "ITALY;SPAIN;USA", "USA", "KOREA", "KOREA", "ITALY;KOREA", "SPAIN",
      "GERMANY;USA", "GERMANY", "ITALY;KOREA", "SPAIN", "SPAIN", "GERMANY;USA", "ITALY", "ITALY",
    ]);
    const au1 = Object.fromEntries(TOY.filter((d) => d.AU1_CO !== null).map((d) => [d.SR, d.AU1_CO]));
    expect(au1).toEqual({ DOC03: "USA", DOC04: "USA", DOC14: "USA", DOC05: "KOREA", DOC06: "KOREA", DOC11: "KOREA" });
  });

  const mi = mainInformation(TOY, { referenceYear: 2026 });

  it("computes every Main Information quantity", () => {
    expect(mi).toMatchObject({
      timespan: [2015, 2022],
      sources: 7,
      documents: 16,
      annualGrowthRatePct: 10.41,
      references: 3,
      keywordsPlus: 0,
      authorKeywords: 11,
      authors: 8,
      authorAppearances: 26,
      authorsOfSingleAuthoredDocs: 7,
      singleAuthoredDocs: 8,
      documentsPerAuthor: 2,
      internationalCoAuthorshipsPct: 31.25,
      missingPY: 0,
      documentTypes: [
        { type: "ARTICLE", n: 14 },
        { type: "REVIEW", n: 2 },
      ],
    });
    expect(mi.documentAverageAge).toBe(7.1875); // 2026 - mean PY (32301 / 16 = 2018.8125)
    expect(mi.averageCitationsPerDoc).toBe(5.875);
    expect(mi.coAuthorsPerDoc).toBe(1.625);
    // mean of TC / (2027 - PY), by hand
    const byHand = TOY.reduce((s, d) => s + d.TC / (2027 - d.PY!), 0) / 16;
    expect(mi.averageCitationsPerYearPerDoc).toBeCloseTo(byHand, 14);
    expect(mi.annualGrowthRatePctUnrounded).toBeCloseTo((Math.pow(2 / 1, 1 / 7) - 1) * 100, 12);
  });

  it("prints the table as summary() does", () => {
    const { table } = toBibliometrixMainInfo(mi);
    const rows = Object.fromEntries(table.map((r) => [r.Description, r.Results]));
    expect(rows).toMatchObject({
      Timespan: "2015:2022",
      "Sources (Journals, Books, etc)": "7",
      Documents: "16",
      "Annual Growth Rate %": "10.41",
      "Document Average Age": "7.19",
      "Average citations per doc": "5.875",
      "Average citations per year per doc": "0.639", // 0.63904...: 4 significant digits, trailing zero dropped
      References: "3",
      article: "14",
      review: "2",
      "Keywords Plus (ID)": "0",
      "Author's Keywords (DE)": "11",
      Authors: "8",
      "Author Appearances": "26",
      "Authors of single-authored docs": "7",
      "Single-authored docs": "8",
      "Documents per Author": "2",
      "Co-Authors per Doc": "1.62", // not "1.63": 1.625 is a binary tie, R rounds to even
      "International co-authorships %": "31.25",
    });
    expect(table.map((r) => r.Description)).toEqual([
      "MAIN INFORMATION ABOUT DATA", "Timespan", "Sources (Journals, Books, etc)", "Documents", "Annual Growth Rate %",
      "Document Average Age", "Average citations per doc", "Average citations per year per doc", "References",
      "DOCUMENT TYPES", "article", "review", "DOCUMENT CONTENTS", "Keywords Plus (ID)", "Author's Keywords (DE)",
      "AUTHORS", "Authors", "Author Appearances", "Authors of single-authored docs", "AUTHORS COLLABORATION",
      "Single-authored docs", "Documents per Author", "Co-Authors per Doc", "International co-authorships %", "",
    ]);
    expect(table[0]).toEqual({ Description: "MAIN INFORMATION ABOUT DATA", Results: "" });
    expect(table.at(-1)).toEqual({ Description: "", Results: "" });
  });

  it("keeps summary()'s quirk for negative values: the sign stays in the description", () => {
    const shrinking = [
      { PY: 2020, TC: 0, AU: "A", SO: "S", DT: "ARTICLE", DE: null, ID: null, CR: "none", AU_CO: null },
      { PY: 2020, TC: 0, AU: "B", SO: "S", DT: "ARTICLE", DE: null, ID: null, CR: "none", AU_CO: null },
      { PY: 2021, TC: 0, AU: "C", SO: "S", DT: "ARTICLE", DE: null, ID: null, CR: "none", AU_CO: null },
    ];
    const m = mainInformation(shrinking, { referenceYear: 2026 });
    expect(m.annualGrowthRatePct).toBe(-50);
    const row = toBibliometrixMainInfo(m).table[4]!;
    expect(row).toEqual({ Description: "Annual Growth Rate %                  -", Results: "50" });
    expect(m.references).toBe(1); // the "none" placeholder counts once, as in bibliometrix
  });

  it("splits printed lines like summary(): digits/./: out of the description, only them in the result", () => {
    expect(splitMainInfoLine("Timespan                              2001 : 2023 \n")).toEqual({ Description: "Timespan", Results: "2001:2023" });
    expect(mainInfoLines(mi)[0]).toBe("\n\nMAIN INFORMATION ABOUT DATA\n\n");
  });

  it("omits the document-type block when no record has DT, and survives missing AU and PY", () => {
    const m = mainInformation(
      [
        { PY: null, TC: 4, AU: null, SO: null, DT: null, DE: null, ID: null, CR: "none", AU_CO: null },
        { PY: 2020, TC: 2, AU: "X Y", SO: "S, T", DT: null, DE: null, ID: null, CR: "none", AU_CO: "ITALY;ITALY" },
      ],
      { referenceYear: 2026 },
    );
    expect(m).toMatchObject({ authors: 1, authorAppearances: 2, singleAuthoredDocs: 2, authorsOfSingleAuthoredDocs: 2, sources: 1, missingPY: 1 });
    expect(m.averageCitationsPerYearPerDoc).toBeCloseTo(2 / 7, 15);
    expect(m.internationalCoAuthorshipsPct).toBe(0);
    const descriptions = toBibliometrixMainInfo(m).table.map((r) => r.Description);
    expect(descriptions).not.toContain("DOCUMENT TYPES");
    expect(descriptions[9]).toBe("DOCUMENT CONTENTS");
  });
});

describe("tableTag cleaning (spec §3.1)", () => {
  it("turns white space, dots and commas into single spaces without re-collapsing", () => {
    expect(tableTagItems(["Y. Z;A,B; ;NA", null, "A,B"])).toEqual(["Y  Z", "A B", "NA", "A B"]);
    expect(tableTag(["B;A;B", "A;C"])).toEqual([
      { item: "A", n: 2 },
      { item: "B", n: 2 },
      { item: "C", n: 1 },
    ]);
  });
});

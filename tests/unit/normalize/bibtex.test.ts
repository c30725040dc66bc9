import { describe, expect, it } from "vitest";
import { bibtexAuthors, bibtexRowOrder, bibtexTag, correctedBibtexAuthors } from "../../../analyses/normalize/bibtex.ts";
import { decodeLatex } from "../../../analyses/import/bibtex-latex.ts";

describe("bib2df author rule", () => {
  it("surname before the first comma, capitals of the text after the last comma", () => {
    expect(bibtexAuthors("Aria, Massimo;Cuccurullo, Corrado")).toBe("Aria M;Cuccurullo C");
    expect(bibtexAuthors("López Aldrete, Ana-Lilia")).toBe("López Aldrete AL");
    expect(bibtexAuthors("Guler, A.T.a ;Waaijer, C.J.F.b ")).toBe("Guler AT;Waaijer CJF");
  });
  it("reproduces bibliometrix on comma-separated author lists and names without comma", () => {
    // The 2017 Scopus list "D'Ambrosio, A.a , Aria, M.a , ..." is one name to bib2df.
    expect(bibtexAuthors("D'Ambrosio, A.a , Aria, M.a , Siciliano, R.b ")).toBe("D'Ambrosio R");
    expect(bibtexAuthors("Dong SUI")).toBe("Dong SUI DSUI");
    expect(bibtexAuthors(null)).toBe("NA NA");
  });
});

describe("tag tables", () => {
  it("maps per dialect and keeps unknown names lower-cased", () => {
    expect(bibtexTag("isi", "Keywords")).toBe("DE");
    expect(bibtexTag("scopus", "keywords")).toBe("ID");
    expect(bibtexTag("generic", "keywords")).toBe("ID");
    expect(bibtexTag("scopus", "funding_text 2")).toBe("FX");
    expect(bibtexTag("isi", "EISSN")).toBe("eissn");
  });
});

describe("bibtexRowOrder", () => {
  const rec = (line: number, tagStrings: string[]) => ({ location: { file: "f", line }, tags: new Map<string, string>(), tagStrings });
  it("orders by the smallest tag string in C order ('Paper={' included), then input order", () => {
    const order = bibtexRowOrder([rec(1, ["Author={", "Title={"]), rec(2, ["Abstract={", "Author={"]), rec(3, ["author={"]), rec(4, ["Abstract={"])]);
    expect(order.map((r) => r.location.line)).toEqual([2, 4, 1, 3]);
  });
});

describe("correctedBibtexAuthors (corrected reading)", () => {
  it("splits on ' and ' only and takes an initial per given-name token, hyphenated parts included", () => {
    expect(correctedBibtexAuthors("Ho, Shirley S. and Ferguson, Rebecca and Vert, Jean-Philippe")).toBe("Ho SS;Ferguson R;Vert JP");
  });
  it("keeps a name without comma whole, drops nicknames, puts suffixes last", () => {
    expect(correctedBibtexAuthors("[Anonymous]")).toBe("[Anonymous]");
    expect(correctedBibtexAuthors("West, Howard (Jack) and Liu (Lisa), Xi")).toBe("West H;Liu X");
    expect(correctedBibtexAuthors("Fister Jr, Iztok and Smith, Jr., John Paul")).toBe("Fister I Jr;Smith JP Jr");
    expect(correctedBibtexAuthors(null)).toBeNull();
  });
});

describe("decodeLatex", () => {
  it("decodes escapes, TeX quotes, accents and brackets, and collapses line wraps", () => {
    expect(decodeLatex("AI \\& SOCIETY")).toBe("AI & SOCIETY");
    expect(decodeLatex("10.1162/grey\\_a\\_00389")).toBe("10.1162/grey_a_00389");
    expect(decodeLatex("NOT ``WHAT'', BUT `WHERE'")).toBe("NOT \"WHAT\", BUT 'WHERE'");
    expect(decodeLatex("Clari{\\'{o}}, Sch\\\"afer, {\\c c}a, \\o")).toBe("Clarió, Schäfer, ça, ø");
    expect(decodeLatex("DOI {[}DOI 10.1/x]\n   next line")).toBe("DOI [DOI 10.1/x] next line");
  });
});

import { describe, expect, it } from "vitest";
import {
  collate,
  frequencyTable,
  glueLines,
  quantile7,
  rAsNumeric,
  rFormat,
  rMean,
  rRound,
  rStrsplit,
  rToUpper,
  sortByCountThenCollation,
  trimES,
} from "../../../analyses/util/r-semantics.ts";

describe("rRound (R's round, half to even on the binary value)", () => {
  it("rounds exact halves to the even neighbour", () => {
    expect(rRound(2019.5)).toBe(2020);
    expect(rRound(2020.5)).toBe(2020);
    expect(rRound(2.5)).toBe(2);
    expect(rRound(-2.5)).toBe(-2);
    expect(rRound(0.125, 2)).toBe(0.12);
    expect(rRound(0.375, 2)).toBe(0.38);
  });
  it("uses the true binary value, not the decimal literal", () => {
    // 0.15 is 0.1499999..., 2.675 is 2.67499999...
    expect(rRound(0.15, 1)).toBe(0.1);
    expect(rRound(2.675, 2)).toBe(2.67);
  });
  it("rounds growth rates as bibliometrix does", () => {
    expect(rRound(3.20082797342096, 2)).toBe(3.2);
    expect(rRound(-4.8084096757416, 2)).toBe(-4.81);
    expect(rRound(10.4089, 2)).toBe(10.41);
  });
});

describe("rFormat (R's format(x, digits = k))", () => {
  it("prints significant digits and drops trailing zeros", () => {
    expect(rFormat(2, 3)).toBe("2");
    expect(rFormat(13.3829787234043, 4)).toBe("13.38");
    expect(rFormat(6.59562841530055, 3)).toBe("6.6");
    expect(rFormat(0.158249158249158, 3)).toBe("0.158");
    expect(rFormat(0.0470967697948715, 4)).toBe("0.0471");
    expect(rFormat(58.6, 4)).toBe("58.6");
    expect(rFormat(-4.81, 4)).toBe("-4.81");
  });
  it("resolves exact binary ties to even (JavaScript's toPrecision would round up)", () => {
    expect((1.625).toPrecision(3)).toBe("1.63");
    expect(rFormat(1.625, 3)).toBe("1.62");
    expect(rFormat(26 / 16, 3)).toBe("1.62");
    expect(rFormat(0.125, 2)).toBe("0.12");
    expect(rFormat(1.375, 3)).toBe("1.38");
  });
  it("switches to scientific notation only when it is narrower", () => {
    expect(rFormat(0.00001234, 3)).toBe("1.23e-05");
    expect(rFormat(123456789, 3)).toBe("1.23e+08");
    expect(rFormat(1234567, 4)).toBe("1234567");
    expect(rFormat(9996, 3)).toBe("9996");
  });
  it("prints R's special values", () => {
    expect(rFormat(null, 3)).toBe("NA");
    expect(rFormat(NaN, 3)).toBe("NaN");
    expect(rFormat(Infinity, 3)).toBe("Inf");
  });
});

describe("quantile7 and rMean", () => {
  it("interpolates like quantile(type = 7)", () => {
    expect(quantile7([2015, 2016, 2018, 2022], 0.5)).toBe(2017);
    expect(quantile7([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile7([5], 0.75)).toBe(5);
    expect(quantile7([4, 1, 3, 2], 1)).toBe(4);
    expect(Number.isNaN(quantile7([], 0.5))).toBe(true);
  });
  it("means like R", () => {
    expect(rMean([1, 2, 3, 4])).toBe(2.5);
    expect(rMean([0.1, 0.2, 0.3])).toBeCloseTo(0.2, 15);
    expect(Number.isNaN(rMean([]))).toBe(true);
  });
});

describe("collation and frequency tables", () => {
  it("orders as ICU does (space < hyphen < letters; accents secondary)", () => {
    const words = ["COWORD", "CO-WORD", "CO WORD", "ÉTUDE", "EZ", "ETUDE"];
    expect([...words].sort(collate)).toEqual(["CO WORD", "CO-WORD", "COWORD", "ETUDE", "ÉTUDE", "EZ"]);
  });
  it("sorts by count descending, ties in collation order", () => {
    expect(frequencyTable(["B", "a", "B", "A", "c", "c"])).toEqual([
      { item: "B", n: 2 },
      { item: "c", n: 2 },
      { item: "a", n: 1 },
      { item: "A", n: 1 },
    ]);
    const rows = [
      { k: "ZETA", n: 1 },
      { k: "ALPHA", n: 1 },
      { k: "MID", n: 5 },
    ];
    expect(sortByCountThenCollation(rows, (r) => r.n, (r) => r.k).map((r) => r.k)).toEqual(["MID", "ALPHA", "ZETA"]);
  });
});

describe("R string helpers", () => {
  it("strsplit drops one trailing empty piece and gives nothing for an empty string", () => {
    expect(rStrsplit("A;B;", ";")).toEqual(["A", "B"]);
    expect(rStrsplit("A;;B", ";")).toEqual(["A", "", "B"]);
    expect(rStrsplit("", ";")).toEqual([]);
  });
  it("trimES collapses white-space runs but keeps no-break spaces and the ends", () => {
    expect(trimES("  A \t B  ")).toBe(" A B ");
    expect(trimES("A\u00a0\u00a0B")).toBe("A\u00a0\u00a0B");
  });
  it("upper-cases character by character like towupper", () => {
    expect(rToUpper("straße école")).toBe("STRAßE ÉCOLE");
  });
  it("glues lines with \"---\" and replaces every \"---\", a value's own included, as the importers' gsub does", () => {
    expect(glueLines(["A", "B", "C"], ";")).toBe("A;B;C");
    expect(glueLines(["A", "", "B"], ";")).toBe("A;;B");
    // A line ending in "-" lends its dash to the glue: the match starts one character early.
    expect(glueLines(["CULTURE -", "PERSPECTIVES"], " ")).toBe("CULTURE  -PERSPECTIVES");
    expect(glueLines(["A---B", "C"], ";")).toBe("A;B;C");
    expect(glueLines(["A", "-B"], ";")).toBe("A;-B");
    expect(glueLines(["A", "--", "B"], ";")).toBe("A;;--B"); // eight dashes in a row: two matches, two left
  });
  it("reads numbers like as.numeric", () => {
    expect(rAsNumeric("2021")).toBe(2021);
    expect(rAsNumeric(" 12 ")).toBe(12);
    expect(rAsNumeric("2021a")).toBeNull();
    expect(rAsNumeric("NA")).toBeNull();
    expect(rAsNumeric(null)).toBeNull();
  });
});

describe("collate and typographic quotes", () => {
  it("sorts the right single quote after the apostrophe, as R's ICU 72 does", () => {
    expect(["D\u2019ACUNTO M", "D'SOUZA J", "DA SILVA J"].sort(collate)).toEqual(["D'SOUZA J", "D\u2019ACUNTO M", "DA SILVA J"]);
  });
});

import { describe, expect, it } from "vitest";
import { relevantAuthors, toBibliometrixTopAuthors } from "../../../analyses/descriptives/relevant-authors.ts";
import { TOY } from "./toy.ts";

describe("most relevant authors (spec §2 oracle notes)", () => {
  const r = relevantAuthors(TOY, { k: 5 });
  if (r.status !== "ok") throw new Error(r.reason);

  it("counts documents per author, ties in collation order", () => {
    expect(r.articles.slice(0, 5)).toEqual([
      { author: "ROSSI M", articles: 6 },
      { author: "LEE K", articles: 4 },
      { author: "SMITH J", articles: 4 },
      { author: "GARCIA P", articles: 3 },
      { author: "MULLER T", articles: 3 },
    ]);
  });

  it("fractionalises: each document gives 1/nAU to each author", () => {
    expect(r.fractionalized.slice(0, 5).map((a) => [a.author, Number(a.articlesFractionalized.toFixed(2))])).toEqual([
      ["ROSSI M", 3.67],
      ["LEE K", 2.33],
      ["SMITH J", 2.33],
      ["MULLER T", 2],
      ["GARCIA P", 1.83],
    ]);
  });

  it("prints summary()'s table with R's column formatting", () => {
    const b = toBibliometrixTopAuthors(r);
    expect(b.summary_k20[0]).toEqual({ Authors: "ROSSI M ", Articles: "6", "Authors.1": "ROSSI M ", "Articles Fractionalized": "3.67" });
    expect(b.full_articles).toHaveLength(8);
  });

  it("pads to k rows with NA and make.names() the author column when there are fewer authors", () => {
    const small = relevantAuthors([{ AU: "JEVIN D. WEST;LI K" }], { k: 3 });
    if (small.status !== "ok") throw new Error(small.reason);
    const rows = toBibliometrixTopAuthors(small).summary_k20;
    expect(rows.map((x) => x.Authors)).toEqual(["JEVIN.D..WEST", "LI.K         ", "NA.          "]);
    expect(rows[2]).toMatchObject({ Articles: "NA", "Articles Fractionalized": " NA" });
  });

  it("can break ties in C order (biblioshiny)", () => {
    const c = relevantAuthors([{ AU: "b A;B A" }], { ties: "codepoint" });
    expect(c.status === "ok" && c.articles.map((a) => a.author)).toEqual(["B A", "b A"]);
    const ic = relevantAuthors([{ AU: "B A;b A" }]);
    expect(ic.status === "ok" && ic.articles.map((a) => a.author)).toEqual(["b A", "B A"]);
  });

  it("is not available without AU", () => {
    expect(relevantAuthors([{ AU: null }]).status).toBe("not-available");
  });
});

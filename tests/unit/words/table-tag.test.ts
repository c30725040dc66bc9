import { describe, expect, it } from "vitest";
import { tableTag, tableTagItems } from "../../../analyses/words/table-tag.ts";

describe("tableTag (spec §3.1)", () => {
  it("cleans items as bibliometrix: '.', ',' and white space -> one space each, NA string kept, missing dropped", () => {
    expect(tableTagItems(["X; Y. Z;  A,B", null, "x;X;X"])).toEqual(["X", "Y  Z", "A B", "x", "X", "X"]);
  });
  it("counts occurrences, count desc then collation (the spec's example)", () => {
    expect(tableTag(["X; Y. Z;  A,B", null, "x;X;X"])).toEqual([
      { item: "X", n: 3 },
      { item: "A B", n: 1 },
      { item: "x", n: 1 },
      { item: "Y  Z", n: 1 },
    ]);
  });
});

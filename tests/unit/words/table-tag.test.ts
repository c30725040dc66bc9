import { describe, expect, it } from "vitest";
import { fieldItemCounts, tableTag, tableTagItems } from "../../../analyses/words/table-tag.ts";

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

describe("fieldItemCounts", () => {
  it("counts a field's cleaned items as tableTag, once per records array", () => {
    const records = [{ ID: "X; Y. Z;  A,B" }, { ID: null }, { ID: "x;X;X" }];
    const counts = fieldItemCounts(records, "ID");
    expect([...counts].sort()).toEqual(tableTag(records.map((r) => r.ID)).map((r) => [r.item, r.n]).sort());
    expect(fieldItemCounts(records, "ID")).toBe(counts);
    // Another array of the same records is counted afresh: the memo is keyed by the array.
    expect(fieldItemCounts([...records, { ID: "X" }], "ID").get("X")).toBe(4);
  });
});

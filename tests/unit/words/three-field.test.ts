import { describe, expect, it } from "vitest";
import { threeField } from "../../../analyses/words/three-field.ts";
import { TOY } from "../descriptives/toy.ts";

describe("three-field plot data", () => {
  it("weights flows by co-occurrence counts and keeps only selected items", () => {
    const recs = [
      { DE: "X;Y", ID: null, AU: "A1;A2", SO: "S1" },
      { DE: "X", ID: null, AU: "A1", SO: "S2" },
      { DE: "Z", ID: null, AU: null, SO: "S3" },
    ];
    const r = threeField(recs, { fields: ["DE", "AU", "SO"], n: [2, 2, 2] });
    if (r.status !== "ok") throw new Error(r.reason);
    const label = (i: number) => r.nodes[i]!.label;
    expect(r.links.map((l) => [label(l.source), label(l.target), l.value])).toEqual([
      ["x", "a1", 2],
      ["x", "a2", 1],
      ["y", "a1", 1],
      ["y", "a2", 1],
      ["a1", "s1", 1],
      ["a1", "s2", 1],
      ["a2", "s1", 1],
    ]);
    // Z's document has no selected middle item; S3 is not among the top 2 sources anyway.
    expect(r.nodes.map((n) => `${n.column}:${n.label}`)).not.toContain("0:z");
    expect(r.nodes.find((n) => n.label === "x")!.value).toBe(3);
  });

  it("on the toy: AU-DE-SO, top 3 each", () => {
    const r = threeField(TOY, { fields: ["AU", "DE", "SO"], n: [3, 3, 3] });
    if (r.status !== "ok") throw new Error(r.reason);
    expect(new Set(r.nodes.filter((n) => n.column === 1).map((n) => n.label))).toEqual(new Set(["machine learning", "deep learning", "renewable energy"]));
    // ROSSI M with MACHINE LEARNING: DOC07, DOC11.
    const rossi = r.nodes.findIndex((n) => n.label === "rossi m");
    const ml = r.nodes.findIndex((n) => n.label === "machine learning");
    expect(r.links.find((l) => l.source === rossi && l.target === ml)?.value).toBe(2);
  });

  it("refuses CR and reports missing fields", () => {
    expect(() => threeField(TOY, { fields: ["CR", "AU", "SO"] })).toThrow(/co-citation/);
    expect(threeField(TOY, { fields: ["ID", "AU", "SO"] })).toMatchObject({ status: "not-available", missing: ["ID"] });
  });
});

import { describe, expect, it } from "vitest";
import { hIndex, hgIndices } from "../../../analyses/descriptives/h-index.ts";
import { TOY } from "./toy.ts";

describe("h, g, m indices (spec A.4)", () => {
  it("toy authors, reference year 2026; KIM H dropped (h = 0)", () => {
    const r = hIndex(TOY, { referenceYear: 2026 });
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.rows.map((x) => [x.element, x.h, x.g, Number(x.m.toFixed(4)), x.TC, x.NP, x.PY_start])).toEqual([
      ["BIANCHI L", 1, 2, 0.0833, 10, 2, 2015],
      ["GARCIA P", 3, 3, 0.2727, 24, 3, 2016],
      ["LEE K", 2, 4, 0.2, 42, 4, 2017],
      ["LOPEZ A", 2, 2, 0.25, 12, 2, 2019],
      ["MULLER T", 2, 2, 0.2857, 7, 3, 2020],
      ["ROSSI M", 4, 6, 0.3333, 36, 6, 2015],
      ["SMITH J", 2, 4, 0.1818, 16, 4, 2016],
    ]);
  });
  it("keeps h = 0 elements on request, and ranks sources", () => {
    const all = hIndex(TOY, { referenceYear: 2026, keepZero: true });
    expect(all.status === "ok" && all.rows.find((x) => x.element === "KIM H")).toMatchObject({ h: 0, g: 0, NP: 2 });
    const so = hIndex(TOY, { referenceYear: 2026, elements: "sources" });
    expect(so.status === "ok" && so.rows.find((x) => x.element === "NEURAL COMPUT")).toMatchObject({ h: 2, g: 3, TC: 43, NP: 3 });
  });
  it("g is bounded by the number of documents", () => {
    expect(hgIndices([100])).toEqual({ h: 1, g: 1 });
    expect(hgIndices([5, 4, 1, 0])).toEqual({ h: 2, g: 3 });
  });
});

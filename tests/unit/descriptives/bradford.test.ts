import { describe, expect, it } from "vitest";
import { bradford } from "../../../analyses/descriptives/bradford.ts";
import { TOY } from "./toy.ts";

describe("Bradford's law (spec §9.2)", () => {
  it("toy zones: ENERGY POLICY, NEURAL COMPUT | SCIENTOMETRICS, APPLIED ENERGY | rest", () => {
    const r = bradford(TOY);
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.rows.map((x) => [x.source, x.freq, x.cumFreq, x.zone])).toEqual([
      ["ENERGY POLICY", 3, 3, 1],
      ["NEURAL COMPUT", 3, 6, 1],
      ["SCIENTOMETRICS", 3, 9, 2],
      ["APPLIED ENERGY", 2, 11, 2],
      ["J INFORMETR", 2, 13, 3],
      ["PATTERN RECOGN", 2, 15, 3],
      ["RENEWABLE ENERGY", 1, 16, 3],
    ]);
    expect(r.zones).toEqual([
      { zone: 1, sources: 2, documents: 6 },
      { zone: 2, sources: 2, documents: 5 },
      { zone: 3, sources: 3, documents: 5 },
    ]);
    expect(r.multiplier).toBe(1.25);
  });
  it("is not available without SO", () => {
    expect(bradford([{ SO: null }]).status).toBe("not-available");
  });
});

import { describe, expect, it } from "vitest";
import { lotka } from "../../../analyses/descriptives/lotka.ts";
import { TOY } from "./toy.ts";

describe("Lotka's law (spec §9.3)", () => {
  const r = lotka(TOY);
  it("toy: x 2/3/4/6 -> 3/2/2/1 authors", () => {
    expect(r.rows.map((x) => [x.documentsWritten, x.authors, x.proportion])).toEqual([
      [2, 3, 3 / 8],
      [3, 2, 2 / 8],
      [4, 2, 2 / 8],
      [6, 1, 1 / 8],
    ]);
  });
  it("toy fit: Beta 0.9358298, C 0.7441668, R² 0.9048082", () => {
    expect(r.beta).toBeCloseTo(0.9358298, 7);
    expect(r.C).toBeCloseTo(0.7441668, 7);
    expect(r.rSquared).toBeCloseTo(0.9048082, 7);
    expect(r.rows.reduce((s, x) => s + x.theoretical, 0)).toBeCloseTo(1, 12);
  });
});

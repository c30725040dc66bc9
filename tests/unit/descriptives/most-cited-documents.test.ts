import { describe, expect, it } from "vitest";
import { mostCitedDocuments, toBibliometrixTopCited } from "../../../analyses/descriptives/most-cited-documents.ts";
import { TOY } from "./toy.ts";

const recs = TOY.map((t) => ({ ...t, DI: null }));

describe("most globally cited documents", () => {
  const r = mostCitedDocuments(recs, { referenceYear: 2026 });
  it("gives DOC06: TC 30, TC/year 3 (30/10), NTC 1.875 (30 / mean(2, 30))", () => {
    expect(r.rows[0]).toEqual({ SR: "DOC06", DI: null, PY: 2017, TC: 30, tcPerYear: 3, ntc: 1.875 });
  });
  it("keeps the corpus order among equal TC (stable sort)", () => {
    const zeros = r.rows.filter((x) => x.TC === 0).map((x) => x.SR);
    expect(zeros).toEqual(["DOC05", "DOC11", "DOC15"]);
  });
  it("has NTC null when a year's mean TC is 0, TC/year null without PY", () => {
    const s = mostCitedDocuments(
      [
        { SR: "A", DI: null, PY: 2020, TC: 0 },
        { SR: "B", DI: null, PY: null, TC: 4 },
      ],
      { referenceYear: 2026 },
    );
    expect(s.rows).toEqual([
      { SR: "B", DI: null, PY: null, TC: 4, tcPerYear: null, ntc: 1 },
      { SR: "A", DI: null, PY: 2020, TC: 0, tcPerYear: 0, ntc: null },
    ]);
  });
  it("prints 20 rows, NA beyond the corpus", () => {
    const b = toBibliometrixTopCited(r);
    expect(b.summary_k20).toHaveLength(20);
    expect(b.summary_k20[0]).toEqual({ Paper: "DOC06", DOI: "NA", TC: "30", TCperYear: "3.000", NTC: "1.875" });
    expect(b.summary_k20[19]).toEqual({ Paper: "NA   ", DOI: "NA", TC: "NA", TCperYear: "   NA", NTC: "   NA" });
  });
  it("requires an explicit reference year", () => {
    expect(() => mostCitedDocuments(recs, {} as never)).toThrow(/referenceYear/);
  });
});

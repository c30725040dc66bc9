import { describe, expect, it } from "vitest";
import { annualProductionFigure, fillYears } from "../../../../scripts/figures/annual-production.ts";
import { labelSvg } from "../../../../scripts/figures/render-svg.ts";

const rows = [
  { year: 2015, articles: 3 },
  { year: 2018, articles: 12 },
  { year: 2016, articles: 5 },
  { year: 2020, articles: 1200 },
];

describe("fillYears", () => {
  it("covers every year from first to last, missing years as 0", () => {
    expect(fillYears(rows)).toEqual({
      rows: [
        { year: 2015, articles: 3 },
        { year: 2016, articles: 5 },
        { year: 2017, articles: 0 },
        { year: 2018, articles: 12 },
        { year: 2019, articles: 0 },
        { year: 2020, articles: 1200 },
      ],
      filledYears: [2017, 2019],
    });
    expect(fillYears([])).toEqual({ rows: [], filledYears: [] });
  });

  it("rejects repeated years and non-counts", () => {
    expect(() => fillYears([{ year: 2000, articles: 1 }, { year: 2000, articles: 2 }])).toThrow(/twice/);
    expect(() => fillYears([{ year: 2000.5, articles: 1 }])).toThrow();
    expect(() => fillYears([{ year: 2000, articles: -1 }])).toThrow();
  });
});

describe("annualProductionFigure", () => {
  it("is byte-identical on reruns", async () => {
    const a = await annualProductionFigure(rows, { title: "Annual scientific production" });
    const b = await annualProductionFigure(rows, { title: "Annual scientific production" });
    expect(a.svg).toBe(b.svg);
    expect(JSON.stringify(a.vegaSpec)).toBe(JSON.stringify(b.vegaSpec));
    expect(a.csv).toBe(b.csv);
  });

  it("draws one point per year, zeros included, and says so in the caption", async () => {
    const f = await annualProductionFigure(rows, { title: "Annual scientific production" });
    expect(f.svg.startsWith("<svg")).toBe(true);
    expect(f.svg.match(/aria-roledescription="point"/g)?.length).toBe(6);
    expect(f.svg).toContain('aria-label="Year: 2017; Documents: 0"');
    expect(f.filledYears).toEqual([2017, 2019]);
    expect(f.caption).toContain("Years with no documents (2017 and 2019) are shown as 0.");
    expect(f.csv).toBe("Year,Articles\n2015,3\n2016,5\n2017,0\n2018,12\n2019,0\n2020,1200\n");
    expect(f.alt).toContain("peak of 1,200 in 2020");
  });

  it("is accessible: role=img, aria-label, <title> and <desc>, and the spec's description", async () => {
    const f = await annualProductionFigure(rows, { title: "Annual scientific production" });
    expect(f.svg).toMatch(/^<svg[^>]* role="img" aria-label="Annual scientific production\. Line chart of documents/);
    expect(f.svg).toContain("<title>Annual scientific production</title><desc>Line chart");
    expect(f.vegaLiteSpec.description).toBe(f.alt);
    expect((f.vegaSpec as { description?: string }).description).toBe(f.alt);
  });

  it("escapes the title in the SVG", async () => {
    const f = await annualProductionFigure(rows, { title: "A <script>x</script> & {b}" });
    expect(f.svg).not.toContain("<script>");
    expect(f.svg).toContain("A &lt;script&gt;x&lt;/script&gt; &amp; {b}");
  });

  it("handles a single year and an empty corpus", async () => {
    const one = await annualProductionFigure([{ year: 2020, articles: 4 }], { title: "T" });
    expect(one.svg).toContain('aria-label="Year: 2020; Documents: 4"');
    const none = await annualProductionFigure([], { title: "T" });
    expect(none.svg.startsWith("<svg")).toBe(true);
    expect(none.csv).toBe("Year,Articles\n");
    expect(none.caption).toMatch(/no document/);
  });
});

describe("render-svg helpers", () => {
  it("labelSvg adds accessible text without ids", () => {
    const s = labelSvg('<svg width="1"><g/></svg>', { title: "T", description: 'D "q"' });
    expect(s).toBe('<svg width="1" role="img" aria-label="T. D &quot;q&quot;"><title>T</title><desc>D &quot;q&quot;</desc><g/></svg>');
  });
});

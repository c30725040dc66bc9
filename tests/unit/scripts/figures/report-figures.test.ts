/**
 * The report's figure modules, drawn from bibliometrix's own outputs for ai-epilepsy-188
 * (skipped without ../shared) and from small hand-written inputs (always run).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lotkaFigure, topAuthorsFigure } from "../../../../scripts/figures/authors-production.ts";
import { bradfordZones } from "../../../../scripts/figures/bradford-zones.ts";
import { cooccurrenceNetworkFigure } from "../../../../scripts/figures/cooccurrence-network.ts";
import { countryCollaborationFigure } from "../../../../scripts/figures/country-collaboration.ts";
import { keywordFrequencyFigure } from "../../../../scripts/figures/keyword-frequency.ts";
import { lotkaLaw } from "../../../../scripts/figures/lotka-law.ts";
import { mostCitedFigure } from "../../../../scripts/figures/most-cited.ts";
import { prismaFlowFigure } from "../../../../scripts/figures/prisma-flow.ts";
import { ppmToDpi, readPngInfo, svgToPng } from "../../../../scripts/figures/render-png.ts";
import { sourcesBradfordFigure } from "../../../../scripts/figures/sources-bradford.ts";
import { thematicEvolutionFigure } from "../../../../scripts/figures/thematic-evolution.ts";
import { QUADRANTS, quadrantOf, thematicMapFigure, topWords } from "../../../../scripts/figures/thematic-map.ts";
import { trendTopicsFigure } from "../../../../scripts/figures/trend-topics.ts";
import { wordCloudFigure } from "../../../../scripts/figures/word-cloud.ts";
import { matchCountry } from "../../../../scripts/figures/world-countries.ts";
import { worldMapFigure } from "../../../../scripts/figures/world-map.ts";
import { hasShared, sharedPath } from "../../../support/shared.ts";

const oracle = (file: string) => JSON.parse(readFileSync(sharedPath("oracle", "ai-epilepsy-188", file), "utf8"));
const count = (svg: string, role: string): number => svg.match(new RegExp(`aria-roledescription="${role}"`, "g"))?.length ?? 0;
const accessible = (svg: string, title: string): void => {
  expect(svg).toMatch(new RegExp(`^<svg[^>]* role="img" aria-label="${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\. `));
  expect(svg).toContain(`<title>${title}</title><desc>`);
};

// Spec §9.2 toy: 14 documents in 7 sources.
const TOY_SOURCES = [
  { source: "ENERGY POLICY", articles: 3 },
  { source: "NEURAL COMPUT", articles: 3 },
  { source: "SCIENTOMETRICS", articles: 3 },
  { source: "APPLIED ENERGY", articles: 2 },
  { source: "J INFORMETR", articles: 1 },
  { source: "PATTERN RECOGN", articles: 1 },
  { source: "RENEWABLE ENERGY", articles: 1 },
];

describe("bradfordZones", () => {
  it("gives the spec's toy zones (zone 1: 2 sources, zone 2: 2, zone 3: 3)", () => {
    expect(bradfordZones(TOY_SOURCES).map((r) => r.zone)).toEqual([1, 1, 2, 2, 3, 3, 3]);
    expect(bradfordZones(TOY_SOURCES).map((r) => r.cumulative)).toEqual([3, 6, 9, 11, 12, 13, 14]);
  });
  it("rejects sources that are not sorted by count", () => {
    expect(() => bradfordZones([{ source: "A", articles: 1 }, { source: "B", articles: 2 }])).toThrow(/sources\[1\] \(B\).*decreasing/);
  });
});

describe("lotkaLaw", () => {
  it("fits the spec's toy: beta 0.9358298, C 0.7441668, R² 0.9048082", () => {
    const authors = [2, 2, 2, 3, 3, 4, 4, 6].map((n, i) => ({ author: `A${i}`, articles: n }));
    const l = lotkaLaw(authors);
    expect(l.rows.map((r) => [r.documents, r.authors])).toEqual([[2, 3], [3, 2], [4, 2], [6, 1]]);
    expect(l.beta).toBeCloseTo(0.9358298, 6);
    expect(l.c).toBeCloseTo(0.7441668, 6);
    expect(l.r2).toBeCloseTo(0.9048082, 6);
    expect(l.rows.reduce((s, r) => s + r.theoretical, 0)).toBeCloseTo(1, 12);
  });
});

describe("thematic map quadrants", () => {
  const origin = { mean_rcentrality: 2, mean_rdensity: 2 };
  it("names the four quadrants and flags ranks on a mean line as borderline", () => {
    expect(quadrantOf({ rcentrality: 3, rdensity: 3 }, origin).quadrant).toBe(QUADRANTS.motor);
    expect(quadrantOf({ rcentrality: 1, rdensity: 3 }, origin).quadrant).toBe(QUADRANTS.niche);
    expect(quadrantOf({ rcentrality: 1, rdensity: 1 }, origin).quadrant).toBe(QUADRANTS.emerging);
    expect(quadrantOf({ rcentrality: 3, rdensity: 1 }, origin).quadrant).toBe(QUADRANTS.basic);
    expect(quadrantOf({ rcentrality: 2, rdensity: 3 }, origin)).toEqual({ quadrant: "Borderline", candidates: [QUADRANTS.motor, QUADRANTS.niche] });
  });
  it("reads the top words without their scores", () => {
    expect(topWords({ label: "x", n: 2, centrality: 0, density: 0, rcentrality: 1, rdensity: 1, freq: 5, top_words_with_score: "impact 18.9\nhubs 12.6" })).toEqual(["impact", "hubs"]);
  });
});

describe("figures from small hand-written inputs", () => {
  it("keyword bars and word cloud: one mark per term, byte-identical reruns", async () => {
    const kw = { tag: "DE", table: [{ term: "MACHINE LEARNING", freq: 6 }, { term: "DEEP LEARNING", freq: 5 }, { term: "RENEWABLE ENERGY", freq: 5 }] };
    const bars = await keywordFrequencyFigure(kw);
    expect(count(bars.svg, "bar")).toBe(3);
    expect(bars.csv).toBe("Rank,Term,Occurrences\n1,MACHINE LEARNING,6\n2,DEEP LEARNING,5\n3,RENEWABLE ENERGY,5\n");
    accessible(bars.svg, "Most frequent author keywords");
    const a = await wordCloudFigure(kw, { seed: 7 });
    const b = await wordCloudFigure(kw, { seed: 7 });
    expect(a.svg).toBe(b.svg);
    expect(a.csv.split("\n")[1]).toMatch(/^machine learning,6,/);
    expect(a.svg.match(/<text/g)?.length).toBeGreaterThanOrEqual(4); // 3 words + title
  });

  it("trend topics: a line and a dot per term; bad quartiles are rejected with the term named", async () => {
    const tt = { df_graph: [{ item: "neural networks", freq: 3, year_q1: 2018, year_med: 2018, year_q3: 2019 }, { item: "machine learning", freq: 6, year_q1: 2018, year_med: 2020, year_q3: 2021 }] };
    const f = await trendTopicsFigure(tt);
    expect(count(f.svg, "circle")).toBe(2);
    expect(f.csv).toContain("machine learning,6,2018,2020,2021");
    await expect(trendTopicsFigure({ df_graph: [{ item: "x", freq: 2, year_q1: 2020, year_med: 2019, year_q3: 2021 }] })).rejects.toThrow(/df_graph\[0\] \(x\)/);
  });

  it("sources, authors, Lotka, countries, most cited, network and PRISMA draw their data", async () => {
    const s = await sourcesBradfordFigure({ full: TOY_SOURCES });
    expect(count(s.svg, "bar")).toBe(7);
    expect(s.caption).toContain("zone 1, 2 sources (6 documents); zone 2, 2 sources (5); zone 3, 3 sources (3)");
    const authors = { full_articles: [{ author: "ROSSI M", articles: 3 }, { author: "BIANCHI L", articles: 1 }, { author: "VERDI G", articles: 1 }] };
    expect(count((await topAuthorsFigure(authors)).svg, "bar")).toBe(3);
    const lotka = await lotkaFigure(authors);
    expect(lotka.csv).toContain("1,2,0.6666666666666666,");
    const countries = { full_AU1_CO: [{ country: "USA", articles: 3 }, { country: "SINGAPORE", articles: 1 }, { country: "ATLANTIS", articles: 1 }], full_country_collaboration: [{ Country: "USA", SCP: 2, MCP: 1 }] };
    const map = await worldMapFigure(countries);
    expect(map.caption).toContain("Not on the map (name not recognised): ATLANTIS.");
    expect(map.csv).toContain("USA,3,United States of America,shape");
    expect(map.csv).toContain("SINGAPORE,1,,dot");
    const collab = await countryCollaborationFigure(countries);
    expect(count(collab.svg, "bar")).toBe(2);
    expect(collab.caption).toContain("33.3% of the 3 documents");
    const cited = await mostCitedFigure({ full: [{ paper: "IGLESIAS JE, 2015, MED IMAGE ANAL", DOI: "10.1016/j.media.2015.06.012", TC: 402, TCperYear: 33.5, NTC: 6.92 }] });
    expect(cited.alt).toContain("IGLESIAS JE, 2015, MED IMAGE ANAL (402 citations)");
    const net = await cooccurrenceNetworkFigure({
      nodes: [
        { id: "a", label: "mri", x: 0, y: 0, cluster: 1, freq: 9 },
        { id: "b", label: "eeg", x: 1, y: 1, cluster: 2, freq: 4 },
      ],
      edges: [{ source: "a", target: "b", weight: 2 }],
    });
    expect(count(net.svg, "circle")).toBe(2);
    expect(count(net.svg, "rule mark")).toBe(1);
    await expect(cooccurrenceNetworkFigure({ nodes: [], edges: [{ source: "a", target: "z", weight: 1 }] })).rejects.toThrow(/edges\[0\]/);
    const ledger = { read: 10, rejected: 1, duplicates: 2, filtered: 3, analysed: 4, analysedWithoutYear: 0, files: [{ file: "a.txt", format: "wos", records: 10, rejected: 1 }], rejections: [], filters: [{ rule: "years", count: 3, detail: "PY outside 2015–2024" }], duplicateGroups: [] };
    const prisma = await prismaFlowFigure(ledger, { database: "Web of Science" });
    expect(prisma.alt).toBe("Flow diagram: 10 records identified in 1 export file; 1 rejected, 2 duplicates removed, 3 excluded by the criteria; 4 documents included.");
    expect(prisma.caption).not.toContain("do not add up");
    expect((await prismaFlowFigure({ ...ledger, analysed: 5 })).caption).toContain("5 included");
  });

  it("renders a PNG at 300 dpi: 300/96 times the SVG size, pHYs = 11811 px/m", async () => {
    const bars = await keywordFrequencyFigure({ tag: "ID", table: [{ term: "MRI", freq: 48 }] });
    const [, w, h] = bars.svg.match(/^<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/)!;
    const info = readPngInfo(svgToPng(bars.svg));
    expect(info.width).toBe(Math.round((Number(w) * 300) / 96));
    expect(info.height).toBe(Math.round((Number(h) * 300) / 96));
    expect(info.pixelsPerMeterX).toBe(11811);
    expect(ppmToDpi(info.pixelsPerMeterY!)).toBe(300);
    expect(svgToPng(bars.svg).equals(svgToPng(bars.svg))).toBe(true);
  });

  it("matches bibliometrix's country names to map shapes", () => {
    expect(matchCountry("USA")).toEqual({ kind: "shape", atlasName: "United States of America" });
    expect(matchCountry("KOREA")).toEqual({ kind: "shape", atlasName: "South Korea" });
    expect(matchCountry("UNITED KINGDOM")).toEqual({ kind: "shape", atlasName: "United Kingdom" });
    expect(matchCountry("HONG KONG").kind).toBe("point");
    expect(matchCountry("ATLANTIS").kind).toBe("unknown");
  });
});

describe.skipIf(!hasShared)("figures from bibliometrix's outputs (ai-epilepsy-188)", () => {
  it("thematic map: 27 bubbles, quadrants agree with the oracle's wherever no rank sits on a mean", async () => {
    const tm = oracle("thematic-map-ID.json");
    const f = await thematicMapFigure(tm);
    expect(count(f.svg, "circle")).toBe(27);
    for (const c of tm.clusters) {
      const ours = quadrantOf(c, tm.axisOrigin);
      if (c.quadrant === "on axis" || ours.quadrant === "Borderline") continue;
      expect(ours.quadrant.toLowerCase()).toBe(String(c.quadrant).toLowerCase());
    }
    expect(f.csv.split("\n").length).toBe(27 + 2);
    for (const q of Object.values(QUADRANTS)) expect(f.svg).toContain(`>${q}</text>`);
  });

  it("thematic evolution: 21 themes, 27 flows, three slice headers", async () => {
    const f = await thematicEvolutionFigure(oracle("thematic-evolution-ID.json"));
    const vg = f.vegaSpec as { data: { name: string; values: unknown[] }[] };
    expect(vg.data.find((d) => d.name === "nodes")!.values.length).toBe(21);
    expect(vg.data.find((d) => d.name === "links")!.values.length).toBe(27);
    for (const p of ["2001-2019", "2020-2021", "2022-2023"]) expect(f.svg).toContain(`>${p}</text>`);
    expect(f.csv).toContain("alzheimers-disease (2001-2019),mri (2020-2021),0.461538461538462,0.25,alzheimers-disease");
  });

  it("trend topics, sources, authors, countries and most cited draw every row of their oracle table", async () => {
    const tt = oracle("trend-topics-ID.json");
    expect(count((await trendTopicsFigure(tt)).svg, "circle")).toBe(tt.df_graph.length);
    const src = await sourcesBradfordFigure(oracle("top-sources.json"));
    expect(count(src.svg, "bar")).toBe(20);
    expect(src.csv.split("\n")[1]).toBe("1,EPILEPSIA,17,17,1");
    expect(src.caption).toContain("zone 1, 9 sources (66 documents)");
    expect((await topAuthorsFigure(oracle("top-authors.json"))).csv.split("\n")[1]).toBe("BERNASCONI N,11,2.10137254398136");
    const map = await worldMapFigure(oracle("countries.json"));
    expect(map.caption).not.toContain("not recognised");
    expect(map.alt).toContain("USA (59), CHINA (40), CANADA (14)");
    const cited = await mostCitedFigure(oracle("top-cited.json"));
    expect(cited.csv.split("\n")[1]).toBe("IGLESIAS JE 2015 MED IMAGE ANAL,10.1016/j.media.2015.06.012,402,33.5,6.92185430463576".replace("IGLESIAS JE 2015 MED IMAGE ANAL", '"IGLESIAS JE, 2015, MED IMAGE ANAL"'));
    const words = await wordCloudFigure(oracle("keywords-ID.json"));
    expect(words.csv.split("\n")[1]).toMatch(/^mri,48,/);
  });
});

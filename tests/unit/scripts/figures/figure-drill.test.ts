/**
 * Chart drill-down: every figure that declares a drill field carries that field in the data of
 * its marks, and the values it carries open non-empty document lists in the drill-down indexes
 * built from the same fixture corpus (ai-epilepsy-188, tests/fixtures/site/).
 */
import { describe, expect, it } from "vitest";
import { annualProductionFigure } from "../../../../scripts/figures/annual-production.ts";
import { topAuthorsFigure } from "../../../../scripts/figures/authors-production.ts";
import { cooccurrenceNetworkFigure } from "../../../../scripts/figures/cooccurrence-network.ts";
import { countryCollaborationFigure } from "../../../../scripts/figures/country-collaboration.ts";
import type { BuiltFigure } from "../../../../scripts/figures/figure-types.ts";
import type {
  CountriesInput,
  KeywordTableInput,
  NetworkInput,
  ThematicMapInput,
  TopAuthorsInput,
  TopSourcesInput,
  TrendTopicsInput,
} from "../../../../scripts/figures/inputs.ts";
import { keywordFrequencyFigure } from "../../../../scripts/figures/keyword-frequency.ts";
import { mostCitedFigure } from "../../../../scripts/figures/most-cited.ts";
import { sourcesBradfordFigure } from "../../../../scripts/figures/sources-bradford.ts";
import { thematicMapFigure } from "../../../../scripts/figures/thematic-map.ts";
import { trendTopicsFigure } from "../../../../scripts/figures/trend-topics.ts";
import { wordCloudFigure } from "../../../../scripts/figures/word-cloud.ts";
import { worldMapFigure } from "../../../../scripts/figures/world-map.ts";
import { buildDrilldown } from "../../../../scripts/pages/drilldown.ts";
import type { TopCitedInput } from "../../../../scripts/figures/inputs.ts";
import { loadFixtureAnalyses } from "../../../support/fixture-site.ts";

const { analyses, documents } = loadFixtureAnalyses();
const tm = analyses.thematicMap as ThematicMapInput;
const themes = tm.clusters.map((c, i) => ({ label: c.label, words: tm.words!.filter((w) => w.Cluster === (c.membership_group ?? i + 1)).map((w) => w.Words) }));
const { facets } = buildDrilldown(documents, themes);

/** Every value of `field` in the inline data of a spec (data values and lookup tables alike). */
function fieldValues(spec: unknown, field: string): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "values" && Array.isArray(value)) {
          for (const row of value) if (typeof row === "object" && row !== null && field in row) out.push(String((row as Record<string, unknown>)[field]));
        } else walk(value);
      }
    }
  };
  walk(spec);
  return out;
}

/** Documents an item opens, as DrillDown finds them (exact key, else upper case; several keys joined). */
function documentsOf(fig: BuiltFigure, value: string): number {
  const index = facets[fig.drill!.kind]!;
  const keys = fig.drill!.separator ? value.split(fig.drill!.separator) : [value];
  return new Set(keys.flatMap((k) => index[k] ?? index[k.toUpperCase()] ?? [])).size;
}

describe("drill fields of the figures", () => {
  it("thematic map: each bubble's label opens the documents of its theme", async () => {
    const fig = await thematicMapFigure(tm);
    expect(fig.drill).toEqual({ field: "label", kind: "theme" });
    const labels = [...new Set(fieldValues(fig.vegaSpec, "label"))];
    expect(labels.length).toBe(27);
    expect(documentsOf(fig, "mri")).toBe(146);
    for (const l of labels) expect(documentsOf(fig, l), l).toBeGreaterThan(0);
  });

  it("annual production: a point's year opens that year's documents", async () => {
    const fig = await annualProductionFigure([{ year: 2020, articles: 21 }, { year: 2021, articles: 51 }], { title: "Annual" });
    expect(fig.drill).toEqual({ field: "year", kind: "year" });
    expect(fieldValues(fig.vegaSpec, "year")).toEqual(["2020", "2021"]);
    expect(documentsOf({ ...fig, id: "annual-production", title: "Annual" }, "2021")).toBe(51);
  });

  // Bars and words show the keyword table's top terms: each opens as many documents as its
  // frequency (ID keywords are counted once per document).
  it("keyword bars and word-cloud words open their keyword's documents, as many as its frequency", async () => {
    const kw = analyses.keywords as KeywordTableInput;
    const freq = new Map(kw.table.map((r) => [r.term, r.freq]));
    for (const fig of [await keywordFrequencyFigure(kw), await wordCloudFigure(kw)]) {
      expect(fig.drill).toEqual({ field: "term", kind: "keyword" });
      const terms = fieldValues(fig.vegaSpec, "term");
      expect(terms.length, fig.id).toBeGreaterThanOrEqual(20);
      for (const t of terms) expect(documentsOf(fig, t), `${fig.id}: ${t}`).toBe(freq.get(t));
    }
  });

  it("trend topics and network nodes (lower-case terms) open their keyword's documents", async () => {
    const tt = analyses.trendTopics as TrendTopicsInput;
    const trend = await trendTopicsFigure(tt);
    expect(trend.drill).toEqual({ field: "item", kind: "keyword" });
    for (const r of tt.df_graph) expect(documentsOf(trend, r.item), r.item).toBe(r.freq);
    const network = await cooccurrenceNetworkFigure(analyses.network as NetworkInput);
    expect(network.drill).toEqual({ field: "label", kind: "keyword" });
    const nodes = fieldValues(network.vegaSpec, "label");
    expect(nodes.length).toBe(60);
    for (const n of nodes) expect(documentsOf(network, n), n).toBeGreaterThan(0);
  });

  it("source and author bars open their documents, as many as the bar's count", async () => {
    const sources = await sourcesBradfordFigure(analyses.sources as TopSourcesInput);
    expect(sources.drill).toEqual({ field: "source", kind: "source" });
    const bySource = new Map((analyses.sources as TopSourcesInput).full.map((r) => [r.source, r.articles]));
    const shown = fieldValues(sources.vegaSpec, "source");
    expect(shown.length).toBe(20);
    for (const s of shown) expect(documentsOf(sources, s), s).toBe(bySource.get(s));

    const authors = await topAuthorsFigure(analyses.authors as TopAuthorsInput);
    expect(authors.drill).toEqual({ field: "author", kind: "author" });
    const byAuthor = new Map((analyses.authors as TopAuthorsInput).full_articles.map((r) => [r.author, r.articles]));
    for (const a of fieldValues(authors.vegaSpec, "author")) expect(documentsOf(authors, a), a).toBe(byAuthor.get(a));
  });

  it("countries (map shapes, dots and bars) open the documents of their corresponding authors", async () => {
    const co = analyses.countries as CountriesInput;
    const byCountry = new Map(co.full_AU1_CO.map((r) => [r.country, r.articles]));
    const map = await worldMapFigure(co);
    expect(map.drill).toEqual({ field: "country", kind: "country", separator: " + " });
    const onMap = fieldValues(map.vegaSpec, "country");
    expect(onMap.length).toBeGreaterThan(0);
    for (const c of onMap) {
      const expected = c.split(" + ").reduce((n, name) => n + (byCountry.get(name) ?? 0), 0);
      expect(documentsOf(map, c), c).toBe(expected);
    }
    const bars = await countryCollaborationFigure(co);
    for (const c of new Set(fieldValues(bars.vegaSpec, "country"))) expect(documentsOf(bars, c), c).toBe(byCountry.get(c));
  });

  it("figures without a document facet declare no drill field", async () => {
    expect((await mostCitedFigure(analyses.mostCited as TopCitedInput)).drill).toBeUndefined();
  });
});

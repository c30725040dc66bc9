/**
 * Figure: world map of documents per corresponding author's country (bibliometrix's AU1_CO
 * table, full_AU1_CO), a choropleth on world-atlas shapes (Natural Earth 1:110m, Equal Earth
 * projection). Countries without a shape at that scale are drawn as dots at bibliometrix's
 * coordinates; names matching nothing are listed in the caption (never silently dropped).
 */
import { toCsv } from "../util/csv.ts";
import { type BuiltFigure, expectInput, fmtInt, listText, VEGA_LITE_SCHEMA, VL_CONFIG } from "./figure-types.ts";
import type { CountriesInput } from "./inputs.ts";
import { renderFigure, type VegaLiteSpec } from "./render-svg.ts";
import { matchCountry, worldTopology } from "./world-countries.ts";

export async function worldMapFigure(input: CountriesInput, opts: { title?: string; width?: number; height?: number } = {}): Promise<BuiltFigure> {
  expectInput(Array.isArray(input.full_AU1_CO), "world map", "`full_AU1_CO` must be an array of {country, articles}");
  input.full_AU1_CO.forEach((r, i) => expectInput(Number.isInteger(r.articles) && r.articles >= 0, "world map", `full_AU1_CO[${i}] (${r.country}): articles must be a count`));
  const title = opts.title ?? "Documents by corresponding author's country";
  const shapes = new Map<string, { atlas: string; articles: number; countries: string[] }>();
  const points: { country: string; articles: number; longitude: number; latitude: number }[] = [];
  const unmatched: string[] = [];
  for (const r of input.full_AU1_CO) {
    const m = matchCountry(r.country);
    if (m.kind === "shape") {
      // Several bibliometrix names can fall on one shape (ENGLAND and UNITED KINGDOM): summed.
      const prev = shapes.get(m.atlasName) ?? { atlas: m.atlasName, articles: 0, countries: [] };
      shapes.set(m.atlasName, { atlas: m.atlasName, articles: prev.articles + r.articles, countries: [...prev.countries, r.country] });
    } else if (m.kind === "point") points.push({ country: r.country, articles: r.articles, longitude: m.longitude, latitude: m.latitude });
    else unmatched.push(r.country);
  }
  const byShape = [...shapes.values()].map((s) => ({ atlas: s.atlas, articles: s.articles, country: s.countries.join(" + ") }));
  const max = Math.max(1, ...input.full_AU1_CO.map((r) => r.articles));
  const top = input.full_AU1_CO.slice(0, 3);
  const alt = input.full_AU1_CO.length
    ? `World map shading ${input.full_AU1_CO.length} countries by the number of documents of their corresponding authors; most: ` +
      top.map((r) => `${r.country} (${fmtInt(r.articles)})`).join(", ") + "."
    : "No corresponding author's country is known: the map is empty.";
  let caption = "Documents per country of the corresponding author (darker = more; logarithmic colour scale). Countries too small for the map's scale are shown as dots.";
  if (unmatched.length) caption += ` Not on the map (name not recognised): ${listText(unmatched)}.`;

  const projection = { type: "equalEarth" } as const;
  const color = {
    field: "articles",
    type: "quantitative",
    title: "Documents",
    scale: { type: "log", domain: [1, max], scheme: "blues" },
    legend: { orient: "bottom-left", format: "d" },
  } as const;
  const spec: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, anchor: "start" },
    description: alt,
    width: opts.width ?? 680,
    height: opts.height ?? 340,
    projection,
    layer: [
      {
        data: { values: worldTopology(), format: { type: "topojson", feature: "countries" } },
        transform: [{ filter: "datum.properties.name !== 'Antarctica'" }],
        // Decorative background: hidden from assistive technology (the shaded layer carries the data).
        mark: { type: "geoshape", fill: "#e8ebee", stroke: "#ffffff", strokeWidth: 0.5, aria: false },
      },
      {
        data: { values: worldTopology(), format: { type: "topojson", feature: "countries" } },
        transform: [
          { lookup: "properties.name", from: { data: { values: byShape }, key: "atlas", fields: ["articles", "country"] } },
          { filter: "datum.articles > 0" },
        ],
        mark: { type: "geoshape", stroke: "#ffffff", strokeWidth: 0.5 },
        encoding: {
          color,
          tooltip: [
            { field: "country", title: "Country" },
            { field: "articles", type: "quantitative", title: "Documents" },
          ],
        },
      },
      // An empty layer would be an unlabelled graphic for screen readers: only when there are dots.
      ...(points.some((p) => p.articles > 0) ? [{
        data: { values: points },
        transform: [{ filter: "datum.articles > 0" }],
        mark: { type: "circle" as const, size: 40, stroke: "#1d2329", strokeWidth: 0.75, opacity: 1 },
        encoding: {
          longitude: { field: "longitude", type: "quantitative" as const },
          latitude: { field: "latitude", type: "quantitative" as const },
          color,
          tooltip: [
            { field: "country", title: "Country" },
            { field: "articles", type: "quantitative" as const, title: "Documents" },
          ],
        },
      }] : []),
    ],
    config: VL_CONFIG,
  };
  const rendered = await renderFigure(spec, { title, description: alt });
  const csv = toCsv(
    input.full_AU1_CO.map((r) => {
      const m = matchCountry(r.country);
      return { Country: r.country, Documents: r.articles, MapShape: m.kind === "shape" ? m.atlasName : "", DrawnAs: m.kind === "shape" ? "shape" : m.kind === "point" ? "dot" : "not drawn" };
    }),
    ["Country", "Documents", "MapShape", "DrawnAs"],
  );
  // A shape shared by several names (ENGLAND + UNITED KINGDOM) opens the documents of all of them.
  return { id: "world-map", title, vegaLiteSpec: spec, vegaSpec: rendered.vegaSpec, svg: rendered.svg, csv, alt, caption, drill: { field: "country", kind: "country", separator: " + " } };
}

/**
 * Figure: the most relevant sources, bars coloured by Bradford zone (zone 1 = the core sources
 * that together publish about a third of the documents). The CSV has every source with its
 * rank, cumulative count and zone.
 */
import { toCsv } from "../util/csv.ts";
import { bradfordZones } from "./bradford-zones.ts";
import { type BuiltFigure, expectInput, fmtInt, plural, VEGA_LITE_SCHEMA, VL_CONFIG } from "./figure-types.ts";
import type { TopSourcesInput } from "./inputs.ts";
import { renderFigure, type VegaLiteSpec } from "./render-svg.ts";

export const ZONE_COLORS = ["#2f6690", "#81a4c4", "#c9d6e3"] as const;

export async function sourcesBradfordFigure(input: TopSourcesInput, opts: { title?: string; top?: number; width?: number } = {}): Promise<BuiltFigure> {
  expectInput(Array.isArray(input.full), "sources", "`full` must be an array of {source, articles}");
  const zones = bradfordZones(input.full);
  const top = opts.top ?? 20;
  const title = opts.title ?? "Most relevant sources and Bradford's zones";
  const shown = zones.slice(0, top).map((r) => ({ ...r, zoneName: `Zone ${r.zone}` }));
  const size = (z: number): number => zones.filter((r) => r.zone === z).length;
  const docs = (z: number): number => zones.filter((r) => r.zone === z).reduce((n, r) => n + r.articles, 0);
  const first = shown[0];
  const alt = first
    ? `Bar chart of the ${shown.length} sources with most documents, led by ${first.source} (${fmtInt(first.articles)}). ` +
      `Bradford's zone 1 (core) has ${plural(size(1), "source", "sources")} with ${plural(docs(1), "document", "documents")}.`
    : "No source: the chart is empty.";
  const caption =
    `Documents per source, the ${shown.length} largest of ${fmtInt(zones.length)}. Bradford's law splits the sources into three zones publishing about a third of the documents each: ` +
    `zone 1, ${plural(size(1), "source", "sources")} (${fmtInt(docs(1))} documents); zone 2, ${plural(size(2), "source", "sources")} (${fmtInt(docs(2))}); zone 3, ${plural(size(3), "source", "sources")} (${fmtInt(docs(3))}).`;
  const spec: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, anchor: "start" },
    description: alt,
    width: opts.width ?? 460,
    height: { step: 18 },
    data: { values: shown },
    mark: { type: "bar" },
    encoding: {
      y: { field: "source", type: "nominal", sort: null, title: null, axis: { labelLimit: 320 } },
      x: { field: "articles", type: "quantitative", title: "Documents", axis: { format: "d", tickMinStep: 1 } },
      color: {
        field: "zoneName",
        type: "nominal",
        title: "Bradford zone",
        scale: { domain: ["Zone 1", "Zone 2", "Zone 3"], range: [...ZONE_COLORS] },
        legend: { orient: "bottom-right" },
      },
      tooltip: [
        { field: "rank", type: "quantitative", title: "Rank" },
        { field: "source", title: "Source" },
        { field: "articles", type: "quantitative", title: "Documents" },
        { field: "cumulative", type: "quantitative", title: "Cumulative documents" },
        { field: "zoneName", title: "Bradford zone" },
      ],
    },
    config: VL_CONFIG,
  };
  const rendered = await renderFigure(spec, { title, description: alt });
  const csv = toCsv(
    zones.map((r) => ({ Rank: r.rank, Source: r.source, Documents: r.articles, CumulativeDocuments: r.cumulative, BradfordZone: r.zone })),
    ["Rank", "Source", "Documents", "CumulativeDocuments", "BradfordZone"],
  );
  return { id: "sources-bradford", title, vegaLiteSpec: spec, vegaSpec: rendered.vegaSpec, svg: rendered.svg, csv, alt, caption, drill: { field: "source", kind: "source" } };
}

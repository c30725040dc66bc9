/**
 * Figure: corresponding authors' countries, each bar split into single-country publications
 * (SCP: every author in that country) and multiple-country publications (MCP), as
 * bibliometrix's "Corresponding Author's Countries" plot.
 */
import { toCsv } from "../util/csv.ts";
import { type BuiltFigure, expectInput, fmtInt, VEGA_LITE_SCHEMA, VL_CONFIG } from "./figure-types.ts";
import type { CountriesInput } from "./inputs.ts";
import { renderFigure, type VegaLiteSpec } from "./render-svg.ts";

export async function countryCollaborationFigure(input: CountriesInput, opts: { title?: string; top?: number; width?: number } = {}): Promise<BuiltFigure> {
  expectInput(Array.isArray(input.full_country_collaboration), "country collaboration", "`full_country_collaboration` must be an array of {Country, SCP, MCP}");
  input.full_country_collaboration.forEach((r, i) =>
    expectInput(Number.isInteger(r.SCP) && Number.isInteger(r.MCP), "country collaboration", `full_country_collaboration[${i}] (${r.Country}): SCP and MCP must be counts`),
  );
  const top = opts.top ?? 20;
  const title = opts.title ?? "Corresponding authors' countries";
  const all = input.full_country_collaboration.map((r, i) => ({ order: i, country: r.Country, SCP: r.SCP, MCP: r.MCP, total: r.SCP + r.MCP }));
  const shown = all.slice(0, top);
  const values = shown.flatMap((r) => [
    { ...r, kind: "SCP (single country)", count: r.SCP },
    { ...r, kind: "MCP (multiple countries)", count: r.MCP },
  ]);
  const sumMcp = all.reduce((n, r) => n + r.MCP, 0);
  const sumAll = all.reduce((n, r) => n + r.total, 0);
  const first = shown[0];
  const alt = first
    ? `Stacked bar chart of documents by corresponding author's country, ${shown.length} countries, led by ${first.country} (${fmtInt(first.total)}: ${fmtInt(first.SCP)} single-country, ${fmtInt(first.MCP)} multiple-country).`
    : "No corresponding author's country: the chart is empty.";
  const caption =
    `Documents per country of the corresponding author, split into single-country (SCP) and multiple-country (MCP) publications; ` +
    `${sumAll ? ((sumMcp / sumAll) * 100).toFixed(1) : "0.0"}% of the ${fmtInt(sumAll)} documents with a country are multiple-country publications.`;
  const kinds = ["SCP (single country)", "MCP (multiple countries)"];
  const spec: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, anchor: "start" },
    description: alt,
    width: opts.width ?? 460,
    height: { step: 18 },
    data: { values },
    mark: { type: "bar" },
    encoding: {
      y: { field: "country", type: "nominal", sort: { field: "order", order: "ascending" }, title: null },
      x: { field: "count", type: "quantitative", stack: "zero", title: "Documents", axis: { format: "d", tickMinStep: 1 } },
      color: { field: "kind", type: "nominal", title: "Collaboration", scale: { domain: kinds, range: ["#2f6690", "#f28e2b"] }, legend: { orient: "bottom-right" } },
      order: { field: "kind", sort: "descending" },
      tooltip: [
        { field: "country", title: "Country" },
        { field: "SCP", type: "quantitative", title: "SCP" },
        { field: "MCP", type: "quantitative", title: "MCP" },
        { field: "total", type: "quantitative", title: "Documents" },
      ],
    },
    config: VL_CONFIG,
  };
  const rendered = await renderFigure(spec, { title, description: alt });
  const csv = toCsv(
    all.map((r) => ({ Country: r.country, Documents: r.total, SCP: r.SCP, MCP: r.MCP, MCP_Ratio: r.total ? r.MCP / r.total : 0 })),
    ["Country", "Documents", "SCP", "MCP", "MCP_Ratio"],
  );
  return { id: "country-collaboration", title, vegaLiteSpec: spec, vegaSpec: rendered.vegaSpec, svg: rendered.svg, csv, alt, caption, drill: { field: "country", kind: "country" } };
}

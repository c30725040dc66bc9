/**
 * Figure: the most globally cited documents (bars of total citations, labelled by the short
 * reference bibliometrix prints: "AUTHOR, YEAR, SOURCE"). The CSV has every document with
 * its DOI, citations per year and normalised citations.
 */
import { toCsv } from "../util/csv.ts";
import { ACCENT, type BuiltFigure, expectInput, fmtInt, VEGA_LITE_SCHEMA, VL_CONFIG } from "./figure-types.ts";
import type { TopCitedInput } from "./inputs.ts";
import { renderFigure, type VegaLiteSpec } from "./render-svg.ts";

export async function mostCitedFigure(input: TopCitedInput, opts: { title?: string; top?: number; width?: number } = {}): Promise<BuiltFigure> {
  expectInput(Array.isArray(input.full), "most cited", "`full` must be an array of {paper, DOI, TC, TCperYear, NTC}");
  input.full.forEach((r, i) => expectInput(Number.isFinite(r.TC), "most cited", `full[${i}].TC must be a number`));
  const top = opts.top ?? 20;
  const title = opts.title ?? "Most globally cited documents";
  const shown = input.full.slice(0, top);
  const first = shown[0];
  const alt = first
    ? `Bar chart of the ${shown.length} most cited documents, led by ${first.paper} (${fmtInt(first.TC)} citations).`
    : "No document: the chart is empty.";
  const caption = `Total citations (as recorded by the database at export) of the ${shown.length} most cited of ${fmtInt(input.full.length)} documents.`;
  const spec: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, anchor: "start" },
    description: alt,
    width: opts.width ?? 420,
    height: { step: 18 },
    data: { values: shown.map((r) => ({ ...r, DOI: r.DOI ?? "" })) },
    mark: { type: "bar", color: ACCENT },
    encoding: {
      y: { field: "paper", type: "nominal", sort: null, title: null, axis: { labelLimit: 320 } },
      x: { field: "TC", type: "quantitative", title: "Total citations", axis: { format: "d" } },
      tooltip: [
        { field: "paper", title: "Document" },
        { field: "DOI", title: "DOI" },
        { field: "TC", type: "quantitative", title: "Citations" },
        { field: "TCperYear", type: "quantitative", title: "Citations per year", format: ".2f" },
        { field: "NTC", type: "quantitative", title: "Normalised citations", format: ".3f" },
      ],
    },
    config: VL_CONFIG,
  };
  const rendered = await renderFigure(spec, { title, description: alt });
  const csv = toCsv(
    input.full.map((r) => ({ Document: r.paper, DOI: r.DOI ?? "", TotalCitations: r.TC, CitationsPerYear: r.TCperYear, NormalizedCitations: r.NTC })),
    ["Document", "DOI", "TotalCitations", "CitationsPerYear", "NormalizedCitations"],
  );
  return { id: "most-cited", title, vegaLiteSpec: spec, vegaSpec: rendered.vegaSpec, svg: rendered.svg, csv, alt, caption };
}

/**
 * Figure: trend topics (spec §8, fieldByYear's plot). One row per term: a line from the
 * first-quartile year to the third-quartile year, and a dot at the median year sized by the
 * term's frequency. Rows in bibliometrix's df_graph order (median year ascending), the
 * earliest at the bottom as in bibliometrix.
 */
import { toCsv } from "../util/csv.ts";
import { ACCENT, type BuiltFigure, expectInput, fmtInt, VEGA_LITE_SCHEMA, VL_CONFIG } from "./figure-types.ts";
import type { TrendTopicsInput } from "./inputs.ts";
import { renderFigure, type VegaLiteSpec } from "./render-svg.ts";

export async function trendTopicsFigure(input: TrendTopicsInput, opts: { title?: string; width?: number } = {}): Promise<BuiltFigure> {
  expectInput(Array.isArray(input.df_graph), "trend topics", "`df_graph` must be an array of {item, freq, year_q1, year_med, year_q3}");
  input.df_graph.forEach((r, i) => {
    expectInput(typeof r.item === "string", "trend topics", `df_graph[${i}].item must be a string`);
    for (const k of ["freq", "year_q1", "year_med", "year_q3"] as const) {
      expectInput(Number.isFinite(r[k]), "trend topics", `df_graph[${i}].${k} must be a number`);
    }
    expectInput(r.year_q1 <= r.year_med && r.year_med <= r.year_q3, "trend topics", `df_graph[${i}] (${r.item}): expected year_q1 <= year_med <= year_q3`);
  });
  const title = opts.title ?? "Trend topics";
  const rows = input.df_graph.map((r, i) => ({ order: i, ...r }));
  const first = rows[0];
  const last = rows[rows.length - 1];
  const alt = first && last
    ? `Trend topics: ${rows.length} terms by the median year of the documents using them, from ${first.item} (${first.year_med}) to ${last.item} (${last.year_med}); ` +
      `each line spans the first to the third quartile year.`
    : "No term reached the minimum frequency: the chart is empty.";
  const caption =
    `Per term: the line spans the first to the third quartile of the publication years of the documents using it, the dot marks the median year ` +
    `and its size the number of occurrences` +
    (input["n.items"] !== undefined ? `; at most ${input["n.items"]} terms per median year` : "") +
    (input["min.freq"] !== undefined ? `, each with at least ${fmtInt(input["min.freq"])} occurrences` : "") +
    ".";
  const y = { field: "item", type: "nominal", sort: { field: "order", order: "descending" }, title: null, axis: { labelLimit: 220 } } as const;
  const years = rows.flatMap((r) => [r.year_q1, r.year_q3]);
  const spec: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, anchor: "start" },
    description: alt,
    width: opts.width ?? 520,
    height: { step: 18 },
    data: { values: rows },
    encoding: { y },
    layer: [
      {
        mark: { type: "rule", color: "#8fb3d0", strokeWidth: 2 },
        encoding: {
          x: { field: "year_q1", type: "quantitative", title: "Year", axis: { format: "d", tickMinStep: 1 }, scale: { zero: false, domain: years.length ? [Math.min(...years) - 0.5, Math.max(...years) + 0.5] : undefined } },
          x2: { field: "year_q3" },
        },
      },
      {
        mark: { type: "circle", color: ACCENT, opacity: 0.9 },
        encoding: {
          x: { field: "year_med", type: "quantitative" },
          size: { field: "freq", type: "quantitative", title: "Occurrences", scale: { range: [30, 400] } },
          tooltip: [
            { field: "item", title: "Term" },
            { field: "freq", type: "quantitative", title: "Occurrences" },
            { field: "year_q1", type: "quantitative", title: "Q1 year", format: "d" },
            { field: "year_med", type: "quantitative", title: "Median year", format: "d" },
            { field: "year_q3", type: "quantitative", title: "Q3 year", format: "d" },
          ],
        },
      },
    ],
    config: VL_CONFIG,
  };
  const rendered = await renderFigure(spec, { title, description: alt });
  const csv = toCsv(
    rows.map((r) => ({ Term: r.item, Occurrences: r.freq, YearQ1: r.year_q1, YearMedian: r.year_med, YearQ3: r.year_q3 })),
    ["Term", "Occurrences", "YearQ1", "YearMedian", "YearQ3"],
  );
  return { id: "trend-topics", title, vegaLiteSpec: spec, vegaSpec: rendered.vegaSpec, svg: rendered.svg, csv, alt, caption, drill: { field: "item", kind: "keyword" } };
}

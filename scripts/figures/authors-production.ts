/**
 * Figures: the most productive authors (bars of documents per author, bibliometrix's "Most
 * relevant authors") and Lotka's law (observed proportion of authors by number of documents
 * written, against the theoretical beta = 2 curve).
 */
import { toCsv } from "../util/csv.ts";
import { ACCENT, type BuiltFigure, expectInput, fmt2, fmtInt, VEGA_LITE_SCHEMA, VL_CONFIG } from "./figure-types.ts";
import type { TopAuthorsInput } from "./inputs.ts";
import { lotkaLaw } from "./lotka-law.ts";
import { renderFigure, type VegaLiteSpec } from "./render-svg.ts";

function validate(input: TopAuthorsInput): void {
  expectInput(Array.isArray(input.full_articles), "authors", "`full_articles` must be an array of {author, articles}");
}

export async function topAuthorsFigure(input: TopAuthorsInput, opts: { title?: string; top?: number; width?: number } = {}): Promise<BuiltFigure> {
  validate(input);
  const top = opts.top ?? 20;
  const title = opts.title ?? "Most productive authors";
  const frac = new Map((input.full_fractionalized ?? []).map((r) => [r.author, r.articles_fractionalized]));
  const shown = input.full_articles.slice(0, top).map((r) => ({ ...r, fractionalized: frac.get(r.author) ?? null }));
  const first = shown[0];
  const alt = first
    ? `Bar chart of the ${shown.length} authors with most documents, led by ${first.author} (${fmtInt(first.articles)}).`
    : "No author: the chart is empty.";
  const caption = `Documents per author (full counting), the ${shown.length} most productive of ${fmtInt(input.full_articles.length)} authors; the CSV also has fractionalised counts.`;
  const spec: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, anchor: "start" },
    description: alt,
    width: opts.width ?? 460,
    height: { step: 18 },
    data: { values: shown },
    mark: { type: "bar", color: ACCENT },
    encoding: {
      y: { field: "author", type: "nominal", sort: null, title: null, axis: { labelLimit: 220 } },
      x: { field: "articles", type: "quantitative", title: "Documents", axis: { format: "d", tickMinStep: 1 } },
      tooltip: [
        { field: "author", title: "Author" },
        { field: "articles", type: "quantitative", title: "Documents" },
        { field: "fractionalized", type: "quantitative", title: "Fractionalised", format: ".2f" },
      ],
    },
    config: VL_CONFIG,
  };
  const rendered = await renderFigure(spec, { title, description: alt });
  const csv = toCsv(
    input.full_articles.map((r) => ({ Author: r.author, Documents: r.articles, DocumentsFractionalized: frac.get(r.author) ?? "" })),
    ["Author", "Documents", "DocumentsFractionalized"],
  );
  return { id: "top-authors", title, vegaLiteSpec: spec, vegaSpec: rendered.vegaSpec, svg: rendered.svg, csv, alt, caption, drill: { field: "author", kind: "author" } };
}

export async function lotkaFigure(input: TopAuthorsInput, opts: { title?: string; width?: number; height?: number } = {}): Promise<BuiltFigure> {
  validate(input);
  const title = opts.title ?? "Lotka's law: author productivity";
  const lotka = lotkaLaw(input.full_articles);
  const values = lotka.rows.flatMap((r) => [
    { documents: r.documents, share: r.observed, series: "Observed", authors: r.authors },
    { documents: r.documents, share: r.theoretical, series: "Theoretical (β = 2)", authors: null },
  ]);
  const one = lotka.rows.find((r) => r.documents === 1);
  const alt = lotka.rows.length
    ? `Line chart of the share of authors by number of documents written: ${one ? `${(one.observed * 100).toFixed(1)}% of ${fmtInt(lotka.authors)} authors wrote one document` : `${fmtInt(lotka.authors)} authors`}; ` +
      `fitted exponent β = ${Number.isNaN(lotka.beta) ? "not estimable" : fmt2(lotka.beta)}.`
    : "No author: the chart is empty.";
  const caption =
    `Share of authors who wrote x documents (observed) against Lotka's inverse-square law (β = 2, renormalised). ` +
    (Number.isNaN(lotka.beta) ? "Only one distinct x: no exponent can be fitted." : `Least-squares fit on log–log scale: β = ${fmt2(lotka.beta)}, C = ${lotka.c.toFixed(3)}, R² = ${lotka.r2.toFixed(3)}.`);
  const spec: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, anchor: "start" },
    description: alt,
    width: opts.width ?? 520,
    height: opts.height ?? 260,
    data: { values },
    mark: { type: "line", point: { filled: true, size: 40 } },
    encoding: {
      x: { field: "documents", type: "quantitative", title: "Documents written", axis: { format: "d", tickMinStep: 1 } },
      y: { field: "share", type: "quantitative", title: "Share of authors", axis: { format: ".0%" } },
      color: { field: "series", type: "nominal", title: null, scale: { domain: ["Observed", "Theoretical (β = 2)"], range: [ACCENT, "#e15759"] }, legend: { orient: "top-right" } },
      strokeDash: { field: "series", type: "nominal", scale: { domain: ["Observed", "Theoretical (β = 2)"], range: [[1, 0], [5, 3]] } },
      tooltip: [
        { field: "series", title: "Series" },
        { field: "documents", type: "quantitative", title: "Documents written" },
        { field: "share", type: "quantitative", title: "Share of authors", format: ".2%" },
        { field: "authors", type: "quantitative", title: "Authors" },
      ],
    },
    config: VL_CONFIG,
  };
  const rendered = await renderFigure(spec, { title, description: alt });
  const csv = toCsv(
    lotka.rows.map((r) => ({ DocumentsWritten: r.documents, Authors: r.authors, ObservedShare: r.observed, TheoreticalShare: r.theoretical })),
    ["DocumentsWritten", "Authors", "ObservedShare", "TheoreticalShare"],
  );
  return { id: "lotka", title, vegaLiteSpec: spec, vegaSpec: rendered.vegaSpec, svg: rendered.svg, csv, alt, caption };
}

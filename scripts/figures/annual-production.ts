/**
 * Figure: annual scientific production (documents per publication year), bibliometrix's
 * "Annual Scientific Production" plot. Line + points over every year from the first to the
 * last publication year; years without documents are drawn as 0 (and the caption says so).
 */
import type { FigureDrill } from "../pages/page-data.ts";
import { toCsv } from "../util/csv.ts";
import { renderFigure, type VegaLiteSpec, type VegaSpec } from "./render-svg.ts";

export interface AnnualRow {
  year: number;
  articles: number;
}

export interface AnnualProductionOptions {
  /** Chart title, e.g. "Annual scientific production". Rendered as text (escaped). */
  title: string;
  /** Plot area size in px (default 640 x 280). */
  width?: number;
  height?: number;
}

export interface AnnualProductionFigure {
  vegaLiteSpec: VegaLiteSpec;
  vegaSpec: VegaSpec;
  /** Static SVG with role="img", aria-label, <title> and <desc>. */
  svg: string;
  /** "Year,Articles" for every year in the range, filled years included (as 0). */
  csv: string;
  /** Text alternative (also the spec's description and the SVG's <desc>). */
  alt: string;
  /** Caption for the figure; states which years were filled in with 0. */
  caption: string;
  /** The series as plotted (every year from first to last). */
  rows: AnnualRow[];
  /** Years absent from the input and plotted as 0, ascending. */
  filledYears: number[];
  /** A point's `year` opens the documents of that year. */
  drill: FigureDrill;
}

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const fmt = (n: number): string => integer.format(n);

/** Every year from the first to the last, missing years as 0. Throws on bad or repeated years. */
export function fillYears(rows: readonly AnnualRow[]): { rows: AnnualRow[]; filledYears: number[] } {
  const byYear = new Map<number, number>();
  for (const r of rows) {
    if (!Number.isInteger(r.year)) throw new Error(`annual production: year ${r.year} is not an integer`);
    if (!Number.isInteger(r.articles) || r.articles < 0) {
      throw new Error(`annual production: ${r.articles} documents in ${r.year} is not a count`);
    }
    if (byYear.has(r.year)) throw new Error(`annual production: year ${r.year} appears twice`);
    byYear.set(r.year, r.articles);
  }
  if (byYear.size === 0) return { rows: [], filledYears: [] };
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const out: AnnualRow[] = [];
  const filledYears: number[] = [];
  for (let year = first; year <= last; year++) {
    const n = byYear.get(year);
    if (n === undefined) filledYears.push(year);
    out.push({ year, articles: n ?? 0 });
  }
  return { rows: out, filledYears };
}

/** "2016, 2019 and 2020" — or a range summary when there are many. */
function listYears(years: readonly number[]): string {
  if (years.length <= 6) {
    return years.length === 1 ? String(years[0]) : `${years.slice(0, -1).join(", ")} and ${years[years.length - 1]}`;
  }
  return `${years.length} years between ${years[0]} and ${years[years.length - 1]}`;
}

function describe(rows: readonly AnnualRow[]): string {
  if (rows.length === 0) return "No document has a publication year: the chart is empty.";
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const total = rows.reduce((s, r) => s + r.articles, 0);
  // First maximum in year order.
  const peak = rows.reduce((best, r) => (r.articles > best.articles ? r : best), first);
  if (first.year === last.year) {
    return `Documents per year: ${fmt(first.articles)} in ${first.year}.`;
  }
  return (
    `Line chart of documents per publication year, ${first.year}–${last.year} (${fmt(total)} documents): ` +
    `${fmt(first.articles)} in ${first.year}, ${fmt(last.articles)} in ${last.year}, ` +
    `peak of ${fmt(peak.articles)} in ${peak.year}.`
  );
}

function captionFor(rows: readonly AnnualRow[], filledYears: readonly number[]): string {
  if (rows.length === 0) return "Documents per publication year: no document in the corpus has a publication year.";
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const total = rows.reduce((s, r) => s + r.articles, 0);
  const range = first.year === last.year ? String(first.year) : `${first.year}–${last.year}`;
  let caption = `Documents per publication year, ${range} (${fmt(total)} documents with a publication year).`;
  if (filledYears.length > 0) {
    caption +=
      filledYears.length === 1
        ? ` ${filledYears[0]} has no documents and is shown as 0.`
        : ` Years with no documents (${listYears(filledYears)}) are shown as 0.`;
  }
  return caption;
}

/**
 * Builds the annual production figure: Vega-Lite spec, compiled Vega spec, static SVG and CSV.
 * Pure and deterministic: the same rows and options give byte-identical outputs.
 */
export async function annualProductionFigure(
  input: readonly AnnualRow[],
  opts: AnnualProductionOptions,
): Promise<AnnualProductionFigure> {
  const { rows, filledYears } = fillYears(input);
  const alt = describe(rows);
  const caption = captionFor(rows, filledYears);
  const single = rows.length === 1;

  const vegaLiteSpec: VegaLiteSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: opts.title, anchor: "start" },
    description: alt,
    width: opts.width ?? 640,
    height: opts.height ?? 280,
    data: { values: rows.map((r) => ({ year: r.year, articles: r.articles })) },
    encoding: {
      x: {
        field: "year",
        type: "quantitative",
        title: "Year",
        axis: { format: "d", tickMinStep: 1, labelFlush: true, grid: false },
        scale: single ? { zero: false } : { zero: false, nice: false },
      },
      y: {
        field: "articles",
        type: "quantitative",
        title: "Documents",
        axis: { format: ",d", tickMinStep: 1 },
        scale: { zero: true },
      },
      tooltip: [
        { field: "year", type: "quantitative", title: "Year", format: "d" },
        { field: "articles", type: "quantitative", title: "Documents", format: "," },
      ],
    },
    layer: [
      { mark: { type: "line", color: "#2f6690", strokeWidth: 2 } },
      { mark: { type: "point", filled: true, color: "#2f6690", size: 45, opacity: 1 } },
    ],
    config: { view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12 } },
  };

  const rendered = await renderFigure(vegaLiteSpec, { title: opts.title, description: alt });
  const csv = toCsv(
    rows.map((r) => ({ Year: r.year, Articles: r.articles })),
    ["Year", "Articles"],
  );
  return { ...rendered, csv, alt, caption, rows, filledYears, drill: { field: "year", kind: "year" } };
}

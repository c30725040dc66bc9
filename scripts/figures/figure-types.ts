/**
 * What every figure module returns, and the small formatting helpers they share. A figure is
 * a spec (Vega-Lite when the chart is expressible in it, Vega otherwise), its static SVG, the CSV
 * of the data it plots, a text alternative and a caption.
 */
import type { FigureDrill } from "../pages/page-data.ts";
import type * as vega from "vega";
import type { VegaLiteSpec, VegaSpec } from "./render-svg.ts";

export interface BuiltFigure {
  /** File stem and DOM id, e.g. "thematic-map". */
  id: string;
  title: string;
  /** Present when the figure is written in Vega-Lite (offered as the spec download). */
  vegaLiteSpec?: VegaLiteSpec;
  /** What the browser loads for the interactive view. */
  vegaSpec: VegaSpec;
  /** Static SVG with role="img", aria-label, <title> and <desc>. */
  svg: string;
  csv: string;
  alt: string;
  caption: string;
  /** The datum field of the plotted marks that names a drill-down item (theme, keyword, ...). */
  drill?: FigureDrill;
}

export interface FigureOptions {
  title?: string;
  width?: number;
  height?: number;
}

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const decimal2 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const fmtInt = (n: number): string => integer.format(n);
export const fmt2 = (n: number): string => decimal2.format(n);

/** "a, b and c" */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${fmtInt(n)} ${n === 1 ? one : many}`;
}

/** Categorical colours (Tableau 10, colour-blind friendlier than Vega's default), cycled by index. */
export const CATEGORY_COLORS = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
  "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
] as const;

export function categoryColor(index: number): string {
  return CATEGORY_COLORS[((index % CATEGORY_COLORS.length) + CATEGORY_COLORS.length) % CATEGORY_COLORS.length]!;
}

export const ACCENT = "#2f6690";

/** Shared look of every Vega-Lite figure (fonts sizes, no view border). */
export const VL_CONFIG = {
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12 },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  font: "sans-serif",
} as const;

/** Throws a clear error naming the figure and what was expected. */
export function expectInput(condition: unknown, figure: string, what: string): asserts condition {
  if (!condition) throw new Error(`${figure}: invalid input: ${what}`);
}

export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
export const VEGA_SCHEMA = "https://vega.github.io/schema/vega/v6.json";

/**
 * A hand-written Vega mark that draws one data set. Its items are hidden from assistive
 * technology: the figure's description and CSV carry the data, item by item would only be noise.
 */
export function dataMark(type: vega.MarkType, data: string, enter: vega.EncodeEntry): vega.Mark {
  return { type, aria: false, from: { data }, encode: { enter } } as vega.Mark;
}

/**
 * Shared chart pipeline for every figure: Vega-Lite spec -> Vega spec (compiled here, at build
 * time) -> static SVG (rendered headless, no browser, no canvas). The SVG is the no-JavaScript
 * view, the download and what the tests look at; the browser later loads the Vega spec for the
 * interactive view.
 *
 * Determinism: the same spec gives byte-identical SVG on every run and on every machine:
 * - text widths are *estimated* from font size (vega.textMetrics.canvas(false)); with a canvas
 *   package installed Vega would otherwise measure with the machine's fonts;
 * - Vega's random number generator is seeded before each render (word clouds, jitter, force);
 * - no clock, no ids derived from a global counter are added by us.
 */
import { createHash } from "node:crypto";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

export type VegaLiteSpec = TopLevelSpec;
export type VegaSpec = vega.Spec;

/** Re-exports of vega-scenegraph / vega-statistics that vega's type declarations omit. */
const vegaRuntime = vega as unknown as {
  textMetrics: { canvas(use: boolean): void };
  setRandom(random: () => number): void;
  randomLCG(seed: number): () => number;
};

/** Seed used for Vega's randomness when a figure does not pass its own. */
export const DEFAULT_SEED = 20240101;

export interface A11yText {
  /** Short title of the figure (also the SVG <title>). */
  title: string;
  /** One or two sentences describing what the chart shows (the SVG <desc> and aria-label). */
  description: string;
}

export interface RenderedFigure {
  vegaLiteSpec: VegaLiteSpec;
  vegaSpec: VegaSpec;
  svg: string;
}

/** Compiles Vega-Lite to Vega. Throws on an invalid spec (vega-lite's own error). */
export function compileVegaLite(spec: VegaLiteSpec): VegaSpec {
  return compile(spec).spec as VegaSpec;
}

/** Renders a Vega spec to an SVG string, headless and deterministic. */
export async function renderVegaSvg(spec: VegaSpec, a11y: A11yText, seed = DEFAULT_SEED): Promise<string> {
  vegaRuntime.textMetrics.canvas(false);
  vegaRuntime.setRandom(vegaRuntime.randomLCG(seed));
  const view = new vega.View(vega.parse(spec), { renderer: "none", logLevel: vega.Error });
  try {
    const svg = await view.toSVG();
    return labelSvg(stableIds(svg, spec), a11y);
  } finally {
    view.finalize();
  }
}

/**
 * Vega numbers gradients and clip paths with a process-wide counter ("gradient_3"), so the same
 * spec rendered twice gets other ids, and two figures on one page can collide. Every id is
 * renamed to a prefix derived from the spec's content plus its order in this SVG.
 */
export function stableIds(svg: string, spec: VegaSpec): string {
  const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
  if (ids.length === 0) return svg;
  const prefix = `v${createHash("sha256").update(JSON.stringify(spec)).digest("hex").slice(0, 10)}`;
  const rename = new Map(ids.map((id, i) => [id, `${prefix}-${i}`]));
  const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(id="|url\\(#|href="#)(${[...rename.keys()].map(escape).join("|")})(?=[")])`, "g");
  return svg.replace(pattern, (_m, head: string, id: string) => `${head}${rename.get(id)}`);
}

/** Compiles a Vega-Lite spec and renders its static SVG in one go. */
export async function renderFigure(vegaLiteSpec: VegaLiteSpec, a11y: A11yText, seed = DEFAULT_SEED): Promise<RenderedFigure> {
  const vegaSpec = compileVegaLite(vegaLiteSpec);
  const svg = await renderVegaSvg(vegaSpec, a11y, seed);
  return { vegaLiteSpec, vegaSpec, svg };
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * Makes the root <svg> an accessible image: role="img", aria-label, and <title>/<desc> as its
 * first children. Vega's headless SVG has neither (the browser view gets them from vega-embed).
 * No id attributes are added, so the same SVG can appear twice on a page.
 */
export function labelSvg(svg: string, a11y: A11yText): string {
  const open = svg.match(/^<svg\b[^>]*>/);
  if (!open) throw new Error("renderVegaSvg: output does not start with <svg>");
  const label = a11y.description ? `${a11y.title}. ${a11y.description}` : a11y.title;
  const tag = open[0].replace(/>$/, ` role="img" aria-label="${escapeXml(label)}">`);
  const head = `<title>${escapeXml(a11y.title)}</title>` + (a11y.description ? `<desc>${escapeXml(a11y.description)}</desc>` : "");
  return tag + head + svg.slice(open[0].length);
}

/** JSON for spec files: two-space indent, final newline, key order as built (deterministic). */
export function specJson(spec: unknown): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

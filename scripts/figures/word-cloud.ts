/**
 * Figure: word cloud of the most frequent keywords (spec §3.2: the first `top` terms of
 * tableTag, lower-cased, size by sqrt(frequency)).
 *
 * The layout is computed once, at build time, by Vega's wordcloud transform (d3-cloud), with
 * Vega's random generator seeded; the positions it finds are then written into a plain Vega
 * spec of text marks, which is both the static SVG and what the browser loads. So the
 * interactive view shows exactly the static layout, and the browser never runs the layout.
 *
 * Reproducibility: d3-cloud measures glyphs by drawing them on a canvas (@napi-rs/canvas here, the
 * npm alias `canvas`). We draw with DejaVu Sans, registered from its file when present, so the
 * layout depends on that font file alone: byte-identical run to run on one machine and on any
 * machine with the same DejaVu Sans (Debian's fonts-dejavu-core, also on CI). With another font,
 * a different (still valid) layout results; docs/parity.md says so.
 */
import { existsSync } from "node:fs";
import * as vega from "vega";
import { toCsv } from "../util/csv.ts";
import { type BuiltFigure, dataMark, categoryColor, expectInput, fmtInt, VEGA_SCHEMA } from "./figure-types.ts";
import type { KeywordTableInput } from "./inputs.ts";
import { fieldName } from "./keyword-frequency.ts";
import { DEFAULT_SEED, renderVegaSvg, type VegaSpec } from "./render-svg.ts";

export interface WordCloudOptions {
  title?: string;
  /** Words drawn (default 50, biblioshiny's default). */
  top?: number;
  width?: number;
  height?: number;
  seed?: number;
}

export const CLOUD_FONT = "DejaVu Sans";
const FONT_FILES = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf"];

const vegaRuntime = vega as unknown as {
  setRandom(random: () => number): void;
  randomLCG(seed: number): () => number;
};

let fontRegistered: Promise<void> | undefined;
/** Makes DejaVu Sans known to the canvas under a fixed family name (once). */
function registerCloudFont(): Promise<void> {
  fontRegistered ??= (async () => {
    const canvas = (await import("canvas")) as unknown as { GlobalFonts?: { registerFromPath(path: string, name: string): unknown } };
    const file = FONT_FILES.find((f) => existsSync(f));
    if (file && canvas.GlobalFonts) canvas.GlobalFonts.registerFromPath(file, CLOUD_FONT);
  })();
  return fontRegistered;
}

export interface PlacedWord {
  text: string;
  freq: number;
  x: number;
  y: number;
  fontSize: number;
  angle: number;
}

/** Runs Vega's wordcloud transform (seeded) and returns the words it placed, in input order. */
export async function layoutWordCloud(
  words: readonly { text: string; freq: number }[],
  size: [number, number],
  seed = DEFAULT_SEED,
): Promise<{ placed: PlacedWord[]; dropped: string[] }> {
  await registerCloudFont();
  const spec: VegaSpec = {
    width: size[0],
    height: size[1],
    data: [
      {
        name: "words",
        values: words.map((w) => ({ text: w.text, freq: w.freq })),
        transform: [
          {
            type: "wordcloud",
            size: size,
            text: { field: "text" },
            font: CLOUD_FONT,
            fontSize: { field: "freq" },
            fontSizeRange: [11, 52],
            padding: 2,
            rotate: 0,
          },
        ],
      },
    ],
  };
  vegaRuntime.setRandom(vegaRuntime.randomLCG(seed));
  const view = new vega.View(vega.parse(spec), { renderer: "none", logLevel: vega.Error });
  try {
    await view.runAsync();
    const out = view.data("words") as { text: string; freq: number; x: number; y: number; fontSize: number; angle: number }[];
    const placed: PlacedWord[] = [];
    const dropped: string[] = [];
    for (const d of out) {
      if (Number.isFinite(d.x) && Number.isFinite(d.y) && d.fontSize > 0) {
        placed.push({ text: d.text, freq: d.freq, x: d.x, y: d.y, fontSize: Math.round(d.fontSize * 100) / 100, angle: d.angle ?? 0 });
      } else dropped.push(d.text);
    }
    return { placed, dropped };
  } finally {
    view.finalize();
  }
}

export async function wordCloudFigure(input: KeywordTableInput, opts: WordCloudOptions = {}): Promise<BuiltFigure> {
  expectInput(Array.isArray(input.table), "word cloud", "`table` must be an array of {term, freq}");
  const top = opts.top ?? 50;
  const width = opts.width ?? 640;
  const height = opts.height ?? 360;
  const what = fieldName(input.tag);
  const title = opts.title ?? `Word cloud of the ${top} most frequent ${what}`;
  const words = input.table.slice(0, top).map((r) => ({ text: r.term.toLowerCase(), freq: r.freq }));
  const { placed, dropped } = await layoutWordCloud(words, [width, height], opts.seed ?? DEFAULT_SEED);
  const maxFreq = Math.max(1, ...placed.map((w) => w.freq));
  // The drawn text is lower-cased; `term` keeps the keyword as the tables and the drill-down write it.
  const termOf = new Map(input.table.slice(0, top).map((r) => [r.term.toLowerCase(), r.term]));
  const values = placed.map((w, i) => ({ ...w, term: termOf.get(w.text) ?? w.text, color: categoryColor(i < 10 ? 0 : w.freq >= maxFreq / 4 ? 1 : 2) }));

  const alt = placed.length
    ? `Word cloud of ${placed.length} ${what}, larger for more frequent terms; largest: ` +
      placed.slice(0, 5).map((w) => `${w.text} (${fmtInt(w.freq)})`).join(", ") + "."
    : `No ${what} in the corpus: the word cloud is empty.`;
  let caption = `The ${placed.length} most frequent ${what}; font size grows with the square root of the number of occurrences.`;
  if (dropped.length > 0) caption += ` ${dropped.length} terms did not fit and are left out: ${dropped.join(", ")}.`;

  const vegaSpec: VegaSpec = {
    $schema: VEGA_SCHEMA,
    description: alt,
    title: { text: title, anchor: "start" },
    width,
    height,
    padding: 5,
    data: [{ name: "words", values }],
    marks: [
      dataMark("text", "words", {
        text: { field: "text" },
        x: { field: "x" },
        y: { field: "y" },
        angle: { field: "angle" },
        fontSize: { field: "fontSize" },
        font: { value: `${CLOUD_FONT}, sans-serif` },
        align: { value: "center" },
        baseline: { value: "alphabetic" },
        fill: { field: "color" },
        tooltip: { signal: "{'Term': datum.text, 'Occurrences': datum.freq}" },
      }),
    ],
  } as VegaSpec;
  const svg = await renderVegaSvg(vegaSpec, { title, description: alt });
  const csv = toCsv(placed.map((w) => ({ Term: w.text, Occurrences: w.freq, x: w.x, y: w.y, FontSize: w.fontSize })), [
    "Term",
    "Occurrences",
    "x",
    "y",
    "FontSize",
  ]);
  return { id: "word-cloud", title, vegaSpec, svg, csv, alt, caption, drill: { field: "term", kind: "keyword" } };
}

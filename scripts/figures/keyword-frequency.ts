/**
 * Figure: the most frequent keywords (bibliometrix's "Most relevant words"): horizontal bars of
 * the first `top` terms of tableTag, in bibliometrix's order (count desc, ties in collation order).
 * The CSV has every term.
 */
import { toCsv } from "../util/csv.ts";
import { ACCENT, type BuiltFigure, expectInput, fmtInt, VEGA_LITE_SCHEMA, VL_CONFIG } from "./figure-types.ts";
import type { KeywordTableInput } from "./inputs.ts";
import { renderFigure, type VegaLiteSpec } from "./render-svg.ts";

export interface KeywordFrequencyOptions {
  title?: string;
  /** Bars shown (default 20). */
  top?: number;
  width?: number;
}

const FIELD_NAMES: Record<string, string> = {
  ID: "Keywords Plus",
  DE: "author keywords",
  KW_Merged: "keywords (author keywords and Keywords Plus)",
  TI: "title terms",
  AB: "abstract terms",
};

export function fieldName(tag: string): string {
  return FIELD_NAMES[tag] ?? tag;
}

function validate(input: KeywordTableInput): void {
  expectInput(Array.isArray(input.table), "keyword frequency", "`table` must be an array of {term, freq}");
  input.table.forEach((r, i) => {
    expectInput(typeof r.term === "string" && r.term !== "", "keyword frequency", `table[${i}].term must be a non-empty string`);
    expectInput(Number.isInteger(r.freq) && r.freq > 0, "keyword frequency", `table[${i}].freq must be a positive integer`);
  });
}

export async function keywordFrequencyFigure(input: KeywordTableInput, opts: KeywordFrequencyOptions = {}): Promise<BuiltFigure> {
  validate(input);
  const top = opts.top ?? 20;
  const what = fieldName(input.tag);
  const title = opts.title ?? `Most frequent ${what}`;
  const rows = input.table.slice(0, top).map((r, i) => ({ rank: i + 1, term: r.term, freq: r.freq }));
  const total = input.n_terms ?? input.table.length;
  const first = rows[0];
  const alt = first
    ? `Bar chart of the ${rows.length} most frequent ${what} out of ${fmtInt(total)}: ` +
      rows.slice(0, 3).map((r) => `${r.term} (${fmtInt(r.freq)})`).join(", ") + (rows.length > 3 ? ", ..." : ".")
    : `No ${what} in the corpus: the chart is empty.`;
  const caption = `The ${rows.length} most frequent ${what} (occurrences; ${fmtInt(total)} distinct terms in all, every one in the CSV).`;

  const spec: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, anchor: "start" },
    description: alt,
    width: opts.width ?? 520,
    height: { step: 18 },
    data: { values: rows },
    mark: { type: "bar", color: ACCENT },
    encoding: {
      y: { field: "term", type: "nominal", sort: null, title: null, axis: { labelLimit: 260 } },
      x: { field: "freq", type: "quantitative", title: "Occurrences", axis: { format: "d", tickMinStep: 1 } },
      tooltip: [
        { field: "term", type: "nominal", title: "Term" },
        { field: "freq", type: "quantitative", title: "Occurrences" },
      ],
    },
    config: VL_CONFIG,
  };
  const rendered = await renderFigure(spec, { title, description: alt });
  const csv = toCsv(input.table.map((r, i) => ({ Rank: i + 1, Term: r.term, Occurrences: r.freq })), ["Rank", "Term", "Occurrences"]);
  return { id: "keyword-frequency", title, vegaLiteSpec: spec, vegaSpec: rendered.vegaSpec, svg: rendered.svg, csv, alt, caption, drill: { field: "term", kind: "keyword" } };
}

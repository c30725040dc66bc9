import { z } from "zod";
import type { FieldRecord } from "./field-values.ts";
import { corpusHasField } from "./field-values.ts";
import { documentItems, itemOrder } from "./document-items.ts";
import { combineThesauri, thesaurusFromParams, type Thesaurus } from "./thesaurus.ts";
import { codePointCompare, quantile7, rRound, rToLower } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "../descriptives/availability.ts";

/**
 * Trend topics — bibliometrix's fieldByYear() (spec §8): for every item the first quartile, median
 * and third quartile of the publication years of its occurrences (type-7 quantiles, each rounded
 * half-to-even), then per median year the `itemsPerYear` most frequent items with at least `minFreq`
 * occurrences.
 */

export const trendTopicsParamsSchema = z
  .object({
    /** biblioshiny's default field is KW_Merged; fieldByYear's is ID. We follow biblioshiny (DESIGN's example sets ID explicitly). */
    field: z.string().min(1).default("KW_Merged"),
    /** min.freq: biblioshiny 5 (fieldByYear's own default is 2). */
    minFreq: z.number().int().min(0).default(5),
    /** n.items per median year: biblioshiny 3 (fieldByYear's own default is 5). */
    itemsPerYear: z.number().int().positive().default(3),
    /** [from, to] on the median year; null = [min, max] of the items' median years (fieldByYear's default). */
    timespan: z.tuple([z.number().int(), z.number().int()]).nullable().default(null),
    synonyms: z.array(z.string()).default([]),
    removeTerms: z.array(z.string()).default([]),
  })
  .strict();

export type TrendTopicsParams = z.input<typeof trendTopicsParamsSchema>;

export interface TrendTopicRow {
  item: string;
  freq: number;
  /** null when none of the item's documents has a year. */
  yearQ1: number | null;
  yearMedian: number | null;
  yearQ3: number | null;
}

export interface TrendTopics {
  status: "ok";
  field: string;
  timespan: [number, number] | null;
  minFreq: number;
  itemsPerYear: number;
  /** Selected items (lower case), by median year ascending, then frequency desc, then item. */
  selected: TrendTopicRow[];
  /** Every item (upper case as in the corpus), in cocMatrix column order. */
  allTerms: TrendTopicRow[];
}

export function trendTopics(
  records: readonly (FieldRecord & { PY: number | null })[],
  params: TrendTopicsParams = {},
  thesaurus?: Thesaurus,
): TrendTopics | NotAvailable {
  const p = trendTopicsParamsSchema.parse(params);
  if (!corpusHasField(records, p.field)) return notAvailable(p.field);
  if (!records.some((r) => r.PY !== null)) return notAvailable("PY");
  const th = combineThesauri(thesaurusFromParams(p.synonyms, p.removeTerms), thesaurus ?? { synonyms: [], remove: [] });
  const items = documentItems(records, p.field, th);
  const years = new Map<string, number[]>();
  items.forEach((doc, d) => {
    const py = records[d]!.PY;
    for (const it of doc) {
      const list = years.get(it) ?? [];
      if (py !== null) list.push(py);
      years.set(it, list);
    }
  });
  const q = (ys: number[], pr: number): number | null => (ys.length === 0 ? null : rRound(quantile7(ys, pr)));
  const allTerms: TrendTopicRow[] = itemOrder(items).map(({ item, n }) => {
    const ys = years.get(item)!;
    return { item, freq: n, yearQ1: q(ys, 0.25), yearMedian: q(ys, 0.5), yearQ3: q(ys, 0.75) };
  });

  const medians = allTerms.map((t) => t.yearMedian).filter((m): m is number => m !== null);
  const timespan: [number, number] | null = p.timespan ?? (medians.length === 0 ? null : [Math.min(...medians), Math.max(...medians)]);

  // Order by freq desc, item (C order); then, stably, by median year desc; keep itemsPerYear per year.
  const ranked = allTerms
    .filter((t) => t.yearMedian !== null)
    .map((t) => ({ ...t, item: rToLower(t.item) }))
    .sort((a, b) => b.freq - a.freq || codePointCompare(a.item, b.item))
    .sort((a, b) => b.yearMedian! - a.yearMedian!);
  const perYear = new Map<number, number>();
  const selected = ranked
    .filter((t) => {
      const n = perYear.get(t.yearMedian!) ?? 0;
      perYear.set(t.yearMedian!, n + 1);
      return n < p.itemsPerYear;
    })
    .filter((t) => t.freq >= p.minFreq)
    .filter((t) => timespan === null || (t.yearMedian! >= timespan[0] && t.yearMedian! <= timespan[1]))
    .sort((a, b) => a.yearMedian! - b.yearMedian! || b.freq - a.freq || codePointCompare(a.item, b.item));
  return { status: "ok", field: p.field, timespan, minFreq: p.minFreq, itemsPerYear: p.itemsPerYear, selected, allTerms };
}

/** The oracle's trend-topics-<TAG>.json. */
export interface BibliometrixTrendTopics {
  field: string;
  timespan: [number, number] | null;
  "min.freq": number;
  "n.items": number;
  df_graph: { item: string; freq: number; year_q1: number | null; year_med: number | null; year_q3: number | null }[];
  df_all_terms: { item: string; freq: number; year_q1: number | null; year_med: number | null; year_q3: number | null }[];
}

export function toBibliometrixTrendTopics(result: TrendTopics): BibliometrixTrendTopics {
  const row = (t: TrendTopicRow) => ({ item: t.item, freq: t.freq, year_q1: t.yearQ1, year_med: t.yearMedian, year_q3: t.yearQ3 });
  return {
    field: result.field,
    timespan: result.timespan,
    "min.freq": result.minFreq,
    "n.items": result.itemsPerYear,
    df_graph: result.selected.map(row),
    df_all_terms: result.allTerms.map(row),
  };
}

import { z } from "zod";
import type { FieldRecord } from "./field-values.ts";
import { corpusHasField, fieldValue } from "./field-values.ts";
import { combineThesauri, thesaurusFromParams, type Thesaurus } from "./thesaurus.ts";
import { rStrsplit, rTrim, sortByCountThenCollation } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "../descriptives/availability.ts";

/**
 * Word dynamics — bibliometrix's KeywordGrowth() (spec §9.1): the `top` items by number of
 * documents (an item counts once per document; ties in collation order), and for every year from
 * the first to the last publication year the documents of that year containing each, cumulated
 * when `cumulative`.
 *
 * Synonyms: bibliometrix rewrites them as regular-expression SUBSTRINGS (so a synonym "AI" also
 * rewrites inside "MAIN"; pitfall §11.21). `synonymMatch: "substring"` reproduces that (default,
 * parity); "exact" replaces whole items only, like every other analysis.
 */

export const keywordGrowthParamsSchema = z
  .object({
    /** KeywordGrowth's Tag default is ID; biblioshiny's is KW_Merged. We follow biblioshiny. */
    field: z.string().min(1).default("KW_Merged"),
    top: z.number().int().positive().default(10),
    cumulative: z.boolean().default(true),
    synonyms: z.array(z.string()).default([]),
    removeTerms: z.array(z.string()).default([]),
    synonymMatch: z.enum(["substring", "exact"]).default("substring"),
  })
  .strict();

export type KeywordGrowthParams = z.input<typeof keywordGrowthParamsSchema>;

export interface KeywordGrowth {
  status: "ok";
  field: string;
  cumulative: boolean;
  items: string[];
  years: number[];
  /** series[i][j]: documents of years[j] containing items[i] (cumulated if `cumulative`). */
  series: number[][];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function keywordGrowth(
  records: readonly (FieldRecord & { PY: number | null })[],
  params: KeywordGrowthParams = {},
  thesaurus?: Thesaurus,
): KeywordGrowth | NotAvailable {
  const p = keywordGrowthParamsSchema.parse(params);
  if (!corpusHasField(records, p.field)) return notAvailable(p.field);
  const th = combineThesauri(thesaurusFromParams(p.synonyms, p.removeTerms), thesaurus ?? { synonyms: [], remove: [] });
  const remove = new Set(th.remove);
  const rewrite =
    p.synonymMatch === "substring"
      ? th.synonyms.map((s) => ({ re: new RegExp(s.terms.map(escapeRegExp).join("|"), "g"), target: s.target }))
      : [];
  const exact = new Map(p.synonymMatch === "exact" ? th.synonyms.flatMap((s) => s.terms.map((t) => [t, s.target] as const)) : []);

  const docs: { year: number; items: Set<string> }[] = [];
  for (const r of records) {
    if (r.PY === null) continue;
    const value = fieldValue(r, p.field);
    if (value === null) continue;
    const items = new Set<string>();
    for (const piece of rStrsplit(value, ";")) {
      let it = rTrim(piece);
      if (it === "" || it === "NA" || remove.has(it)) continue;
      for (const { re, target } of rewrite) it = it.replace(re, target);
      it = exact.get(it) ?? it;
      items.add(it);
    }
    if (items.size > 0) docs.push({ year: r.PY, items });
  }
  if (docs.length === 0) return notAvailable("PY");
  const counts = new Map<string, number>();
  for (const d of docs) for (const it of d.items) counts.set(it, (counts.get(it) ?? 0) + 1);
  const items = sortByCountThenCollation([...counts], ([, n]) => n, ([it]) => it)
    .slice(0, p.top)
    .map(([it]) => it);
  // Not Math.min(...): spreading a million arguments overflows the stack.
  const first = docs.reduce((m, d) => Math.min(m, d.year), Infinity);
  const last = docs.reduce((m, d) => Math.max(m, d.year), -Infinity);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const series = items.map((it) => {
    const s = years.map(() => 0);
    for (const d of docs) if (d.items.has(it)) s[d.year - first]!++;
    if (p.cumulative) for (let j = 1; j < s.length; j++) s[j] = s[j]! + s[j - 1]!;
    return s;
  });
  return { status: "ok", field: p.field, cumulative: p.cumulative, items, years, series };
}

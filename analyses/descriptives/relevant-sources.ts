import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { codePointCompare, collate } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "./availability.ts";
import { rFormatIntegers, rFormatStrings } from "./r-print.ts";

/**
 * Most relevant sources (spec §2.1, §2.3): documents per source. summary()/biblioAnalysis remove
 * commas from SO and break ties in collation order (the oracle); biblioshiny keeps commas and
 * breaks ties in C order — both selectable.
 */

export const relevantSourcesParamsSchema = z
  .object({
    /** "summary" = biblioAnalysis/summary() (commas removed, collation ties; default, the oracle); "biblioshiny" = SO as-is, C-order ties. */
    mode: z.enum(["summary", "biblioshiny"]).default("summary"),
    k: z.number().int().positive().default(20),
  })
  .strict();

export type RelevantSourcesParams = z.input<typeof relevantSourcesParamsSchema>;

export interface RelevantSources {
  status: "ok";
  k: number;
  rows: { source: string; articles: number }[];
}

export function relevantSources(records: readonly Pick<BibRecord, "SO">[], params: RelevantSourcesParams = {}): RelevantSources | NotAvailable {
  const p = relevantSourcesParamsSchema.parse(params);
  if (!records.some((r) => r.SO !== null)) return notAvailable("SO");
  const counts = new Map<string, number>();
  for (const r of records) {
    if (r.SO === null) continue;
    const so = p.mode === "summary" ? r.SO.replaceAll(",", "") : r.SO;
    counts.set(so, (counts.get(so) ?? 0) + 1);
  }
  const tie = p.mode === "summary" ? collate : codePointCompare;
  const rows = [...counts].map(([source, articles]) => ({ source, articles })).sort((a, b) => b.articles - a.articles || tie(a.source, b.source));
  return { status: "ok", k: p.k, rows };
}

/** The oracle's top-sources.json. */
export interface BibliometrixTopSources {
  summary_k20: { Sources: string; Articles: string }[];
  full: { source: string; articles: number }[];
}

export function toBibliometrixTopSources(result: RelevantSources): BibliometrixTopSources {
  const top = result.rows.slice(0, result.k);
  const s = rFormatStrings(top.map((r) => r.source));
  const n = rFormatIntegers(top.map((r) => r.articles));
  return {
    summary_k20: top.map((_, i) => ({ Sources: s[i]!, Articles: n[i]! })),
    full: result.rows.map((r) => ({ source: r.source, articles: r.articles })),
  };
}

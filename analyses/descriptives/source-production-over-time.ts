import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { frequencyTable } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "./availability.ts";

/**
 * Sources' production over time (spec §9.6, bibliometrix's sourceGrowth): the `top` sources by
 * documents — every source tied with the top-th is kept — and, for each year from the first to the
 * last publication year, their documents that year, cumulated when `cumulative`.
 */

export const sourceProductionOverTimeParamsSchema = z
  .object({
    top: z.number().int().positive().default(5),
    /** cdf: bibliometrix's default TRUE (biblioshiny lets the user choose). */
    cumulative: z.boolean().default(true),
  })
  .strict();

export type SourceProductionOverTimeParams = z.input<typeof sourceProductionOverTimeParamsSchema>;

export interface SourceProductionOverTime {
  status: "ok";
  cumulative: boolean;
  sources: string[];
  years: number[];
  /** series[i][j] = documents of sources[i] in years[j] (cumulated if `cumulative`). */
  series: number[][];
}

export function sourceProductionOverTime(
  records: readonly Pick<BibRecord, "SO" | "PY">[],
  params: SourceProductionOverTimeParams = {},
): SourceProductionOverTime | NotAvailable {
  const p = sourceProductionOverTimeParamsSchema.parse(params);
  const dated = records.filter((r) => r.PY !== null && r.SO !== null);
  if (dated.length === 0) return notAvailable(records.some((r) => r.SO !== null) ? "PY" : "SO");
  const table = frequencyTable(dated.map((r) => r.SO!));
  const cutoff = table[Math.min(p.top, table.length) - 1]!.n;
  const sources = table.filter((r) => r.n >= cutoff).map((r) => r.item);
  const pys = dated.map((r) => r.PY!);
  // Not Math.min(...): spreading a million arguments overflows the stack.
  const first = pys.reduce((m, y) => Math.min(m, y), Infinity);
  const last = pys.reduce((m, y) => Math.max(m, y), -Infinity);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const index = new Map(sources.map((s, i) => [s, i]));
  const series = sources.map(() => years.map(() => 0));
  for (const r of dated) {
    const i = index.get(r.SO!);
    if (i !== undefined) series[i]![r.PY! - first]!++;
  }
  if (p.cumulative) for (const s of series) for (let j = 1; j < s.length; j++) s[j]! += s[j - 1]!;
  return { status: "ok", cumulative: p.cumulative, sources, years, series };
}

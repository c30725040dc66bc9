import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { codePointCompare, rStrsplit, rTrim } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "./availability.ts";

/**
 * Authors' production over time (spec §9.5, bibliometrix's authorProdOverTime): the k authors with
 * most documents (ties in C order of the name, as dplyr sorts), and per author and year their
 * documents, total citations and citations per year TC / (referenceYear − PY + 1). Documents without
 * PY are left out.
 */

export const authorProductionOverTimeParamsSchema = z
  .object({
    k: z.number().int().positive().default(10),
    referenceYear: z.number().int(),
  })
  .strict();

export type AuthorProductionOverTimeParams = z.input<typeof authorProductionOverTimeParamsSchema>;

export interface AuthorYearRow {
  author: string;
  year: number;
  articles: number;
  TC: number;
  TCperYear: number;
}

export interface AuthorProductionOverTime {
  status: "ok";
  referenceYear: number;
  /** The top authors, most productive first. */
  authors: { author: string; articles: number }[];
  /** By author (in `authors` order), then year ascending. */
  rows: AuthorYearRow[];
}

export function authorProductionOverTime(
  records: readonly Pick<BibRecord, "AU" | "PY" | "TC">[],
  params: AuthorProductionOverTimeParams,
): AuthorProductionOverTime | NotAvailable {
  const p = authorProductionOverTimeParamsSchema.parse(params);
  const dated = records.filter((r) => r.PY !== null && r.AU !== null);
  if (dated.length === 0) return notAvailable(records.some((r) => r.AU !== null) ? "PY" : "AU");
  const counts = new Map<string, number>();
  const per = new Map<string, Map<number, { articles: number; tc: number; tcpy: number }>>();
  for (const r of dated) {
    for (const a of rStrsplit(r.AU!, ";").map(rTrim)) {
      counts.set(a, (counts.get(a) ?? 0) + 1);
      const years = per.get(a) ?? new Map();
      const y = years.get(r.PY!) ?? { articles: 0, tc: 0, tcpy: 0 };
      y.articles++;
      y.tc += r.TC;
      y.tcpy += r.TC / (p.referenceYear - r.PY! + 1);
      years.set(r.PY!, y);
      per.set(a, years);
    }
  }
  const authors = [...counts]
    .map(([author, articles]) => ({ author, articles }))
    .sort((a, b) => b.articles - a.articles || codePointCompare(a.author, b.author))
    .slice(0, p.k);
  const rows = authors.flatMap(({ author }) =>
    [...per.get(author)!]
      .sort((a, b) => a[0] - b[0])
      .map(([year, v]) => ({ author, year, articles: v.articles, TC: v.tc, TCperYear: v.tcpy })),
  );
  return { status: "ok", referenceYear: p.referenceYear, authors, rows };
}

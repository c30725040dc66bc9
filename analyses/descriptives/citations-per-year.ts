import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { rRound } from "../util/r-semantics.ts";

/**
 * Average citations per year (spec §2.3, biblioshiny's plot): per publication year, the mean TC per
 * article rounded to 2 decimals, the citable years, and that rounded mean divided by the citable
 * years, rounded again (bibliometrix rounds twice). biblioshiny counts Y + 1 − PY citable years;
 * the package's own plot Y − PY (zero for the reference year itself): `citableYears` selects.
 */

export const citationsPerYearParamsSchema = z
  .object({
    referenceYear: z.number().int(),
    /** "biblioshiny" = Y + 1 − PY (default); "package" = Y − PY. */
    citableYears: z.enum(["biblioshiny", "package"]).default("biblioshiny"),
  })
  .strict();

export type CitationsPerYearParams = z.input<typeof citationsPerYearParamsSchema>;

export interface CitationsPerYearRow {
  year: number;
  articles: number;
  meanTCperArticle: number;
  citableYears: number;
  /** null when citableYears is 0 (package mode, reference year). */
  meanTCperYear: number | null;
}

export interface CitationsPerYear {
  status: "ok";
  referenceYear: number;
  /** Years present, ascending (documents without PY are not counted). */
  rows: CitationsPerYearRow[];
}

export function citationsPerYear(records: readonly Pick<BibRecord, "PY" | "TC">[], params: CitationsPerYearParams): CitationsPerYear {
  const p = citationsPerYearParamsSchema.parse(params);
  const byYear = new Map<number, number[]>();
  for (const r of records) {
    if (r.PY === null) continue;
    const l = byYear.get(r.PY) ?? [];
    l.push(r.TC);
    byYear.set(r.PY, l);
  }
  const rows = [...byYear]
    .sort((a, b) => a[0] - b[0])
    .map(([year, tcs]) => {
      // TC are integers: sum / n is the correctly rounded mean R computes in long double.
      const mean = rRound(tcs.reduce((s, x) => s + x, 0) / tcs.length, 2);
      const citable = p.referenceYear - year + (p.citableYears === "biblioshiny" ? 1 : 0);
      return { year, articles: tcs.length, meanTCperArticle: mean, citableYears: citable, meanTCperYear: citable === 0 ? null : rRound(mean / citable, 2) };
    });
  return { status: "ok", referenceYear: p.referenceYear, rows };
}

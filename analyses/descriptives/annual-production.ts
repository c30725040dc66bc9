import type { BibRecord } from "../model/record.ts";
import { rRound } from "../util/r-semantics.ts";

/**
 * Annual scientific production as bibliometrix's summary() reports it: documents per publication
 * year, only the years present (biblioshiny fills gaps with 0; summary() does not), and the annual
 * growth rate computed from the first and the last year only (spec §2.2).
 */

export interface AnnualProductionRow {
  year: number;
  articles: number;
}

export interface AnnualProduction {
  /** Years present, ascending. */
  rows: AnnualProductionRow[];
  /** ((n_last / n_first)^(1 / (last - first)) - 1) * 100, rounded to 2 decimals half-to-even; null without any year. */
  growthRatePct: number | null;
  growthRatePctUnrounded: number | null;
  /** Documents without PY (counted in no year). */
  missingPY: number;
  documents: number;
}

/** The growth rate of summary(): only the first and the last year count; one year gives 0. */
export function annualGrowthRate(rows: readonly AnnualProductionRow[]): { rounded: number; unrounded: number } | null {
  if (rows.length === 0) return null;
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const span = last.year - first.year;
  // R evaluates 1^Inf as 1 (a single year gives 0 %); JavaScript's Math.pow(1, Infinity) is NaN.
  const factor = span === 0 ? 1 : Math.pow(last.articles / first.articles, 1 / span);
  const unrounded = (factor - 1) * 100;
  return { rounded: rRound(unrounded, 2), unrounded };
}

export function annualProduction(records: readonly Pick<BibRecord, "PY">[]): AnnualProduction {
  const counts = new Map<number, number>();
  let missingPY = 0;
  for (const r of records) {
    if (r.PY === null || Number.isNaN(r.PY)) missingPY++;
    else counts.set(r.PY, (counts.get(r.PY) ?? 0) + 1);
  }
  const rows = [...counts]
    .map(([year, articles]) => ({ year, articles }))
    .sort((a, b) => a.year - b.year);
  const growth = annualGrowthRate(rows);
  return {
    rows,
    growthRatePct: growth?.rounded ?? null,
    growthRatePctUnrounded: growth?.unrounded ?? null,
    missingPY,
    documents: records.length,
  };
}

export interface BibliometrixAnnualProduction {
  annual_production: { year: number; articles: number }[];
  annual_growth_rate_pct: number | null;
  annual_growth_rate_pct_unrounded: number | null;
  note: string;
}

/** The shape of the oracle's annual-production.json. */
export function toBibliometrixAnnualProduction(ap: AnnualProduction): BibliometrixAnnualProduction {
  return {
    annual_production: ap.rows.map((r) => ({ year: r.year, articles: r.articles })),
    annual_growth_rate_pct: ap.growthRatePct,
    annual_growth_rate_pct_unrounded: ap.growthRatePctUnrounded,
    note: "years with zero documents are not listed (table of PY as in summary.bibliometrix)",
  };
}

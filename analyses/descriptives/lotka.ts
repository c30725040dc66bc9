import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { rStrsplit, rTrim } from "../util/r-semantics.ts";

/**
 * Lotka's law (spec §9.3): how many authors wrote x documents, the share f(x), and the OLS fit of
 * log10 f(x) on log10 x over the distinct x (unweighted): Beta = |slope|, C = 10^intercept, R².
 * A document without AU counts for an author "NA", as bibliometrix's split of a missing value does.
 */

export const lotkaParamsSchema = z.object({}).strict();
export type LotkaParams = z.input<typeof lotkaParamsSchema>;

export interface LotkaRow {
  documentsWritten: number;
  authors: number;
  proportion: number;
  /** Lotka's β = 2 expectation, renormalised to sum 1 over the observed x. */
  theoretical: number;
  /** C·x^(−Beta), renormalised. */
  fitted: number;
}

export interface Lotka {
  status: "ok";
  rows: LotkaRow[];
  beta: number;
  C: number;
  rSquared: number;
}

export function lotka(records: readonly Pick<BibRecord, "AU">[], params: LotkaParams = {}): Lotka {
  lotkaParamsSchema.parse(params);
  const perAuthor = new Map<string, number>();
  for (const r of records) {
    const names = r.AU === null ? ["NA"] : rStrsplit(r.AU, ";").map(rTrim);
    for (const n of names) perAuthor.set(n, (perAuthor.get(n) ?? 0) + 1);
  }
  const byX = new Map<number, number>();
  for (const x of perAuthor.values()) byX.set(x, (byX.get(x) ?? 0) + 1);
  const total = perAuthor.size;
  const xs = [...byX.keys()].sort((a, b) => a - b);
  const lx = xs.map(Math.log10);
  const ly = xs.map((x) => Math.log10(byX.get(x)! / total));
  const n = xs.length;
  const mx = lx.reduce((a, b) => a + b, 0) / n;
  const my = ly.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (lx[i]! - mx) * (ly[i]! - my);
    sxx += (lx[i]! - mx) ** 2;
    syy += (ly[i]! - my) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = my - slope * mx;
  const rSquared = sxx === 0 || syy === 0 ? NaN : (sxy * sxy) / (sxx * syy);
  const beta = Math.abs(slope);
  const C = 10 ** intercept;
  const theo = xs.map((x) => 10 ** (intercept - 2 * Math.log10(x)));
  const fit = xs.map((x) => C * x ** -beta);
  const st = theo.reduce((a, b) => a + b, 0);
  const sf = fit.reduce((a, b) => a + b, 0);
  const rows = xs.map((x, i) => ({
    documentsWritten: x,
    authors: byX.get(x)!,
    proportion: byX.get(x)! / total,
    theoretical: theo[i]! / st,
    fitted: fit[i]! / sf,
  }));
  return { status: "ok", rows, beta, C, rSquared };
}

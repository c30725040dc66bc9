import { z } from "zod";
import type { BibRecord } from "../model/record.ts";

/**
 * mean() of citation counts. TC are integers, so the sum is exact and sum / n is the correctly
 * rounded mean — what R's long-double mean() yields; a refinement pass in double precision can land
 * one ulp away (40/23), which flips printed digits such as NTC 6.325 -> "6.32".
 */
function integerMean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}
import { rFormatIntegers, rFormatNumbers, rFormatStrings } from "./r-print.ts";

/**
 * Most globally cited documents (spec §2.1, §2.3): TC, TC per year = TC / (referenceYear − PY + 1)
 * and the normalised TC = TC / mean TC of the documents of the same year (documents without a year
 * form their own group, as R's grouping by an NA key does). Sorted by TC descending; equal TC keep
 * the corpus order (bibliometrix's stable order).
 */

export const mostCitedDocumentsParamsSchema = z
  .object({
    /** "Current year" of TC per year; explicit, never the clock (spec §0.3.9). */
    referenceYear: z.number().int(),
    /** Rows of the printed summary (summary(k = 20)). */
    k: z.number().int().positive().default(20),
  })
  .strict();

export type MostCitedDocumentsParams = z.input<typeof mostCitedDocumentsParamsSchema>;

export interface CitedDocument {
  SR: string;
  DI: string | null;
  PY: number | null;
  TC: number;
  /** null without PY. */
  tcPerYear: number | null;
  /** null when the year's mean TC is 0 (0/0). */
  ntc: number | null;
}

export interface MostCitedDocuments {
  status: "ok";
  referenceYear: number;
  k: number;
  rows: CitedDocument[];
}

export function mostCitedDocuments(
  records: readonly Pick<BibRecord, "SR" | "DI" | "PY" | "TC">[],
  params: MostCitedDocumentsParams,
): MostCitedDocuments {
  const p = mostCitedDocumentsParamsSchema.parse(params);
  const Y = p.referenceYear;
  const byYear = new Map<number | null, number[]>();
  for (const r of records) {
    const list = byYear.get(r.PY) ?? [];
    list.push(r.TC);
    byYear.set(r.PY, list);
  }
  const meanByYear = new Map([...byYear].map(([y, tcs]) => [y, integerMean(tcs)]));
  const rows = records.map((r) => {
    const ntc = r.TC / meanByYear.get(r.PY)!;
    return {
      SR: r.SR,
      DI: r.DI,
      PY: r.PY,
      TC: r.TC,
      tcPerYear: r.PY === null ? null : r.TC / (Y - r.PY + 1),
      ntc: Number.isFinite(ntc) ? ntc : null,
    };
  });
  // Array.prototype.sort is stable: equal TC keep the corpus order.
  rows.sort((a, b) => b.TC - a.TC);
  return { status: "ok", referenceYear: Y, k: p.k, rows };
}

/** The oracle's top-cited.json. */
export interface BibliometrixTopCited {
  summary_k20: { Paper: string; DOI: string; TC: string; TCperYear: string; NTC: string }[];
  full: { paper: string; DOI: string | null; TC: number; TCperYear: number | null; NTC: number | null }[];
}

export function toBibliometrixTopCited(result: MostCitedDocuments): BibliometrixTopCited {
  // summary() prints k rows; beyond the corpus size they are NA.
  const top = Array.from({ length: result.k }, (_, i) => result.rows[i] ?? null);
  const paper = rFormatStrings(top.map((r) => r?.SR ?? null));
  const doi = rFormatStrings(top.map((r) => r?.DI ?? null));
  const tc = rFormatIntegers(top.map((r) => r?.TC ?? null));
  const tcpy = rFormatNumbers(top.map((r) => r?.tcPerYear ?? null), 3);
  // ntc is null only for 0/0, which R prints as NaN (a missing row prints NA).
  const ntc = rFormatNumbers(top.map((r) => (r === null ? null : (r.ntc ?? NaN))), 3);
  return {
    summary_k20: top.map((_, i) => ({ Paper: paper[i]!, DOI: doi[i]!, TC: tc[i]!, TCperYear: tcpy[i]!, NTC: ntc[i]! })),
    full: result.rows.map((r) => ({ paper: r.SR, DOI: r.DI, TC: r.TC, TCperYear: r.tcPerYear, NTC: r.ntc })),
  };
}

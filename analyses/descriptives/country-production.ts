import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { frequencyTable, rStrsplit, rTrim } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "./availability.ts";

/**
 * Countries' scientific production (spec §2.3, the world map): how often each country appears in
 * the authors' addresses (AU_CO, one entry per matching address, §1.8.1) — author-affiliation
 * appearances, not documents. `documents` gives the number of documents naming the country.
 */

export const countryProductionParamsSchema = z.object({}).strict();
export type CountryProductionParams = z.input<typeof countryProductionParamsSchema>;

export interface CountryProduction {
  status: "ok";
  /** Appearances desc, ties in collation order. */
  rows: { country: string; freq: number; documents: number }[];
}

export function countryProduction(records: readonly Pick<BibRecord, "AU_CO">[], params: CountryProductionParams = {}): CountryProduction | NotAvailable {
  countryProductionParamsSchema.parse(params);
  if (!records.some((r) => r.AU_CO !== null)) return notAvailable("AU_CO (author addresses: C1/RP)");
  const docs = new Map<string, number>();
  const all: string[] = [];
  for (const r of records) {
    if (r.AU_CO === null) continue;
    const cs = rStrsplit(r.AU_CO, ";").map(rTrim).filter((c) => c !== "");
    all.push(...cs);
    for (const c of new Set(cs)) docs.set(c, (docs.get(c) ?? 0) + 1);
  }
  return { status: "ok", rows: frequencyTable(all).map(({ item, n }) => ({ country: item, freq: n, documents: docs.get(item)! })) };
}

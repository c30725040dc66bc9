import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { fieldItemCounts } from "../words/table-tag.ts";
import { countsTable } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "./availability.ts";

/**
 * Most locally cited references (spec §2.1 "References", biblioshiny's "Most Local Cited
 * References"): how many documents of the corpus cite each reference, counted on the cited-reference
 * strings after the tableTag cleaning (§3.1) — the same strings Main Information counts as
 * "References".
 */

export const localCitationsParamsSchema = z
  .object({
    /** Rows kept (biblioshiny shows 10 by default); null = all. */
    top: z.number().int().positive().nullable().default(null),
  })
  .strict();

export type LocalCitationsParams = z.input<typeof localCitationsParamsSchema>;

export interface LocalCitations {
  status: "ok";
  distinctReferences: number;
  /** Citations desc, ties in collation order. */
  rows: { reference: string; citations: number }[];
}

export function localCitations(records: readonly Pick<BibRecord, "CR">[], params: LocalCitationsParams = {}): LocalCitations | NotAvailable {
  const p = localCitationsParamsSchema.parse(params);
  if (!records.some((r) => r.CR !== "" && r.CR !== "none")) return notAvailable("CR");
  // The CR counts Main Information made, less the records whose whole CR is "none" (no references).
  const counts = new Map(fieldItemCounts(records, "CR"));
  const none = records.reduce((k, r) => k + (r.CR === "none" ? 1 : 0), 0);
  if (none > 0) {
    const left = counts.get("none")! - none;
    if (left > 0) counts.set("none", left);
    else counts.delete("none");
  }
  const rows = countsTable(counts).map(({ item, n }) => ({ reference: item, citations: n }));
  return { status: "ok", distinctReferences: rows.length, rows: p.top === null ? rows : rows.slice(0, p.top) };
}

import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { frequencyTable } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "./availability.ts";

/**
 * Bradford's law (spec §9.2): sources ranked by documents (SO as-is; ties in collation order),
 * cut into three zones at one and two thirds of the documents, as bibliometrix's bradford() does:
 * zone 1 = ranks 1..z1 with z1 = (#sources whose cumulative count <= N/3) + 1, zone 2 up to
 * z2 = (#sources whose cumulative count <= 2N/3) + 1, both capped at the number of sources.
 */

export const bradfordParamsSchema = z.object({}).strict();
export type BradfordParams = z.input<typeof bradfordParamsSchema>;

export interface BradfordRow {
  source: string;
  rank: number;
  freq: number;
  cumFreq: number;
  zone: 1 | 2 | 3;
}

export interface Bradford {
  status: "ok";
  documents: number;
  rows: BradfordRow[];
  /** Sources and documents per zone. */
  zones: { zone: 1 | 2 | 3; sources: number; documents: number }[];
  /** Bradford multiplier k = (n2/n1 + n3/n2) / 2 over the sources per zone (null when a zone is empty). */
  multiplier: number | null;
}

export function bradford(records: readonly Pick<BibRecord, "SO">[], params: BradfordParams = {}): Bradford | NotAvailable {
  bradfordParamsSchema.parse(params);
  const table = frequencyTable(records.flatMap((r) => (r.SO === null ? [] : [r.SO])));
  if (table.length === 0) return notAvailable("SO");
  const N = table.reduce((s, r) => s + r.n, 0);
  let cum = 0;
  const cums = table.map((r) => (cum += r.n));
  const z1 = Math.min(cums.filter((c) => c <= N / 3).length + 1, table.length);
  const z2 = Math.min(cums.filter((c) => c <= (2 * N) / 3).length + 1, table.length);
  const rows: BradfordRow[] = table.map((r, i) => ({
    source: r.item,
    rank: i + 1,
    freq: r.n,
    cumFreq: cums[i]!,
    zone: i + 1 <= z1 ? 1 : i + 1 <= z2 ? 2 : 3,
  }));
  const zones = ([1, 2, 3] as const).map((zone) => {
    const z = rows.filter((r) => r.zone === zone);
    return { zone, sources: z.length, documents: z.reduce((s, r) => s + r.freq, 0) };
  });
  const [n1, n2, n3] = zones.map((z) => z.sources) as [number, number, number];
  const multiplier = n1 > 0 && n2 > 0 ? (n2 / n1 + n3 / n2) / 2 : null;
  return { status: "ok", documents: N, rows, zones, multiplier };
}

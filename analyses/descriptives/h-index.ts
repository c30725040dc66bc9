import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { collate, rStrsplit, rTrim } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "./availability.ts";

/**
 * h, g and m indices of authors or sources (spec §9.4, bibliometrix's Hindex()): per element its
 * documents' citations c1 >= c2 >= ...; h = max{i : c_i >= i}; g = max{i : c1+...+c_i >= i²}
 * (at most the number of documents); m = h / (referenceYear − first year + 1). bibliometrix drops
 * elements with h = 0 from its table (pitfall §11.22); `keepZero` restores them.
 */

export const hIndexParamsSchema = z
  .object({
    /** "authors" (AU elements, commas -> spaces) or "sources" (SO). */
    elements: z.enum(["authors", "sources"]).default("authors"),
    /** "Current year" of the m-index. */
    referenceYear: z.number().int(),
    /** Only documents with PY >= referenceYear − years (null = all, bibliometrix's default Inf). */
    years: z.number().int().nonnegative().nullable().default(null),
    /** Keep elements whose h is 0 (bibliometrix drops them). */
    keepZero: z.boolean().default(false),
  })
  .strict();

export type HIndexParams = z.input<typeof hIndexParamsSchema>;

export interface HIndexRow {
  element: string;
  h: number;
  g: number;
  m: number;
  TC: number;
  NP: number;
  /** First publication year in the collection (null when no document has PY). */
  PY_start: number | null;
}

export interface HIndex {
  status: "ok";
  elements: "authors" | "sources";
  referenceYear: number;
  /** Sorted by element name (collation order). */
  rows: HIndexRow[];
}

export function hgIndices(citations: readonly number[]): { h: number; g: number } {
  const c = [...citations].sort((a, b) => b - a);
  let h = 0;
  while (h < c.length && c[h]! >= h + 1) h++;
  let g = 0;
  let sum = 0;
  for (let i = 0; i < c.length; i++) {
    sum += c[i]!;
    if (sum >= (i + 1) * (i + 1)) g = i + 1;
  }
  return { h, g };
}

export function hIndex(records: readonly Pick<BibRecord, "AU" | "SO" | "TC" | "PY">[], params: HIndexParams): HIndex | NotAvailable {
  const p = hIndexParamsSchema.parse(params);
  const field = p.elements === "authors" ? "AU" : "SO";
  if (!records.some((r) => r[field] !== null)) return notAvailable(field);
  const acc = new Map<string, { tc: number[]; years: number[] }>();
  for (const r of records) {
    if (p.years !== null && (r.PY === null || r.PY < p.referenceYear - p.years)) continue;
    const value = r[field];
    if (value === null) continue;
    const els = p.elements === "authors" ? rStrsplit(value, ";").map((a) => rTrim(a.replaceAll(",", " "))) : [value];
    for (const e of els) {
      const a = acc.get(e) ?? { tc: [], years: [] };
      a.tc.push(r.TC);
      if (r.PY !== null) a.years.push(r.PY);
      acc.set(e, a);
    }
  }
  const rows: HIndexRow[] = [];
  for (const [element, a] of acc) {
    const { h, g } = hgIndices(a.tc);
    if (h === 0 && !p.keepZero) continue;
    const start = a.years.length === 0 ? null : Math.min(...a.years);
    rows.push({
      element,
      h,
      g,
      m: start === null ? NaN : h / (p.referenceYear - start + 1),
      TC: a.tc.reduce((s, x) => s + x, 0),
      NP: a.tc.length,
      PY_start: start,
    });
  }
  rows.sort((a, b) => collate(a.element, b.element));
  return { status: "ok", elements: p.elements, referenceYear: p.referenceYear, rows };
}

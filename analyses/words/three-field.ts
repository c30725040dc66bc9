import { z } from "zod";
import type { FieldRecord } from "./field-values.ts";
import { corpusHasField } from "./field-values.ts";
import { documentItems, itemOrder } from "./document-items.ts";
import { rToLower } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "../descriptives/availability.ts";

/**
 * Three-field plot data (spec §9.7, bibliometrix's threeFieldsPlot): the top n items of each of
 * three fields (cocMatrix order: occurrences, ties in collation order; repetitions inside a document
 * count), restricted to documents with at least one selected middle item; flow left→middle =
 * Σ_documents count_left × count_middle, middle→right likewise; flows below 1 and nodes without a
 * flow dropped; labels lower-case. Cited references (CR) need the co-citation canonicalisation
 * (§9.9) and are not accepted here.
 */

const fieldName = z
  .string()
  .min(1)
  .refine((f) => f !== "CR", { message: "CR needs the co-citation canonicalisation; not supported in the three-field plot yet" });

export const threeFieldParamsSchema = z
  .object({
    /** [left, middle, right]; bibliometrix's default (DE, AU, SO); biblioshiny's common AU–DE–SO is [AU, DE, SO]. */
    fields: z.tuple([fieldName, fieldName, fieldName]).default(["DE", "AU", "SO"]),
    /** Items per field: [left, middle, right], bibliometrix 20 each. */
    n: z.tuple([z.number().int().positive(), z.number().int().positive(), z.number().int().positive()]).default([20, 20, 20]),
  })
  .strict();

export type ThreeFieldParams = z.input<typeof threeFieldParamsSchema>;

export interface ThreeFieldNode {
  /** 0 = left, 1 = middle, 2 = right. */
  column: 0 | 1 | 2;
  field: string;
  label: string;
  /** Flow through the node: its outgoing links (incoming ones for the right column). */
  value: number;
}

export interface ThreeFieldLink {
  /** Indices into `nodes`. */
  source: number;
  target: number;
  value: number;
}

export interface ThreeField {
  status: "ok";
  fields: [string, string, string];
  nodes: ThreeFieldNode[];
  links: ThreeFieldLink[];
}

export function threeField(records: readonly FieldRecord[], params: ThreeFieldParams = {}): ThreeField | NotAvailable {
  const p = threeFieldParamsSchema.parse(params);
  const missing = p.fields.filter((f) => !corpusHasField(records, f));
  if (missing.length > 0) return notAvailable(...missing);
  // Per field: per document, item -> count, for the selected items only.
  const selected = p.fields.map((f, c) => {
    const items = documentItems(records, f);
    const top = new Set(itemOrder(items).slice(0, p.n[c]).map((r) => r.item));
    return items.map((doc) => {
      const m = new Map<string, number>();
      for (const it of doc) if (top.has(it)) m.set(it, (m.get(it) ?? 0) + 1);
      return m;
    });
  }) as [Map<string, number>[], Map<string, number>[], Map<string, number>[]];

  const flows = [new Map<string, number>(), new Map<string, number>()];
  records.forEach((_, d) => {
    const mid = selected[1][d]!;
    if (mid.size === 0) return;
    for (const [m, wm] of mid) {
      for (const [l, wl] of selected[0][d]!) flows[0]!.set(`${l}\u0000${m}`, (flows[0]!.get(`${l}\u0000${m}`) ?? 0) + wl * wm);
      for (const [r, wr] of selected[2][d]!) flows[1]!.set(`${m}\u0000${r}`, (flows[1]!.get(`${m}\u0000${r}`) ?? 0) + wm * wr);
    }
  });

  const nodes: ThreeFieldNode[] = [];
  const nodeIndex = new Map<string, number>();
  const node = (column: 0 | 1 | 2, item: string): number => {
    const key = `${column}\u0000${item}`;
    let i = nodeIndex.get(key);
    if (i === undefined) {
      i = nodes.length;
      nodes.push({ column, field: p.fields[column], label: rToLower(item), value: 0 });
      nodeIndex.set(key, i);
    }
    return i;
  };
  const links: ThreeFieldLink[] = [];
  flows.forEach((map, side) => {
    // Deterministic order: by weight desc, then by the two labels.
    const entries = [...map].filter(([, v]) => v >= 1).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [key, value] of entries) {
      const [a, b] = key.split("\u0000") as [string, string];
      const source = node(side as 0 | 1, a);
      const target = node((side + 1) as 1 | 2, b);
      links.push({ source, target, value });
    }
  });
  for (const l of links) {
    nodes[l.source]!.value += l.value;
    if (nodes[l.target]!.column === 2) nodes[l.target]!.value += l.value;
  }
  return { status: "ok", fields: p.fields, nodes, links };
}

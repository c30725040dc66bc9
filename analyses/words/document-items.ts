import type { FieldRecord } from "./field-values.ts";
import { fieldValue } from "./field-values.ts";
import { synonymMapper, type Thesaurus } from "./thesaurus.ts";
import { rStrsplit, rTrim, rTrimLeading, sortByCountThenCollation } from "../util/r-semantics.ts";

/**
 * The items of each document as bibliometrix's cocMatrix() reads them (spec §4.1, steps 1-3), for
 * every field but CR: the rows of the document × item matrix, with repetitions kept so callers can
 * build the binary or the counting matrix. Trend topics, keyword growth and the three-field plot use
 * it; so can the networks.
 */

/** Fields where cocMatrix applies synonyms and remove.terms (step 1). */
const KEYWORD_LIKE = new Set(["ID", "DE", "KW_Merged", "TI", "TI_TM", "AB", "AB_TM"]);

/** An item keeps at most two commas: text from the third comma on is dropped (step 3, pitfall §11.14). */
function canonicalItem(item: string): string {
  let commas = 0;
  for (let i = 0; i < item.length; i++) {
    if (item[i] === "," && ++commas === 3) return rTrim(item.slice(0, i));
  }
  return rTrim(item);
}

/**
 * Per document, its items in order (repetitions kept); a missing field gives no item (bibliometrix
 * makes it the item "NA" and drops that column at the end — same result).
 */
export function documentItems(records: readonly FieldRecord[], field: string, thesaurus?: Thesaurus, sep = ";"): string[][] {
  const keywordLike = KEYWORD_LIKE.has(field);
  const map = keywordLike && thesaurus ? synonymMapper(thesaurus.synonyms) : (s: string) => s;
  const remove = keywordLike && thesaurus ? new Set(thesaurus.remove) : new Set<string>();
  return records.map((r) => {
    const value = fieldValue(r, field);
    if (value === null) return [];
    let pieces = rStrsplit(value, sep);
    if (keywordLike) {
      pieces = pieces.map((p) => map(rTrim(p))).filter((p) => !remove.has(p));
    }
    const items: string[] = [];
    for (const p of pieces) {
      const item = canonicalItem(rTrimLeading(p));
      if (item !== "" && item !== "NA") items.push(item);
    }
    return items;
  });
}

/** cocMatrix's column order: occurrences over all documents, descending, ties in collation order. */
export function itemOrder(items: readonly (readonly string[])[]): { item: string; n: number }[] {
  const counts = new Map<string, number>();
  for (const doc of items) for (const it of doc) counts.set(it, (counts.get(it) ?? 0) + 1);
  return sortByCountThenCollation(
    [...counts].map(([item, n]) => ({ item, n })),
    (r) => r.n,
    (r) => r.item,
  );
}

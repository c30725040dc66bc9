import { frequencyTable, rStrsplit, tableTagClean } from "../util/r-semantics.ts";

/**
 * bibliometrix's tableTag() item cleaning and counting (spec §3.1). Shared by the keyword tables,
 * Main Information's distinct counts and the network engine, so the cleaning lives in one place.
 */

/**
 * Items of a `;`-separated field as bibliometrix's tableTag counts them (spec §3.1, steps 3-5):
 * missing values give nothing, the literal "NA" is kept, each white-space run, "." and "," becomes
 * one space, the item is trimmed, empty items dropped; duplicates inside a document are kept.
 */
export function tableTagItems(values: Iterable<string | null>, sep = ";"): string[] {
  const items: string[] = [];
  forEachTableTagItem(values, sep, (item) => items.push(item));
  return items;
}

/** tableTagItems one item at a time: a million records cite some 40 million references, too many to hold at once. */
function forEachTableTagItem(values: Iterable<string | null>, sep: string, onItem: (item: string) => void): void {
  for (const v of values) {
    if (v === null) continue;
    for (const piece of rStrsplit(v, sep)) {
      const item = tableTagClean(piece);
      if (item !== "") onItem(item);
    }
  }
}

/** tableTag(): frequency table of a field, count descending, ties in collation order. */
export function tableTag(values: Iterable<string | null>, sep = ";"): { item: string; n: number }[] {
  return frequencyTable(tableTagItems(values, sep));
}

type FieldValues = readonly { readonly [field: string]: unknown }[];
const countsMemo = new WeakMap<FieldValues, Map<string, ReadonlyMap<string, number>>>();

/**
 * tableTag's item counts of one `;`-separated field of the records, unsorted, computed once per
 * records array: Main Information and the local-citation table both count the cited references,
 * the costliest field to clean. The memo lives as long as the records array.
 */
export function fieldItemCounts(records: FieldValues, field: string): ReadonlyMap<string, number> {
  let byField = countsMemo.get(records);
  if (!byField) countsMemo.set(records, (byField = new Map()));
  let counts = byField.get(field);
  if (!counts) {
    const c = new Map<string, number>();
    forEachTableTagItem(
      records.map((r) => r[field] as string | null),
      ";",
      (item) => c.set(item, (c.get(item) ?? 0) + 1),
    );
    byField.set(field, (counts = c));
  }
  return counts;
}

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
  for (const v of values) {
    if (v === null) continue;
    for (const piece of rStrsplit(v, sep)) {
      const item = tableTagClean(piece);
      if (item !== "") items.push(item);
    }
  }
  return items;
}

/** tableTag(): frequency table of a field, count descending, ties in collation order. */
export function tableTag(values: Iterable<string | null>, sep = ";"): { item: string; n: number }[] {
  return frequencyTable(tableTagItems(values, sep));
}

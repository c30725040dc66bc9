import type { Thesaurus } from "../words/thesaurus.ts";
import { synonymMapper } from "../words/thesaurus.ts";
import { rStrsplit, rToUpper, rTrim, rTrimLeading, sortByCountThenCollation } from "../util/r-semantics.ts";

/**
 * bibliometrix's cocMatrix (spec §4.1): the document x item matrix every network is built from,
 * held sparse (one short row per document) because corpora reach 10^5-10^6 documents while a
 * document has a few dozen items at most.
 */

export interface DocItemMatrix {
  /** Column labels in bibliometrix's column order: occurrences desc, ties in collation order. */
  items: string[];
  /** Occurrences of each item over all documents (repeats inside a document counted). */
  occurrences: number[];
  /** Per document (input order): the columns it has, ascending, and the cell values. */
  rows: { cols: Int32Array; values: Float64Array }[];
}

export interface DocItemMatrixOptions {
  /** Keep the n most frequent items (all when absent). */
  n?: number;
  /** 1 per document and item (default), or the number of occurrences. */
  binary?: boolean;
  /** Keyword-like fields (ID, DE, KW_Merged, TI/AB terms) take synonyms and removals. */
  thesaurus?: Thesaurus;
  /** bibliometrix's short = TRUE: without n, keep only items occurring more than once. */
  short?: boolean;
  sep?: string;
}

/**
 * §4.1 step 3: commas become separators, the first two are restored, and the rest of the item
 * after a third comma is cut ("A, B, C, D" keeps "A, B, C").
 */
function canonicalItem(item: string): string {
  let s = item.replaceAll(",", ";");
  s = s.replace(";", ",").replace(";", ",");
  const cut = s.indexOf(";");
  if (cut >= 0) s = s.slice(0, cut);
  return rTrim(s);
}

/** The items of one document's field value, in the document's order (duplicates kept). */
export function documentItems(value: string | null, options: { thesaurus?: Thesaurus; sep?: string } = {}): string[] {
  const sep = options.sep ?? ";";
  let pieces = rStrsplit(value ?? "NA", sep);
  const thesaurus = options.thesaurus;
  if (thesaurus && (thesaurus.synonyms.length > 0 || thesaurus.remove.length > 0)) {
    const map = synonymMapper(thesaurus.synonyms);
    const remove = new Set(thesaurus.remove.map((t) => rTrim(rToUpper(t))));
    pieces = pieces.map((p) => map(rTrim(p))).filter((p) => !remove.has(p));
  }
  const items: string[] = [];
  for (const piece of pieces) {
    const item = canonicalItem(rTrimLeading(piece));
    if (item !== "") items.push(item);
  }
  return items;
}

export function docItemMatrix(values: readonly (string | null)[], options: DocItemMatrixOptions = {}): DocItemMatrix {
  const binary = options.binary ?? true;
  const perDoc = values.map((v) => documentItems(v, options));
  const counts = new Map<string, number>();
  for (const items of perDoc) for (const it of items) counts.set(it, (counts.get(it) ?? 0) + 1);
  let ranked = sortByCountThenCollation([...counts], ([, c]) => c, ([item]) => item);
  if (options.n !== undefined) {
    // "NA" (a missing value) is dropped below, so one more item is kept when it made the cut.
    const head = ranked.slice(0, options.n);
    ranked = ranked.slice(0, head.some(([item]) => item === "NA") ? options.n + 1 : options.n);
  } else if (options.short) {
    ranked = ranked.filter(([, c]) => c > 1);
  }
  ranked = ranked.filter(([item]) => item !== "NA");
  const column = new Map<string, number>(ranked.map(([item], i) => [item, i]));
  const rows = perDoc.map((items) => {
    const cells = new Map<number, number>();
    for (const it of items) {
      const c = column.get(it);
      if (c === undefined) continue;
      cells.set(c, binary ? 1 : (cells.get(c) ?? 0) + 1);
    }
    const cols = Int32Array.from([...cells.keys()].sort((a, b) => a - b));
    return { cols, values: Float64Array.from(cols, (c) => cells.get(c)!) };
  });
  return { items: ranked.map(([item]) => item), occurrences: ranked.map(([, c]) => c), rows };
}

import type { BibRecord } from "../model/record.ts";
import { mergeKeywords } from "../normalize/wos.ts";

/**
 * A record's value of any bibliometrix tag, typed or kept in `extra`, as the R data frame column
 * would hold it (null = NA). Analyses that take a field name as a parameter read through here.
 */

/** Tags held as typed properties of BibRecord. */
const TYPED_TAGS = new Set(["UT", "AU", "TI", "SO", "DT", "DE", "ID", "C1", "RP", "CR", "DI", "JI", "J9", "AU_CO", "AU1_CO", "SR", "DB"]);

export type FieldRecord = Pick<BibRecord, "DE" | "ID"> & Partial<BibRecord>;

export function fieldValue(record: FieldRecord, tag: string): string | null {
  if (tag === "PY" || tag === "TC") {
    const v = record[tag];
    return v === null || v === undefined ? null : String(v);
  }
  if (TYPED_TAGS.has(tag)) {
    const v = (record as Record<string, unknown>)[tag];
    return typeof v === "string" ? v : null;
  }
  const extra = record.extra?.[tag];
  if (extra !== undefined) return extra;
  // KW_Merged is built at import; a hand-made record may lack it, so rebuild it the same way (§1.7).
  if (tag === "KW_Merged") return mergeKeywords(record.DE, record.ID);
  return null;
}

/** True when at least one record has a usable value of the tag ("none", the CR placeholder, is not one). */
export function corpusHasField(records: readonly FieldRecord[], tag: string): boolean {
  return records.some((r) => {
    const v = fieldValue(r, tag);
    if (v === null || v.trim() === "") return false;
    if (tag === "CR" && v === "none") return false;
    if (tag === "KW_Merged" && v === "NA") return false;
    return true;
  });
}

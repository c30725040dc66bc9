import type { SourceLocation } from "../model/record.ts";
import type { CsvRow } from "../import/csv-table.ts";
import { rStrsplit, rToUpper, rTrimws, trimES } from "../util/r-semantics.ts";
import { mergeKeywords } from "./wos.ts";

/**
 * Helpers shared by the column-per-field exports (Scopus, Lens, Dimensions CSV and the odd ones):
 * a row as tag -> cell after the database's column renaming, and the convert2df string steps
 * every such source goes through.
 */

/** One data row with its columns renamed to tags (unrenamed columns keep their header name). */
export interface TabularRecord {
  location: SourceLocation;
  /** Tag -> cell text exactly as read ("" for an empty cell: readr reads them as "" here, not NA). */
  fields: Map<string, string>;
}

/**
 * Header -> tags by an exact-name lookup; the first column wins when two map to the same tag
 * (R then has two columns of that name and `DATA$TAG` reads the first).
 */
export function tabularRecords(file: string, header: readonly string[], rows: readonly CsvRow[], rename: (column: string) => string): TabularRecord[] {
  const tags = header.map(rename);
  return rows.map((row) => {
    const fields = new Map<string, string>();
    tags.forEach((tag, i) => {
      if (!fields.has(tag)) fields.set(tag, row.cells[i] ?? "");
    });
    return { location: { file, line: row.line }, fields };
  });
}

/** ";;" -> ";" once, non-overlapping, as convert2df does on every character column. */
export function fixDoubleSemicolons(s: string): string;
export function fixDoubleSemicolons(s: string | null): string | null;
export function fixDoubleSemicolons(s: string | null): string | null {
  return s === null ? null : s.replaceAll(";;", ";");
}

/** convert2df's AU step for non-WoS sources: split on ";", collapse white space and trim each name. */
export function normalizeAuthorList(au: string): string {
  return rStrsplit(au, ";")
    .map((name) => rTrimws(trimES(name)))
    .join(";");
}

/** What differs between the tabular sources in their common tag -> string step. */
export interface TabularFieldOptions {
  /** Tags whose text stays as read (DOIs, URLs); every other one is upper-cased, as convert2df does. */
  keepAsRead: ReadonlySet<string>;
  /** Tags the BibRecord has a field of its own for; the rest go to `extra`. */
  own: ReadonlySet<string>;
  /** Whether the TI/AB/DE `*_raw` copies get the ";;" fix too (bibliometrix's readers do; Embase has no reader to follow). */
  fixRawSemicolons: boolean;
  /** Entries `extra` starts with, ahead of the copied tags. */
  extra?: Readonly<Record<string, string>>;
}

/** The tag accessor, `extra` and keywords every tabular normaliser builds from its renamed row. */
export interface TabularFields {
  /** The tag's text, upper-cased unless kept as read, with ";;" fixed; null when the column is absent (R's NA). */
  value: (tag: string) => string | null;
  /** `*_raw` copies of TI/AB/DE, then every tag without a BibRecord field, then KW_Merged. */
  extra: Record<string, string>;
  DE: string | null;
  ID: string | null;
}

export function tabularFields(f: ReadonlyMap<string, string>, options: TabularFieldOptions): TabularFields {
  const value = (tag: string): string | null => {
    const v = f.get(tag);
    if (v === undefined) return null;
    return fixDoubleSemicolons(options.keepAsRead.has(tag) ? v : rToUpper(v));
  };
  const extra: Record<string, string> = { ...options.extra };
  for (const tag of ["TI", "AB", "DE"]) {
    const v = f.get(tag);
    if (v !== undefined) extra[`${tag}_raw`] = options.fixRawSemicolons ? fixDoubleSemicolons(v) : v;
  }
  for (const tag of f.keys()) if (!options.own.has(tag)) extra[tag] = value(tag)!;
  const DE = value("DE");
  const ID = value("ID");
  extra.KW_Merged = mergeKeywords(DE, ID);
  return { value, extra, DE, ID };
}

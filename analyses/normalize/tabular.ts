import type { SourceLocation } from "../model/record.ts";
import type { CsvRow } from "../import/csv-table.ts";
import { rStrsplit, rTrimws, trimES } from "../util/r-semantics.ts";

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

import type { BibRecord, RecordProblem } from "../model/record.ts";
import { tabularRecords, type TabularRecord } from "../normalize/tabular.ts";
import { parseCsvTable, type CsvTableOptions } from "./csv-table.ts";
import type { ImportedFiles, SourceFile } from "./importer.ts";

/**
 * The shared import loop of the column-per-field CSV exports: parse each file, rename its columns
 * to tags, keep (as bibliometrix does when it row-binds several files) only the columns common to
 * all files, then normalise every row with the corpus-level facts in view.
 */

export interface TabularFormat {
  /** Lines before the header in this file (a preamble); 0 for most exports. */
  skipLines(text: string): number;
  /** Column name -> tag. */
  rename(column: string): string;
  /** Columns a file must have to be read at all (after renaming); their absence rejects the file. */
  required: readonly string[];
  /** Repair of rows longer than the header (see parseCsvTable). */
  fitWideRow?: CsvTableOptions["fitWideRow"];
  /** Human name of the format, for messages. */
  label: string;
  /** Rows -> records; receives every file's rows at once (column-level decisions). */
  normalize(rows: TabularRecord[]): BibRecord[];
}

export function importTabularFiles(files: SourceFile[], format: TabularFormat): ImportedFiles {
  const result: ImportedFiles = { records: [], rejected: [], warnings: [], perFile: [] };
  const perFileRows: TabularRecord[][] = [];
  let common: Set<string> | null = null;
  for (const { file, text } of files) {
    const table = parseCsvTable(text, file, { skipLines: format.skipLines(text), ...(format.fitWideRow ? { fitWideRow: format.fitWideRow } : {}) });
    const rejected: RecordProblem[] = [...table.rejected];
    const tags = table.header.map(format.rename);
    const missing = format.required.filter((t) => !tags.includes(t));
    let rows: TabularRecord[] = [];
    if (missing.length > 0) {
      // Without its key columns no row of the file is a usable record: reject them all, by line.
      for (const row of table.rows) {
        rejected.push({
          location: { file, line: row.line },
          reason: `${file}:${table.headerLine}: the header has no ${missing.join(", ")} column, which a ${format.label} file needs`,
        });
      }
    } else {
      rows = tabularRecords(file, table.header, table.rows, format.rename);
      common = common === null ? new Set(tags) : new Set(tags.filter((t) => common!.has(t)));
    }
    rejected.sort((a, b) => a.location.line - b.location.line);
    result.rejected.push(...rejected);
    perFileRows.push(rows);
    result.perFile.push({ file, recordsRead: rows.length + rejected.length, rejected: rejected.length });
  }
  const keep = common ?? new Set<string>();
  const rows = perFileRows.flat();
  if (files.length > 1) {
    for (const r of rows) for (const tag of [...r.fields.keys()]) if (!keep.has(tag)) r.fields.delete(tag);
  }
  result.records = format.normalize(rows);
  return result;
}

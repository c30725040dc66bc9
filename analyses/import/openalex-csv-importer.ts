import { OPENALEX_CSV_COLUMNS, OPENALEX_CSV_REQUIRED, applyPipeRule, normalizeOpenAlexCsvRow } from "../normalize/openalex-csv.ts";
import type { OpenAlexCsvRow } from "../normalize/openalex-csv.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import { csvHeader, parseCsvTable } from "./csv-table.ts";

/** Tags the header provides (first column of a tag wins, as R's `DATA$tag`). */
function headerTags(header: readonly string[]): Map<string, number> {
  const tags = new Map<string, number>();
  header.forEach((h, i) => {
    const tag = OPENALEX_CSV_COLUMNS[h];
    if (tag !== undefined && !tags.has(tag)) tags.set(tag, i);
  });
  return tags;
}

export const openalexCsvImporter: Importer = {
  format: "openalex-csv",
  label: "OpenAlex CSV",
  db: "OPENALEX",
  provides: ["AU", "AF", "TI", "SO", "JI", "J9", "PY", "DT", "DE", "ID", "AB", "C1", "RP", "CR", "TC", "NR", "DI", "LA", "id_oa", "AU_CO", "AU1_CO"],
  duplicateKey: "id_oa",
  /** A CSV header with every column bibliometrix requires, under either header generation. */
  detect(head) {
    const header = csvHeader(head);
    if (header === null) return false;
    const tags = headerTags(header);
    return OPENALEX_CSV_REQUIRED.every((t) => tags.has(t)) && (header.includes("id") || header.includes("Work ID"));
  },
  importFiles(files: SourceFile[]): ImportedFiles {
    const result: ImportedFiles = { records: [], rejected: [], warnings: [], perFile: [] };
    const rows: { row: OpenAlexCsvRow; file: string; line: number }[] = [];
    for (const { file, text } of files) {
      const table = parseCsvTable(text, file);
      const tags = headerTags(table.header);
      const rejected = [...table.rejected];
      for (const { line, cells } of table.rows) {
        const row: OpenAlexCsvRow = new Map();
        for (const [tag, i] of tags) row.set(tag, cells[i] ?? "");
        const id = row.get("id_oa") ?? "";
        if (!/^(https:\/\/openalex\.org\/)?W\d+$/.test(id.trim())) {
          rejected.push({ location: { file, line }, reason: `${file}:${line}: the work id cell holds ${JSON.stringify(id)}, expected an OpenAlex work id ("https://openalex.org/W…")` });
          continue;
        }
        rows.push({ row, file, line });
      }
      result.rejected.push(...rejected);
      result.perFile.push({ file, recordsRead: table.rows.length + table.rejected.length, rejected: rejected.length });
    }
    // csvOA2df binds all files first, then applies the "|" rule per column of the whole frame.
    applyPipeRule(rows.map((r) => r.row));
    result.records = rows.map(({ row, file, line }) => normalizeOpenAlexCsvRow(row, { file, line }));
    return result;
  },
};

import { PUBMED_CSV_HEADER, normalizePubmedCsvRow } from "../normalize/pubmed-csv.ts";
import type { PubmedCsvRow } from "../normalize/pubmed-csv.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import { csvHeader, parseCsvTable } from "./csv-table.ts";

function isPubmedHeader(header: readonly string[] | null): boolean {
  return header !== null && PUBMED_CSV_HEADER.every((h, i) => header[i] === h);
}

export const pubmedCsvImporter: Importer = {
  format: "pubmed-csv",
  label: "PubMed CSV",
  db: "PUBMED",
  provides: ["AU", "TI", "SO", "J9", "PY", "DI", "PMID"],
  duplicateKey: "PMID",
  /** The 11-column header PubMed writes, in its order. */
  detect: (head) => isPubmedHeader(csvHeader(head)),
  importFiles(files: SourceFile[]): ImportedFiles {
    const result: ImportedFiles = { records: [], rejected: [], warnings: [], perFile: [] };
    for (const { file, text } of files) {
      const table = parseCsvTable(text, file);
      const rejected = [...table.rejected];
      if (!isPubmedHeader(table.header)) {
        throw new Error(`${file}:${table.headerLine}: expected the PubMed CSV header ${PUBMED_CSV_HEADER.join(",")}`);
      }
      for (const { line, cells } of table.rows) {
        const row = Object.fromEntries(PUBMED_CSV_HEADER.map((h, i) => [h, cells[i] ?? ""])) as PubmedCsvRow;
        if (!/^\d+$/.test(row.PMID.trim())) {
          rejected.push({ location: { file, line }, reason: `${file}:${line}: the PMID cell holds ${JSON.stringify(row.PMID)}, expected a PubMed id (digits)` });
          continue;
        }
        result.records.push(normalizePubmedCsvRow(row, { file, line }));
      }
      result.rejected.push(...rejected);
      result.perFile.push({ file, recordsRead: table.rows.length + table.rejected.length, rejected: rejected.length });
    }
    return result;
  },
};

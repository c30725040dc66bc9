import { fitScopusWideRow, normalizeScopusRecord, scopusColumnTag } from "../normalize/scopus-csv.ts";
import { csvHeader } from "./csv-table.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import { importTabularFiles } from "./tabular-import.ts";

/**
 * Scopus CSV, every layout met so far: pre-2024 ("Govil N., Sharma A.", "Funding Text 1..N"),
 * 2024+ ("Liu F.; Li C.", "Author full names", references ending "(year)"), user-selected column
 * subsets down to 13 columns, and the trailing comma of old exports (46 cells under 45 columns).
 */
export const scopusCsvImporter: Importer = {
  format: "scopus-csv",
  label: "Scopus CSV",
  db: "SCOPUS",
  // A given export may lack any of these: Scopus lets the user choose the columns.
  provides: ["AU", "AF", "TI", "SO", "JI", "J9", "PY", "DT", "DE", "ID", "AB", "C1", "RP", "CR", "TC", "DI", "UT", "LA", "VL", "IS", "PP", "URL", "PU", "FU", "FX", "OA"],
  duplicateKey: "UT",
  /** The header names Scopus's EID (its accession number) and a Title column. */
  detect(head) {
    const header = csvHeader(head);
    return header !== null && header.includes("EID") && (header.includes("Title") || header.includes("Titles"));
  },
  importFiles(files: SourceFile[]): ImportedFiles {
    return importTabularFiles(files, {
      label: "Scopus CSV",
      skipLines: () => 0,
      rename: scopusColumnTag,
      required: ["UT", "TI"],
      fitWideRow: fitScopusWideRow,
      normalize(rows) {
        const corpusHasCR = rows.some((r) => r.fields.has("CR"));
        return rows.map((r) => normalizeScopusRecord(r, { corpusHasCR }));
      },
    });
  },
};

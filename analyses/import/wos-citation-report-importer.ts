import { citationReportColumnTag, normalizeCitationReportRecord } from "../normalize/wos-citation-report.ts";
import { csvHeader } from "./csv-table.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import { importTabularFiles } from "./tabular-import.ts";

/** How many lines come before the report's header (the query, "Timespan:…", a blank line). */
const MAX_PREAMBLE = 10;

function isReportHeader(header: string[] | null): boolean {
  return header !== null && header.includes("Title") && header.includes("Total Citations") && header.includes("Average per Year");
}

function headerLineIndex(text: string): number {
  for (let i = 0; i <= MAX_PREAMBLE; i++) if (isReportHeader(csvHeader(text, i))) return i;
  return 0;
}

/**
 * Web of Science "Citation report" export: the query, a "Timespan:" line, a blank line, then a
 * CSV table with one row per document and one citation column per year.
 */
export const wosCitationReportImporter: Importer = {
  format: "wos-citation-report",
  label: "Web of Science citation report",
  db: "ISI",
  // Bibliographic core and citations only: no keywords, abstracts, addresses, document types or references.
  provides: ["AU", "TI", "SO", "PY", "TC", "DI", "VL", "IS", "BP", "EP"],
  duplicateKey: "UT",
  detect(head) {
    for (let i = 0; i <= MAX_PREAMBLE; i++) if (isReportHeader(csvHeader(head, i))) return true;
    return false;
  },
  importFiles(files: SourceFile[]): ImportedFiles {
    return importTabularFiles(files, {
      label: "Web of Science citation report",
      skipLines: headerLineIndex,
      rename: citationReportColumnTag,
      required: ["TI", "TC"],
      normalize: (rows) => rows.map(normalizeCitationReportRecord),
    });
  },
};

import { EMBASE_DB, normalizeEmbaseRecord } from "../normalize/embase.ts";
import { parseEmbaseVertical } from "./embase-vertical.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";

const FIRST_LINE = /^"TITLE",/;

/** Embase CSV (the vertical layout: one line per field, records one after another). */
export const embaseCsvImporter: Importer = {
  format: "embase-csv",
  label: "Embase CSV",
  db: EMBASE_DB,
  // No citation counts and no cited references; addresses and Emtree terms only when the user exported them.
  provides: ["AU", "TI", "SO", "PY", "DT", "DE", "ID", "AB", "C1", "RP", "DI", "UT", "VL", "IS", "SC", "PMID", "LA"],
  duplicateKey: "UT",
  detect(head) {
    const lines = head.split("\n", 40).filter((l) => l.trim() !== "");
    return lines.length > 0 && FIRST_LINE.test(lines[0]!) && lines.some((l) => /^"(AUTHOR NAMES|SOURCE TITLE|PUI)",/.test(l));
  },
  importFiles(files: SourceFile[]): ImportedFiles {
    const result: ImportedFiles = { records: [], rejected: [], warnings: [], perFile: [] };
    for (const { file, text } of files) {
      const parsed = parseEmbaseVertical(text, file);
      result.records.push(...parsed.records.map(normalizeEmbaseRecord));
      result.rejected.push(...parsed.rejected);
      result.perFile.push({ file, recordsRead: parsed.records.length + parsed.rejected.length, rejected: parsed.rejected.length });
    }
    return result;
  },
};

import type { SourceDb } from "../model/record.ts";
import { bibtexColumns, bibtexRawRecord, bibtexRowOrder, normalizeBibtexRecord, type BibtexDialect, type BibtexRawRecord } from "../normalize/bibtex.ts";
import { parseBibtex } from "./bibtex.ts";
import type { ImportedFiles, ImportOptions, Importer, SourceFile } from "./importer.ts";

/**
 * The shared body of the three BibTeX importers (WoS, Scopus, generic): parse every file, map the
 * fields with the dialect's tag table, order the rows as bibliometrix does, normalise. Column-level
 * decisions (CR "none", RP from C1) are taken over all files of the source, as on R's data frame.
 */
export function makeBibtexImporter(spec: {
  format: string;
  label: string;
  dialect: BibtexDialect;
  db: SourceDb;
  duplicateKey: Importer["duplicateKey"];
  provides: readonly string[];
  detect: (head: string) => boolean;
}): Importer {
  return {
    format: spec.format,
    label: spec.label,
    db: spec.db,
    provides: spec.provides,
    duplicateKey: spec.duplicateKey,
    detect: spec.detect,
    importFiles(files: SourceFile[], options?: ImportOptions): ImportedFiles {
      const result: ImportedFiles = { records: [], rejected: [], warnings: [], perFile: [] };
      const raws: BibtexRawRecord[] = [];
      for (const { file, text } of files) {
        const parsed = parseBibtex(text, file);
        result.rejected.push(...parsed.rejected);
        for (const entry of parsed.entries) raws.push(bibtexRawRecord(entry, file, spec.dialect, options?.bibtex));
        if (parsed.entries.length === 0 && parsed.rejected.length === 0) {
          result.warnings.push({ file, message: `${file}: no BibTeX entry (@TYPE{key, ...}) found` });
        }
        result.perFile.push({ file, recordsRead: parsed.entries.length + parsed.rejected.length, rejected: parsed.rejected.length });
      }
      const columns = bibtexColumns(raws);
      result.records = bibtexRowOrder(raws).map((r) => normalizeBibtexRecord(r, spec.dialect, columns, options?.bibtex ?? "bibliometrix"));
      return result;
    },
  };
}

/**
 * A BibTeX file: a line starting "@TYPE{" within its first lines (Scopus writes "Scopus" and
 * "EXPORT DATE: ..." before it). A CSV whose abstract happens to contain "@article{" further down
 * is not one.
 */
export function looksLikeBibtex(head: string): boolean {
  const m = /(^|\n)[ \t]*@[A-Za-z]+[ \t]*\{/.exec(head);
  if (!m) return false;
  const before = head.slice(0, m.index).split("\n").filter((l) => l.trim() !== "");
  return before.length <= 3;
}

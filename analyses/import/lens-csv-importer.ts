import { lensColumnTag, normalizeLensRecord } from "../normalize/lens-csv.ts";
import { csvHeader } from "./csv-table.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import { importTabularFiles } from "./tabular-import.ts";

/** Lens.org scholarly works CSV (the 29-column layout and the 32-column one with Open Access columns). */
export const lensCsvImporter: Importer = {
  format: "lens-csv",
  label: "Lens.org CSV",
  db: "LENS",
  // No addresses (C1, RP, countries) and no author keywords separate from index terms: ID is a copy of DE.
  provides: ["AU", "AF", "TI", "SO", "JI", "J9", "PY", "DT", "DE", "ID", "AB", "CR", "TC", "DI", "UT", "SC", "VL", "IS", "URL", "PMID"],
  duplicateKey: "UT",
  /** Lens names its accession number "Lens ID". */
  detect(head) {
    const header = csvHeader(head);
    return header !== null && header.includes("Lens ID") && header.includes("Title");
  },
  importFiles(files: SourceFile[]): ImportedFiles {
    return importTabularFiles(files, {
      label: "Lens.org CSV",
      skipLines: () => 0,
      rename: lensColumnTag,
      required: ["UT", "TI"],
      normalize(rows) {
        const corpusHasCR = rows.some((r) => r.fields.has("CR"));
        return rows.map((r) => normalizeLensRecord(r, { corpusHasCR }));
      },
    });
  },
};

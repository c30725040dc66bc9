import { normalizePopRecord, popColumnTag, PUBLISH_OR_PERISH_DB } from "../normalize/publish-or-perish.ts";
import { csvHeader } from "./csv-table.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import { importTabularFiles } from "./tabular-import.ts";

/**
 * Publish or Perish CSV ("Cites,Authors,Title,Year,Source,…,GSRank,…"). Rows are kept as they
 * are: a PoP result list holds the same work under several spellings and homonymous authors on
 * purpose; only the Google Scholar cluster id (in "CitesURL") identifies a work, so only two rows
 * with the same cluster id are duplicates.
 */
export const publishOrPerishImporter: Importer = {
  format: "publish-or-perish-csv",
  label: "Publish or Perish CSV",
  db: PUBLISH_OR_PERISH_DB,
  // No keywords, addresses or references: keyword, country and citation-network analyses are unavailable.
  provides: ["AU", "TI", "SO", "JI", "J9", "PY", "DT", "AB", "TC", "DI", "UT", "URL", "VL", "IS", "PU"],
  duplicateKey: "UT",
  detect(head) {
    const header = csvHeader(head);
    return header !== null && header.includes("Cites") && header.includes("GSRank") && header.includes("Title");
  },
  importFiles(files: SourceFile[]): ImportedFiles {
    return importTabularFiles(files, {
      label: "Publish or Perish CSV",
      skipLines: () => 0,
      rename: popColumnTag,
      required: ["TI", "AU", "TC"],
      normalize: (rows) => rows.map(normalizePopRecord),
    });
  },
};

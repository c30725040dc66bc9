import { dimensionsColumnTag, normalizeDimensionsRecord } from "../normalize/dimensions-csv.ts";
import { csvHeader } from "./csv-table.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import { importTabularFiles } from "./tabular-import.ts";

function isDimensionsHeader(header: string[] | null): boolean {
  return header !== null && header.includes("Publication ID") && header.includes("Title");
}

/** 1 when the file starts with Dimensions' "About the data: …" line before the header, else 0. */
function preambleLines(text: string): number {
  return isDimensionsHeader(csvHeader(text)) ? 0 : 1;
}

/**
 * Dimensions publications CSV, with or without the "About the data" line Dimensions writes above
 * the header (bibliometrix's CSV reader expects it absent; its Excel reader expects it present).
 */
export const dimensionsCsvImporter: Importer = {
  format: "dimensions-csv",
  label: "Dimensions CSV",
  db: "DIMENSIONS",
  // DE and ID both carry the MeSH terms; this layout has no cited references.
  provides: ["AU", "AF", "TI", "SO", "JI", "J9", "PY", "DT", "DE", "ID", "AB", "C1", "RP", "TC", "DI", "UT", "VL", "PP"],
  // bibliometrix's Dimensions branch is misspelt ("dimneisons"), so it falls to the default: TI.
  duplicateKey: "TI",
  detect: (head) => isDimensionsHeader(csvHeader(head)) || isDimensionsHeader(csvHeader(head, 1)),
  importFiles(files: SourceFile[]): ImportedFiles {
    return importTabularFiles(files, {
      label: "Dimensions CSV",
      skipLines: preambleLines,
      rename: dimensionsColumnTag,
      required: ["UT", "TI"],
      normalize: (rows) => rows.map(normalizeDimensionsRecord),
    });
  },
};

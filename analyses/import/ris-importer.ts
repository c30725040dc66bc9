import type { RawRecord, SourceDb } from "../model/record.ts";
import { normalizeOtherRisRecord, normalizeWosRisRecord, risCorpusHasCR } from "../normalize/ris.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import type { RisFlavour } from "./ris.ts";
import { looksLikeRis, parseRis, risFlavour } from "./ris.ts";

/**
 * One RIS reader, registered once per database that writes RIS, because a corpus, its duplicate
 * key and the fields it provides depend on the database: the flavour is decided from the content
 * (`risFlavour`), never from the file name.
 */
function risImporter(
  flavour: RisFlavour,
  label: string,
  db: SourceDb,
  duplicateKey: Importer["duplicateKey"],
  provides: readonly string[],
): Importer {
  return {
    format: `ris-${flavour}`,
    label,
    db,
    provides,
    duplicateKey,
    detect: (head) => looksLikeRis(head) && risFlavour(head) === flavour,
    importFiles(files: SourceFile[]): ImportedFiles {
      const result: ImportedFiles = { records: [], rejected: [], warnings: [], perFile: [] };
      const raws: RawRecord[] = [];
      for (const { file, text } of files) {
        const parsed = parseRis(text, file);
        result.rejected.push(...parsed.rejected);
        raws.push(...parsed.records);
        result.perFile.push({ file, recordsRead: parsed.records.length + parsed.rejected.length, rejected: parsed.rejected.length });
      }
      if (flavour === "wos") result.records = raws.map(normalizeWosRisRecord);
      else {
        const hasCR = risCorpusHasCR(raws);
        result.records = raws.map((r) => normalizeOtherRisRecord(r, flavour, hasCR));
      }
      return result;
    },
  };
}

// WoS RIS has no cited references, reprint address or document type (only TY).
export const risWosImporter = risImporter("wos", "Web of Science RIS", "ISI", "UT", [
  "AU", "TI", "SO", "JI", "J9", "PY", "DE", "ID", "AB", "C1", "TC", "NR", "DI", "UT", "LA",
]);
export const risScopusImporter = risImporter("scopus", "Scopus RIS", "SCOPUS", "UT", [
  "AU", "TI", "SO", "JI", "J9", "PY", "DT", "DE", "ID", "AB", "C1", "RP", "CR", "TC", "DI", "UT", "LA",
]);
export const risEmbaseImporter = risImporter("embase", "Embase RIS", "EMBASE", "UT", [
  "AU", "TI", "SO", "JI", "J9", "PY", "DT", "DE", "ID", "AB", "C1", "DI", "UT", "LA",
]);
/** Any other RIS (IEEE Xplore, reference managers): no accession number, so duplicates by title. */
export const risGenericImporter = risImporter("generic", "RIS (IEEE Xplore and others)", "SCOPUS", "TI", [
  "AU", "TI", "SO", "JI", "J9", "PY", "DT", "DE", "ID", "AB", "DI", "LA",
]);

/** In detection order; the generic reader last. */
export const RIS_IMPORTERS: readonly Importer[] = [risWosImporter, risScopusImporter, risEmbaseImporter, risGenericImporter];

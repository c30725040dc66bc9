import type { WosRawRecord } from "./wos-plaintext.ts";
import { normalizeWosRecords } from "../normalize/wos.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import { bibliometrixRowOrder, wosPlaintextImporter } from "./wos-plaintext-importer.ts";
import { isWosTabHeader, parseWosTab } from "./wos-tab.ts";

/**
 * WoS tab-delimited: rebuilt as plain-text raw records, then ordered and normalised by the very
 * code of the plain-text importer, so both exports of the same records give the same corpus.
 */
export const wosTabImporter: Importer = {
  format: "wos-tab",
  label: "Web of Science tab-delimited",
  db: "ISI",
  provides: wosPlaintextImporter.provides,
  duplicateKey: "UT",
  detect: (head) => {
    const first = head.split("\n", 20).find((l) => l.trim() !== "");
    return first !== undefined && isWosTabHeader(first);
  },
  importFiles(files: SourceFile[]): ImportedFiles {
    const result: ImportedFiles = { records: [], rejected: [], warnings: [], perFile: [] };
    const raws: WosRawRecord[] = [];
    for (const { file, text } of files) {
      const parsed = parseWosTab(text, file);
      result.rejected.push(...parsed.rejected);
      raws.push(...parsed.records);
      result.perFile.push({ file, recordsRead: parsed.records.length + parsed.rejected.length, rejected: parsed.rejected.length });
    }
    result.records = normalizeWosRecords(bibliometrixRowOrder(raws));
    return result;
  },
};

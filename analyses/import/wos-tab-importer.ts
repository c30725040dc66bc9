import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import { importThroughSession, wosImportSession, wosPlaintextImporter } from "./wos-plaintext-importer.ts";
import type { WosRawRecord } from "./wos-plaintext.ts";
import { isWosTabHeader, parseWosTab } from "./wos-tab.ts";

function readWosTab(text: string, file: string, onRecord: (raw: WosRawRecord) => void): ReturnType<typeof parseWosTab> {
  const parsed = parseWosTab(text, file);
  parsed.records.forEach((r) => onRecord(r));
  return parsed;
}

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
    return importThroughSession(wosImportSession(readWosTab, false), files);
  },
  session: () => wosImportSession(readWosTab, false),
};

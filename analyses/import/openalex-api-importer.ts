import type { OpenAlexWork } from "../normalize/openalex.ts";
import { normalizeOpenAlexWork, openAlexWorkProblem } from "../normalize/openalex.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import { looksLikeOpenAlexJson, parseOpenAlexJson } from "./openalex-json.ts";

export const openalexApiImporter: Importer = {
  format: "openalex-api",
  label: "OpenAlex API JSON",
  db: "OPENALEX",
  provides: ["AU", "AF", "TI", "SO", "PY", "DT", "DE", "ID", "AB", "C1", "RP", "CR", "TC", "NR", "DI", "LA", "id_oa", "AU_CO", "AU1_CO"],
  duplicateKey: "id_oa",
  detect: looksLikeOpenAlexJson,
  importFiles(files: SourceFile[]): ImportedFiles {
    const result: ImportedFiles = { records: [], rejected: [], warnings: [], perFile: [] };
    for (const { file, text } of files) {
      const parsed = parseOpenAlexJson(text, file);
      const rejected = [...parsed.rejected];
      for (const { location, value } of parsed.works) {
        const problem = openAlexWorkProblem(value);
        if (problem !== null) rejected.push({ location, reason: `${file}:${location.line}: ${problem}` });
        else result.records.push(normalizeOpenAlexWork(value as OpenAlexWork, location));
      }
      result.rejected.push(...rejected);
      result.perFile.push({ file, recordsRead: parsed.works.length + parsed.rejected.length, rejected: rejected.length });
    }
    return result;
  },
};

import type { RawRecord } from "../model/record.ts";
import { normalizePubmedRecord } from "../normalize/pubmed.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import { looksLikeMedline, parseMedline } from "./medline.ts";
import { bibliometrixRowOrder } from "./wos-plaintext-importer.ts";

export const pubmedMedlineImporter: Importer = {
  format: "pubmed-medline",
  label: "PubMed MEDLINE text",
  db: "PUBMED",
  // No cited references and no citation counts in MEDLINE: CR is "none" and TC 0, as in bibliometrix.
  provides: ["AU", "AF", "TI", "SO", "J9", "PY", "DT", "DE", "ID", "AB", "C1", "DI", "LA", "PMID"],
  duplicateKey: "PMID",
  detect: looksLikeMedline,
  importFiles(files: SourceFile[]): ImportedFiles {
    const result: ImportedFiles = { records: [], rejected: [], warnings: [], perFile: [] };
    const raws: RawRecord[] = [];
    for (const { file, text } of files) {
      const parsed = parseMedline(text, file);
      result.warnings.push(...parsed.warnings);
      result.rejected.push(...parsed.rejected);
      raws.push(...parsed.records);
      result.perFile.push({ file, recordsRead: parsed.records.length + parsed.rejected.length, rejected: parsed.rejected.length });
    }
    // pubmed2df reshapes like isi2df (arrange(Tag, Paper) + pivot_wider): same row order rule.
    result.records = bibliometrixRowOrder(raws).map(normalizePubmedRecord);
    return result;
  },
};

import type { RawRecord } from "../model/record.ts";
import { normalizeWosRecords } from "../normalize/wos.ts";
import type { ImportedFiles, Importer, SourceFile } from "./importer.ts";
import { parseWosPlaintext } from "./wos-plaintext.ts";

const WOS_FIRST_LINE = /^(FN|PT)(?:[ \t]|$)/;
const CORE_TAGS = ["AU", "DE", "C1", "RP", "CR", "PY", "SO", "TI", "TC"];

function firstNonBlankLine(text: string): string {
  for (const line of text.split("\n", 50)) if (line.trim() !== "") return line;
  return "";
}

/**
 * The row order of bibliometrix's data frame for WoS plain text. isi2df reshapes the lines with
 * arrange(Tag, Paper) + pivot_wider, so a record's row comes at the first appearance of its
 * alphabetically smallest tag (C-locale order): every record with an abstract (AB) first, in input
 * order, then the records whose smallest tag is AF, and so on. All files form one sequence, as R
 * concatenates their lines. The order decides SR suffixes (-a goes to the later row), which
 * duplicate is kept, and tie orders downstream, so we copy it.
 */
export function bibliometrixRowOrder<T extends RawRecord>(raws: readonly T[]): T[] {
  const keyed = raws.map((r, i) => {
    let min = "ER"; // every complete record ends with an ER line, which R keeps as a tag
    for (const tag of r.fields.keys()) if (tag < min) min = tag;
    return { r, i, min };
  });
  keyed.sort((a, b) => (a.min < b.min ? -1 : a.min > b.min ? 1 : a.i - b.i));
  return keyed.map((k) => k.r);
}

export const wosPlaintextImporter: Importer = {
  format: "wos-plaintext",
  label: "Web of Science plain text",
  db: "ISI",
  provides: ["AU", "AF", "TI", "SO", "JI", "J9", "PY", "DT", "DE", "ID", "AB", "C1", "RP", "CR", "TC", "NR", "DI", "UT", "LA", "SC", "WC"],
  duplicateKey: "UT",
  /** WoS plain text starts with its FN header (or, when cut, directly with a PT line), tag then space or TAB. */
  detect: (head) => WOS_FIRST_LINE.test(firstNonBlankLine(head)),
  importFiles(files: SourceFile[]): ImportedFiles {
    const result: ImportedFiles = { records: [], rejected: [], warnings: [], perFile: [] };
    const raws: RawRecord[] = [];
    for (const { file, text } of files) {
      const parsed = parseWosPlaintext(text, file);
      result.warnings.push(...parsed.warnings);
      const absent = CORE_TAGS.filter((tag) => !parsed.records.some((r) => r.fields.has(tag)));
      if (parsed.records.length > 0 && absent.length > 0) {
        result.warnings.push({
          file,
          message:
            `${file}: no record has ${absent.join(", ")}; the analyses that use ${absent.length === 1 ? "it" : "them"} ` +
            `will be empty for this file (bibliometrix only warns here too)`,
        });
      }
      result.rejected.push(...parsed.rejected);
      raws.push(...parsed.records);
      result.perFile.push({ file, recordsRead: parsed.records.length + parsed.rejected.length, rejected: parsed.rejected.length });
    }
    // Column-level decisions are taken on everything imported, as on bibliometrix's data frame.
    result.records = normalizeWosRecords(bibliometrixRowOrder(raws));
    return result;
  },
};

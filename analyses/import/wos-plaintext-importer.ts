import { StringCompactor } from "../model/compact-strings.ts";
import type { BibRecord, FileWarning, RawRecord, RecordProblem } from "../model/record.ts";
import { normalizeWosRecord } from "../normalize/wos.ts";
import type { ImportedFiles, Importer, ImportSession, SourceFile } from "./importer.ts";
import { readWosPlaintext, type WosRawRecord } from "./wos-plaintext.ts";

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
  return inRowOrder(raws.map((r, i) => ({ item: r, i, min: smallestTag(r) })));
}

/** The tag that places a record in bibliometrixRowOrder. */
function smallestTag(raw: RawRecord): string {
  let min = "ER"; // every complete record ends with an ER line, which R keeps as a tag
  for (const tag of raw.fields.keys()) if (tag < min) min = tag;
  return min;
}

function inRowOrder<T>(keyed: { item: T; i: number; min: string }[]): T[] {
  keyed.sort((a, b) => (a.min < b.min ? -1 : a.min > b.min ? 1 : a.i - b.i));
  return keyed.map((k) => k.item);
}

/**
 * Import of WoS raw records (plain text, or tab-delimited rebuilt as plain text), one file at a
 * time: each record is normalised and compacted as soon as it is read, so nothing of the file's
 * text survives it; the row order and the CR rule, which concern all files, are applied at the end.
 */
export function wosImportSession(
  read: (text: string, file: string, onRecord: (raw: WosRawRecord) => void) => { rejected: RecordProblem[]; warnings?: FileWarning[] },
  warnAbsentTags: boolean,
): ImportSession {
  const result: ImportedFiles = { records: [], rejected: [], warnings: [], perFile: [] };
  const keyed: { item: BibRecord; i: number; min: string }[] = [];
  const compactor = new StringCompactor();
  let corpusHasCR = false;
  return {
    add({ file, text }: SourceFile) {
      let count = 0;
      const seen = new Set<string>();
      const parsed = read(text, file, (raw) => {
        count++;
        for (const tag of CORE_TAGS) if (raw.fields.has(tag)) seen.add(tag);
        corpusHasCR ||= raw.fields.has("CR");
        // CR is "none" only when no record of any file has it: decided in finish().
        const record = normalizeWosRecord(raw, { corpusHasCR: true });
        compactor.record(record);
        keyed.push({ item: record, i: keyed.length, min: smallestTag(raw) });
      });
      result.warnings.push(...(parsed.warnings ?? []));
      const absent = warnAbsentTags ? CORE_TAGS.filter((tag) => !seen.has(tag)) : [];
      if (count > 0 && absent.length > 0) {
        result.warnings.push({
          file,
          message:
            `${file}: no record has ${absent.join(", ")}; the analyses that use ${absent.length === 1 ? "it" : "them"} ` +
            `will be empty for this file (bibliometrix only warns here too)`,
        });
      }
      result.rejected.push(...parsed.rejected);
      const line = { file, recordsRead: count + parsed.rejected.length, rejected: parsed.rejected.length };
      result.perFile.push(line);
      return line;
    },
    finish(): ImportedFiles {
      result.records = inRowOrder(keyed);
      if (!corpusHasCR) for (const r of result.records) r.CR = "none";
      return result;
    },
  };
}

/** importFiles through the session, so both paths are one. */
export function importThroughSession(session: ImportSession, files: SourceFile[]): ImportedFiles {
  for (const f of files) session.add(f);
  return session.finish();
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
    return importThroughSession(wosImportSession(readWosPlaintext, true), files);
  },
  session: () => wosImportSession(readWosPlaintext, true),
};

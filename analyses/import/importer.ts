import type { BibRecord, FileWarning, RecordProblem, SourceDb } from "../model/record.ts";

/** One decoded export file. */
export interface SourceFile {
  /** Name shown in the ledger and in messages. */
  file: string;
  /** Decoded text, BOM removed, line ends normalised to LF. */
  text: string;
}

/** What an importer made of all the files of its format in a corpus. */
export interface ImportedFiles {
  /** Normalised records, in bibliometrix's row order for this source (which decides duplicate and SR order). */
  records: BibRecord[];
  rejected: RecordProblem[];
  warnings: FileWarning[];
  /** Per input file: records found (accepted + rejected) and rejected. Same order as the input. */
  perFile: { file: string; recordsRead: number; rejected: number }[];
}

/** Reading choices a report or the CLI can make; each importer uses the ones that concern it. */
export interface ImportOptions {
  /**
   * BibTeX authors, keywords and LaTeX escapes: "bibliometrix" reproduces bib2df's reading, bugs
   * included (the default: parity numbers); "corrected" reads them as the BibTeX means them, so a
   * WoS BibTeX export gives the same corpus as the plain-text export of the same records.
   */
  bibtex?: "bibliometrix" | "corrected";
}

/**
 * An export format. Formats are recognised from content, never from the file name, and each
 * declares the fields it can carry so an analysis needing an absent field can say so.
 */
export interface Importer {
  /** Stable id, e.g. "wos-plaintext", "scopus-csv". */
  format: string;
  /** Human name for messages, e.g. "Web of Science plain text". */
  label: string;
  db: SourceDb;
  /** Record-model tags this format can provide (a given export may still lack some). */
  provides: readonly string[];
  /** bibliometrix's duplicate key within this source (spec §1.2 step 6), e.g. "UT", "PMID", "TI". */
  duplicateKey: "UT" | "PMID" | "TI" | "id_oa";
  /** True when the start of a decoded file (first ~64 KB) looks like this format. */
  detect(head: string): boolean;
  /**
   * Parse and normalise every file of this format together: bibliometrix takes some decisions over
   * the whole data frame of a source (e.g. CR "none" only when no record has CR). Never throws on a
   * bad record: it is rejected with file, line and reason.
   */
  importFiles(files: SourceFile[], options?: ImportOptions): ImportedFiles;
  /**
   * The same import, one file at a time, for formats met at scale: `add` reads a file and keeps
   * nothing of its text, so the corpus stage can let each file go before decoding the next.
   */
  session?(options?: ImportOptions): ImportSession;
}

export interface ImportSession {
  /** The file's ledger line when the session has read it now; null when it reads its files in finish(). */
  add(file: SourceFile): ImportedFiles["perFile"][number] | null;
  /** What importFiles would have returned for the files added, in the order they were added. */
  finish(): ImportedFiles;
}

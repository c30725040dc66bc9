import type { FileWarning, RecordProblem, SourceLocation } from "../model/record.ts";

/** One input file as the import stage saw it. */
export interface LedgerFile {
  file: string;
  format: string;
  /** Records the parser found (accepted + rejected). */
  recordsRead: number;
  rejected: number;
}

export interface DuplicateEntry {
  /** The dropped record. */
  location: SourceLocation;
  /** The source's duplicate key (UT, PMID, TI, id_oa) or, across databases, the merge key. */
  key: string;
  value: string;
  /** The record that was kept in its place (first seen, in file order). */
  keptAt: SourceLocation;
}

export interface FilteredEntry {
  location: SourceLocation;
  UT: string | null;
  rule: "years" | "documentTypes";
  /** E.g. "PY 1997 outside 1998-2026". */
  detail: string;
}

/**
 * Where every record went. Invariant: read = kept + duplicates + filtered + rejected.
 */
export interface Ledger {
  files: LedgerFile[];
  read: number;
  kept: number;
  rejected: RecordProblem[];
  duplicates: DuplicateEntry[];
  filtered: FilteredEntry[];
  warnings: FileWarning[];
}

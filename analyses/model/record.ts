/**
 * The record model: one bibliographic document with bibliometrix's field tags.
 * Multi-valued fields are `;`-joined strings exactly as bibliometrix's data frame holds them,
 * so every analysis can follow the spec's string rules literally.
 */

/** Where a record came from: the file and the 1-based line where it starts. */
export interface SourceLocation {
  file: string;
  line: number;
}

/** A record as a parser produced it: tag -> lines joined per the format's rules, not yet normalised. */
export interface RawRecord {
  location: SourceLocation;
  /** Tag -> the tag's lines, in file order (a repeated tag appends). */
  fields: Map<string, string[]>;
}

/** A record problem: the record is skipped and reported, never silently dropped. */
export interface RecordProblem {
  location: SourceLocation;
  /** What is wrong and what was expected, in words a user can act on. */
  reason: string;
}

/** Non-fatal notes about a file (e.g. an encoding fallback). */
export interface FileWarning {
  file: string;
  line?: number;
  message: string;
}

export interface ParseResult {
  records: RawRecord[];
  rejected: RecordProblem[];
  warnings: FileWarning[];
}

/** Source database as bibliometrix names it in the DB column. */
/** bibliometrix's names, plus EMBASE and GOOGLE_SCHOLAR (Publish or Perish), which bibliometrix cannot read. */
export type SourceDb = "ISI" | "SCOPUS" | "OPENALEX" | "LENS" | "DIMENSIONS" | "PUBMED" | "COCHRANE" | "EMBASE" | "GOOGLE_SCHOLAR";

/**
 * A normalised document (bibliometrix convert2df semantics: upper-cased text, `;` separators).
 * `null` is R's NA. Tags the format does not provide are absent from `fields`.
 */
export interface BibRecord {
  location: SourceLocation;
  DB: SourceDb;
  /** Accession number (WoS UT, Scopus EID, ...), the duplicate key for WoS. */
  UT: string | null;
  PY: number | null;
  TC: number;
  AU: string | null;
  TI: string | null;
  SO: string | null;
  DT: string | null;
  DE: string | null;
  ID: string | null;
  C1: string | null;
  RP: string | null;
  /** Cited references, cleaned per spec §1.2; "none" when the export has none. */
  CR: string;
  DI: string | null;
  JI: string | null;
  J9: string | null;
  /** Countries of all authors' addresses (spec §1.8.1), `;`-joined; null when none found. */
  AU_CO: string | null;
  /** Corresponding author's country (spec §1.8.2). */
  AU1_CO: string | null;
  /** Every other tag, normalised as text (upper-cased unless the spec says otherwise). */
  extra: Record<string, string>;
  /** Short reference label, unique in the corpus (spec §1.5). Set by the corpus stage. */
  SR: string;
}

import type { BibRecord, FileWarning, RecordProblem, SourceLocation } from "../model/record.ts";
import type { DuplicateEntry, FilteredEntry, Ledger, LedgerFile } from "./ledger.ts";
import { decodeBytes } from "../import/decode.ts";
import type { ImportedFiles, ImportOptions, Importer, ImportSession, SourceFile } from "../import/importer.ts";
import { detectImporter } from "../import/registry.ts";
import { StringCompactor } from "../model/compact-strings.ts";
import { mergeSources, type MergeEntry } from "./merge-sources.ts";
import { shortReferenceFull, uniqueShortReferences } from "../normalize/short-reference.ts";

/**
 * Export files -> the corpus every analysis reads, with a ledger that accounts for every record:
 * decode, recognise each file's format from its content, parse and normalise (bibliometrix
 * convert2df semantics), drop duplicates by the source's key (the first in bibliometrix's row order
 * wins, as R's duplicated()), apply the report's filters, then build the unique short references
 * (SR) of the records that remain.
 */

export interface CorpusInput {
  /** Name shown in the ledger and in error messages (whatever the caller chose, e.g. a relative path). */
  file: string;
  bytes: Uint8Array;
}

/** An input whose bytes are read only when the corpus stage gets to it, so no caller needs to hold every export at once. */
export interface LazyCorpusInput {
  file: string;
  read(): Uint8Array;
}

export interface CorpusFilter {
  /** Inclusive publication-year range. Records without PY are kept (bibliometrix keeps them). */
  years?: [number, number];
  /** Keep a record when any `;`-element of its DT equals one of these, case-insensitively. */
  documentTypes?: string[];
}

export interface CorpusLedger extends Ledger {
  /** Records of different formats or databases merged into one, with the key and the fields taken. */
  merges: MergeEntry[];
  /** Records without PY that a year filter kept (they have no year to test). */
  keptWithoutYear: { location: SourceLocation; UT: string | null }[];
}

export interface Corpus {
  records: BibRecord[];
  ledger: CorpusLedger;
}

/**
 * Each file decoded, recognised and handed to its format's import session in turn, its text let go
 * before the next; the sessions in order of their format's first file (each one's files in input
 * order, as importFiles would read them). `onRead` hears each file's ledger line as soon as it is known.
 */
function importAll(
  inputs: readonly (CorpusInput | LazyCorpusInput)[],
  options: ImportOptions,
  warnings: FileWarning[],
  onRead: (importer: Importer, line: ImportedFiles["perFile"][number]) => void,
): { importer: Importer; imported: ImportedFiles }[] {
  const sessions = new Map<Importer, ImportSession>();
  for (const input of inputs) {
    const decoded = decodeBytes("bytes" in input ? input.bytes : input.read(), input.file);
    warnings.push(...decoded.warnings);
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    const importer = detectImporter(input.file, text);
    let session = sessions.get(importer);
    if (!session) {
      session = importer.session?.(options) ?? collectingSession(importer, options);
      sessions.set(importer, session);
    }
    const line = session.add({ file: input.file, text });
    if (line) onRead(importer, line);
  }
  return [...sessions].map(([importer, session]) => {
    const imported = session.finish();
    if (!importer.session) for (const line of imported.perFile) onRead(importer, line);
    return { importer, imported };
  });
}

/** A format that reads all its files at once (they are small in practice): its files are kept until the end, its records then compacted. */
function collectingSession(importer: Importer, options: ImportOptions): ImportSession {
  const files: SourceFile[] = [];
  return {
    add: (file) => {
      files.push(file);
      return null;
    },
    finish: () => {
      const imported = importer.importFiles(files, options);
      const compactor = new StringCompactor();
      for (const rec of imported.records) compactor.record(rec);
      return imported;
    },
  };
}

function yearsDetail(py: number, [from, to]: [number, number]): string {
  return `PY ${py} outside ${from}-${to}`;
}

/** A record's value of its source's duplicate key (spec §1.2 step 6). */
function duplicateKeyValue(rec: BibRecord, key: Importer["duplicateKey"]): string | null {
  if (key === "UT" || key === "TI") return rec[key];
  return rec.extra[key] ?? null;
}

/**
 * Drops records whose key repeats an earlier one in the source's row order (R's duplicated()),
 * recording each in the ledger. A record without the key is never a duplicate (R would treat two
 * missing keys as equal; see docs/parity.md).
 */
function dropDuplicates(records: BibRecord[], key: Importer["duplicateKey"], duplicates: DuplicateEntry[]): BibRecord[] {
  const firstSeen = new Map<string, SourceLocation>();
  const unique: BibRecord[] = [];
  for (const rec of records) {
    const value = duplicateKeyValue(rec, key);
    if (value !== null) {
      const kept = firstSeen.get(value);
      if (kept) {
        duplicates.push({ location: rec.location, key, value, keptAt: kept });
        continue;
      }
      firstSeen.set(value, rec.location);
    }
    unique.push(rec);
  }
  return unique;
}

/**
 * `onFile` hears each file's ledger line once its importer has read it (as each file is read for
 * the formats read one file at a time, at the end for the others): live build progress.
 */
export function buildCorpus(
  inputs: readonly (CorpusInput | LazyCorpusInput)[],
  filter: CorpusFilter = {},
  options: ImportOptions = {},
  onFile?: (file: LedgerFile) => void,
): Corpus {
  const files: LedgerFile[] = [];
  const rejected: RecordProblem[] = [];
  const warnings: FileWarning[] = [];
  const duplicates: DuplicateEntry[] = [];
  const sources: { importer: Importer; records: BibRecord[] }[] = [];

  const perFile = new Map<string, LedgerFile>();
  const imports = importAll(inputs, options, warnings, (importer, f) => {
    const entry: LedgerFile = { file: f.file, format: importer.format, recordsRead: f.recordsRead, rejected: f.rejected };
    perFile.set(f.file, entry);
    onFile?.(entry);
  });
  for (const { importer, imported } of imports) {
    warnings.push(...imported.warnings);
    for (const r of imported.rejected) rejected.push(r); // may be a million: no spread
    sources.push({ importer, records: dropDuplicates(imported.records, importer.duplicateKey, duplicates) });
  }
  // The ledger lists files in the order they were given.
  for (const input of inputs) {
    const f = perFile.get(input.file);
    if (f) files.push(f);
  }
  // Several formats or databases: one work, one record (see merge-sources.ts for the rules).
  let unique = sources[0]?.records ?? [];
  let merges: MergeEntry[] = [];
  if (sources.length > 1) {
    const merged = mergeSources(sources.map((s) => ({ format: s.importer.format, db: s.importer.db, records: s.records })));
    unique = merged.records;
    merges = merged.merges;
    for (const d of merged.duplicates) duplicates.push(d); // a spread of a million arguments would overflow the stack
  }
  const hasJ9Column = sources.some((s) => s.importer.provides.includes("J9") && s.records.some((r) => r.J9 !== null));

  const filtered: FilteredEntry[] = [];
  const keptWithoutYear: CorpusLedger["keptWithoutYear"] = [];
  const wantedTypes = filter.documentTypes?.map((t) => t.trim().toLowerCase());
  const records: BibRecord[] = [];
  for (const rec of unique) {
    if (filter.years) {
      const [from, to] = filter.years;
      if (rec.PY === null) {
        keptWithoutYear.push({ location: rec.location, UT: rec.UT });
      } else if (rec.PY < from || rec.PY > to) {
        filtered.push({ location: rec.location, UT: rec.UT, rule: "years", detail: yearsDetail(rec.PY, filter.years) });
        continue;
      }
    }
    if (wantedTypes) {
      const types = rec.DT === null ? [] : rec.DT.split(";").map((t) => t.trim().toLowerCase());
      if (!types.some((t) => wantedTypes.includes(t))) {
        filtered.push({
          location: rec.location,
          UT: rec.UT,
          rule: "documentTypes",
          detail: `DT ${rec.DT === null ? "missing" : JSON.stringify(rec.DT)} is not one of: ${filter.documentTypes!.join(", ")}`,
        });
        continue;
      }
    }
    records.push(rec);
  }

  const full = records.map((r) => shortReferenceFull(r, hasJ9Column));
  const labels = uniqueShortReferences(full);
  const compactor = new StringCompactor();
  records.forEach((rec, i) => {
    // The labels are concatenations of pieces of other strings: flattened, and one string when both are equal.
    const label = labels[i]!;
    const values = label === full[i] ? [label] : [full[i]!, label];
    compactor.compact(values, () => false);
    rec.extra.SR_FULL = values[0]!;
    rec.SR = values.at(-1)!;
  });

  const read = files.reduce((s, f) => s + f.recordsRead, 0);
  const ledger: CorpusLedger = {
    files,
    read,
    kept: records.length,
    rejected,
    duplicates,
    filtered,
    warnings,
    keptWithoutYear,
    merges,
  };
  if (ledger.read !== ledger.kept + duplicates.length + filtered.length + rejected.length) {
    // An accounting bug, never a data problem: fail loudly rather than publish wrong totals.
    throw new Error(
      `corpus ledger does not balance: read ${ledger.read} != kept ${ledger.kept} + duplicates ${duplicates.length} + filtered ${filtered.length} + rejected ${rejected.length}`,
    );
  }
  return { records, ledger };
}

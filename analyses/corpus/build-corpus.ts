import type { BibRecord, FileWarning, RecordProblem, SourceLocation } from "../model/record.ts";
import type { DuplicateEntry, FilteredEntry, Ledger, LedgerFile } from "./ledger.ts";
import { decodeBytes } from "../import/decode.ts";
import type { ImportOptions, Importer, SourceFile } from "../import/importer.ts";
import { detectImporter } from "../import/registry.ts";
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

/** Decoded files grouped by the importer that recognised them, in order of first appearance. */
function groupByImporter(inputs: CorpusInput[], warnings: FileWarning[]): { importer: Importer; files: SourceFile[] }[] {
  const groups = new Map<Importer, SourceFile[]>();
  for (const input of inputs) {
    const decoded = decodeBytes(input.bytes, input.file);
    warnings.push(...decoded.warnings);
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    const importer = detectImporter(input.file, text);
    const list = groups.get(importer) ?? [];
    list.push({ file: input.file, text });
    groups.set(importer, list);
  }
  return [...groups].map(([importer, files]) => ({ importer, files }));
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

export function buildCorpus(inputs: CorpusInput[], filter: CorpusFilter = {}, options: ImportOptions = {}): Corpus {
  const files: LedgerFile[] = [];
  const rejected: RecordProblem[] = [];
  const warnings: FileWarning[] = [];
  const duplicates: DuplicateEntry[] = [];
  const sources: { importer: Importer; records: BibRecord[] }[] = [];

  const perFile = new Map<string, LedgerFile>();
  for (const { importer, files: group } of groupByImporter(inputs, warnings)) {
    const imported = importer.importFiles(group, options);
    warnings.push(...imported.warnings);
    rejected.push(...imported.rejected);
    for (const f of imported.perFile) perFile.set(f.file, { file: f.file, format: importer.format, recordsRead: f.recordsRead, rejected: f.rejected });
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
    duplicates.push(...merged.duplicates);
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
  records.forEach((rec, i) => {
    rec.extra.SR_FULL = full[i]!;
    rec.SR = labels[i]!;
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

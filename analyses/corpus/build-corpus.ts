import type { BibRecord, FileWarning, RawRecord, RecordProblem, SourceLocation } from "../model/record.ts";
import type { DuplicateEntry, FilteredEntry, Ledger, LedgerFile } from "./ledger.ts";
import { decodeBytes } from "../import/decode.ts";
import { parseWosPlaintext } from "../import/wos-plaintext.ts";
import { corpusHasTag, normalizeWosRecord } from "../normalize/wos.ts";
import { shortReferenceFull, uniqueShortReferences } from "../normalize/short-reference.ts";

/**
 * Export files -> the corpus every analysis reads, with a ledger that accounts for every record:
 * decode, parse, normalise (bibliometrix convert2df semantics), drop duplicate accession numbers
 * (first occurrence in input order wins, as R's duplicated()), apply the report's filters, then
 * build the unique short references (SR) of the records that remain.
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
  /** Records without PY that a year filter kept (they have no year to test). */
  keptWithoutYear: { location: SourceLocation; UT: string | null }[];
}

export interface Corpus {
  records: BibRecord[];
  ledger: CorpusLedger;
}

const WOS_FIRST_LINE = /^(FN|PT)(?:[ \t]|$)/;

/** WoS plain text starts with its FN header (or, when cut, directly with a PT line). */
export function looksLikeWosPlaintext(text: string): boolean {
  return WOS_FIRST_LINE.test(firstLine(text));
}

function firstLine(text: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (const line of t.split("\n", 50)) {
    if (line.trim() !== "") return line;
  }
  return "";
}

function describeFirstLine(line: string): string {
  if (line === "") return "the file is empty";
  const shown = line.length > 80 ? `${line.slice(0, 80)}…` : line;
  return `its first line is ${JSON.stringify(shown)}`;
}

/** Tags whose absence bibliometrix's WoS reader warns about (spec §1.3). */
const CORE_TAGS = ["AU", "DE", "C1", "RP", "CR", "PY", "SO", "TI", "TC"];

function missingCoreTags(records: readonly RawRecord[]): string[] {
  return CORE_TAGS.filter((tag) => !records.some((r) => r.fields.has(tag)));
}

function yearsDetail(py: number, [from, to]: [number, number]): string {
  return `PY ${py} outside ${from}-${to}`;
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

export function buildCorpus(inputs: CorpusInput[], filter: CorpusFilter = {}): Corpus {
  const files: LedgerFile[] = [];
  const rejected: RecordProblem[] = [];
  const warnings: FileWarning[] = [];
  const raws: RawRecord[] = [];

  for (const input of inputs) {
    const decoded = decodeBytes(input.bytes, input.file);
    warnings.push(...decoded.warnings);
    if (!looksLikeWosPlaintext(decoded.text)) {
      throw new Error(
        `${input.file}: not a Web of Science plain-text export (expected a first line starting with "FN " or "PT ", ` +
          `the tag followed by a space or a TAB); ${describeFirstLine(firstLine(decoded.text))}`,
      );
    }
    const parsed = parseWosPlaintext(decoded.text, input.file);
    warnings.push(...parsed.warnings);
    const absent = missingCoreTags(parsed.records);
    if (parsed.records.length > 0 && absent.length > 0) {
      warnings.push({
        file: input.file,
        message:
          `${input.file}: no record has ${absent.join(", ")}; the analyses that use ${absent.length === 1 ? "it" : "them"} ` +
          `will be empty for this file (bibliometrix only warns here too)`,
      });
    }
    rejected.push(...parsed.rejected);
    raws.push(...parsed.records);
    files.push({
      file: input.file,
      format: "wos-plaintext",
      recordsRead: parsed.records.length + parsed.rejected.length,
      rejected: parsed.rejected.length,
    });
  }

  // Column-level decisions are taken on everything imported, as on bibliometrix's data frame.
  const corpusHasCR = corpusHasTag(raws, "CR");
  const hasJ9Column = corpusHasTag(raws, "J9");
  const normalised = bibliometrixRowOrder(raws).map((r) => normalizeWosRecord(r, { corpusHasCR }));

  // Duplicates by UT: the first in bibliometrix's row order is kept (R's duplicated()). A record
  // without UT is never a duplicate (R would treat two missing UTs as equal; see docs/parity.md).
  const duplicates: DuplicateEntry[] = [];
  const firstByUT = new Map<string, SourceLocation>();
  const unique: BibRecord[] = [];
  for (const rec of normalised) {
    if (rec.UT !== null) {
      const kept = firstByUT.get(rec.UT);
      if (kept) {
        duplicates.push({ location: rec.location, key: "UT", value: rec.UT, keptAt: kept });
        continue;
      }
      firstByUT.set(rec.UT, rec.location);
    }
    unique.push(rec);
  }

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
  };
  if (ledger.read !== ledger.kept + duplicates.length + filtered.length + rejected.length) {
    // An accounting bug, never a data problem: fail loudly rather than publish wrong totals.
    throw new Error(
      `corpus ledger does not balance: read ${ledger.read} != kept ${ledger.kept} + duplicates ${duplicates.length} + filtered ${filtered.length} + rejected ${rejected.length}`,
    );
  }
  return { records, ledger };
}

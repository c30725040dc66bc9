import { distance } from "fastest-levenshtein";
import type { BibRecord, SourceDb, SourceLocation } from "../model/record.ts";
import type { DuplicateEntry } from "./ledger.ts";

/**
 * Merging exports of several databases (or of one database in several formats) into one corpus.
 *
 * bibliometrix's mergeDbSources (spec §1.6) keeps the first record by DB priority, matching on the
 * exact DOI and then on (title key, year); it then sets CR to "NA" (no citation analysis on merged
 * data), DB to "ISI" and re-abbreviates author names. We match the same way first, then better:
 *   1. same DOI (case-insensitive, without a doi.org prefix);
 *   2. same accession number from the same database (e.g. WoS plain text and WoS RIS of one search);
 *   3. same title key (letters, digits and spaces; upper case) and same year — bibliometrix's rule,
 *      except that two different DOIs never match and a short title also needs the same first author;
 *   4. titles at least TITLE_SIMILARITY alike (1 − Levenshtein / longer length on the title keys),
 *      years at most one apart (Early Access vs issue year) and the same first-author surname.
 * Instead of discarding fields, the kept record (the one from the highest-priority database) takes
 * each missing field from the record merged into it; cited references come from the first
 * database in priority order that has them (so WoS's, in WoS format, over Scopus's); the citation
 * count is the larger one, with its source noted. Every decision is recorded.
 */

export const DB_PRIORITY: readonly SourceDb[] = ["ISI", "SCOPUS", "OPENALEX", "LENS", "DIMENSIONS", "PUBMED", "COCHRANE", "EMBASE", "GOOGLE_SCHOLAR"];
/** Minimum title similarity for a fuzzy match (same threshold as bibliometrix's duplicatedMatching tol). */
export const TITLE_SIMILARITY = 0.95;

export type MergeKey = "DOI" | "UT" | "title+year" | "similar title";

export interface MergeSource {
  /** Importer format id, e.g. "wos-plaintext". */
  format: string;
  db: SourceDb;
  records: BibRecord[];
}

export interface FieldOrigin {
  field: string;
  /** Format that supplied the value kept. */
  from: string;
  note?: string;
}

export interface MergeEntry {
  key: MergeKey;
  value: string;
  /** Title similarity for "similar title" matches. */
  similarity?: number;
  kept: { location: SourceLocation; format: string; UT: string | null };
  merged: { location: SourceLocation; format: string; UT: string | null };
  /** Fields the kept record took from the merged one, and the citation-count decision. */
  fields: FieldOrigin[];
}

export interface MergeResult {
  records: BibRecord[];
  duplicates: DuplicateEntry[];
  merges: MergeEntry[];
}

export function normalizeDoi(doi: string | null): string | null {
  if (!doi) return null;
  const d = doi.trim().toLowerCase().replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//, "").replace(/^doi:\s*/, "");
  return d === "" ? null : d;
}

/** bibliometrix's title key: drop everything but letters, digits and spaces; collapse spaces. */
export function titleKey(title: string | null): string | null {
  if (!title) return null;
  const key = title.toUpperCase().replace(/[^\p{L}\p{N}\s]/gu, "").replace(/\s+/g, " ").trim();
  return key === "" ? null : key;
}

/**
 * First author's surname, accents removed: the blocking key of fuzzy matching. Every database's
 * AU is "SURNAME INITIALS" after import except OpenAlex's, which keeps "GIVEN SURNAME".
 */
export function firstAuthorSurname(au: string | null, db: SourceDb): string | null {
  const first = au?.split(";")[0]?.trim();
  if (!first) return null;
  const tokens = first.split(/\s+/);
  const token = db === "OPENALEX" ? tokens[tokens.length - 1]! : tokens[0]!;
  return token.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();
}

/**
 * Title keys shorter than this ("EDITORIAL", "INTRODUCTION", "BOOK REVIEW") are shared by unrelated
 * works of one year, so a title + year match also needs the same first author.
 */
const SHORT_TITLE = 20;

/** Two records that both carry a DOI, and different ones, are different works, however alike otherwise. */
function doisDiffer(doi: string | null, other: BibRecord): boolean {
  const otherDoi = normalizeDoi(other.DI);
  return doi !== null && otherDoi !== null && doi !== otherDoi;
}

function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

interface Kept {
  record: BibRecord;
  format: string;
  /** Formats whose records were merged into it (extra.MERGED_FORMATS). */
  formats: string[];
}

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === "" || v === "none";

function mergeInto(target: Kept, other: BibRecord, otherFormat: string): FieldOrigin[] {
  const origins: FieldOrigin[] = [];
  const t = target.record;
  const fill = <K extends keyof BibRecord>(field: K): void => {
    if (isEmpty(t[field]) && !isEmpty(other[field])) {
      (t[field] as BibRecord[K]) = other[field];
      origins.push({ field, from: otherFormat });
    }
  };
  for (const field of ["UT", "PY", "AU", "TI", "SO", "DT", "DE", "ID", "C1", "RP", "CR", "DI", "JI", "J9", "AU_CO", "AU1_CO"] as const) {
    fill(field);
  }
  for (const [tag, value] of Object.entries(other.extra)) {
    if (isEmpty(t.extra[tag]) && !isEmpty(value)) {
      t.extra[tag] = value;
      origins.push({ field: tag, from: otherFormat });
    }
  }
  if (other.TC > t.TC) {
    origins.push({ field: "TC", from: otherFormat, note: `${other.TC} (${otherFormat}) > ${t.TC} (${t.extra.TC_source ?? target.format})` });
    t.TC = other.TC;
    t.extra.TC_source = otherFormat;
  }
  target.formats.push(otherFormat);
  t.extra.MERGED_FORMATS = [...new Set(target.formats)].join(";");
  return origins;
}

export function mergeSources(sources: MergeSource[]): MergeResult {
  const ordered = [...sources].sort((a, b) => DB_PRIORITY.indexOf(a.db) - DB_PRIORITY.indexOf(b.db));
  const kept: Kept[] = [];
  const byDoi = new Map<string, Kept>();
  const byUT = new Map<string, Kept>();
  const byTitleYear = new Map<string, Kept>();
  const bySurname = new Map<string, Kept[]>();
  const duplicates: DuplicateEntry[] = [];
  const merges: MergeEntry[] = [];

  /** Makes a kept record findable by its keys; `isNew` adds it to its surname block once. */
  const index = (k: Kept, isNew: boolean): void => {
    const r = k.record;
    const doi = normalizeDoi(r.DI);
    if (doi && !byDoi.has(doi)) byDoi.set(doi, k);
    if (r.UT && !byUT.has(`${r.DB}|${r.UT}`)) byUT.set(`${r.DB}|${r.UT}`, k);
    const tk = titleKey(r.TI);
    if (tk && r.PY !== null && !byTitleYear.has(`${tk}|${r.PY}`)) byTitleYear.set(`${tk}|${r.PY}`, k);
    const surname = isNew ? firstAuthorSurname(r.AU, r.DB) : null;
    if (surname) {
      const block = bySurname.get(surname) ?? [];
      block.push(k);
      bySurname.set(surname, block);
    }
  };

  const find = (r: BibRecord): { k: Kept; key: MergeKey; value: string; similarity?: number } | null => {
    const doi = normalizeDoi(r.DI);
    if (doi) {
      const k = byDoi.get(doi);
      if (k) return { k, key: "DOI", value: doi };
    }
    if (r.UT) {
      const k = byUT.get(`${r.DB}|${r.UT}`);
      if (k) return { k, key: "UT", value: r.UT };
    }
    const tk = titleKey(r.TI);
    if (!tk) return null;
    const surname = firstAuthorSurname(r.AU, r.DB);
    if (r.PY !== null) {
      const k = byTitleYear.get(`${tk}|${r.PY}`);
      if (k && !doisDiffer(doi, k.record) && (tk.length >= SHORT_TITLE || surname === firstAuthorSurname(k.record.AU, k.record.DB))) {
        return { k, key: "title+year", value: `${tk} (${r.PY})` };
      }
    }
    if (!surname) return null;
    let best: { k: Kept; similarity: number } | null = null;
    for (const candidate of bySurname.get(surname) ?? []) {
      const c = candidate.record;
      if (r.PY !== null && c.PY !== null && Math.abs(r.PY - c.PY) > 1) continue;
      const ck = titleKey(c.TI);
      if (!ck || Math.min(ck.length, tk.length) / Math.max(ck.length, tk.length) < TITLE_SIMILARITY) continue;
      if (doisDiffer(doi, c)) continue;
      const s = similarity(tk, ck);
      if (s >= TITLE_SIMILARITY && (!best || s > best.similarity)) best = { k: candidate, similarity: s };
    }
    return best ? { k: best.k, key: "similar title", value: tk, similarity: Math.round(best.similarity * 1000) / 1000 } : null;
  };

  for (const source of ordered) {
    for (const record of source.records) {
      const match = find(record);
      if (!match) {
        const k: Kept = { record, format: source.format, formats: [source.format] };
        kept.push(k);
        index(k, true);
        continue;
      }
      const fields = mergeInto(match.k, record, source.format);
      index(match.k, false); // a field it just took (DOI, UT) makes it findable by that key too
      duplicates.push({ location: record.location, key: match.key, value: match.value, keptAt: match.k.record.location });
      merges.push({
        key: match.key,
        value: match.value,
        ...(match.similarity !== undefined ? { similarity: match.similarity } : {}),
        kept: { location: match.k.record.location, format: match.k.format, UT: match.k.record.UT },
        merged: { location: record.location, format: source.format, UT: record.UT },
        fields,
      });
    }
  }
  return { records: kept.map((k) => k.record), duplicates, merges };
}

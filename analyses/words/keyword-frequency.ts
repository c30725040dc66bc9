import { z } from "zod";
import type { FieldRecord } from "./field-values.ts";
import { corpusHasField, fieldValue } from "./field-values.ts";
import { tableTagItems } from "./table-tag.ts";
import { synonymMapper, thesaurusFromParams, combineThesauri, type Thesaurus } from "./thesaurus.ts";
import { sortByCountThenCollation } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "../descriptives/availability.ts";

/**
 * Frequency table of a `;`-separated field — bibliometrix's tableTag() (spec §3.1): the keyword
 * tables (DE, ID, KW_Merged) and the other "most frequent" lists (WC, SO, AU, ...).
 *
 * `freq` counts occurrences, as bibliometrix does (a keyword repeated inside one document counts
 * twice). `docs` counts documents. The report threshold `minDocShare` ("keywords in at least X % of
 * documents") is on DOCUMENTS: an item is kept when docs >= minDocShare × number of documents.
 */

/** Fields whose remove-list is applied (bibliometrix removes terms only from keyword fields). */
const KEYWORD_FIELDS = new Set(["DE", "ID", "KW_Merged"]);

export const keywordFrequencyParamsSchema = z
  .object({
    /** bibliometrix Tag; biblioshiny's word cloud / most relevant words default to KW_Merged, tableTag to "PY" — we default to ID (Keywords Plus) as biblioAnalysis's keyword table. */
    field: z.string().min(1).default("ID"),
    /** bibliometrix synonyms: each entry "PREFERRED;SYN1;SYN2". */
    synonyms: z.array(z.string()).default([]),
    /** bibliometrix remove.terms (exact, case-insensitive match on the whole item; keyword fields only). */
    removeTerms: z.array(z.string()).default([]),
    /** Keep items found in at least this share of the documents (0..1; counts documents, not occurrences). 0 = keep all. */
    minDocShare: z.number().min(0).max(1).default(0),
    /** Keep only the first `top` rows (null = all). */
    top: z.number().int().positive().nullable().default(null),
  })
  .strict();

export type KeywordFrequencyParams = z.input<typeof keywordFrequencyParamsSchema>;

export interface KeywordFrequencyRow {
  term: string;
  /** Occurrences (bibliometrix's Freq). */
  freq: number;
  /** Documents containing the term. */
  docs: number;
}

export interface KeywordFrequency {
  status: "ok";
  field: string;
  documents: number;
  /** Distinct terms before the minDocShare / top cut. */
  distinctTerms: number;
  /** minDocShare × documents: the document count an item needs (0 when no threshold). */
  minDocs: number;
  /** Count desc, ties in collation order (R's sort(table())). */
  rows: KeywordFrequencyRow[];
}

export type KeywordRecord = FieldRecord & { SR?: string };

export function keywordFrequency(
  records: readonly KeywordRecord[],
  params: KeywordFrequencyParams = {},
  thesaurus?: Thesaurus,
): KeywordFrequency | NotAvailable {
  const p = keywordFrequencyParamsSchema.parse(params);
  if (!corpusHasField(records, p.field)) return notAvailable(p.field);
  const th = combineThesauri(thesaurusFromParams(p.synonyms, p.removeTerms), thesaurus ?? { synonyms: [], remove: [] });
  const map = synonymMapper(th.synonyms);
  const remove = KEYWORD_FIELDS.has(p.field) ? new Set(th.remove) : new Set<string>();

  // tableTag drops rows whose SR repeats (our SR is unique; kept for records without SR).
  const seenSR = new Set<string>();
  const freq = new Map<string, number>();
  const docs = new Map<string, number>();
  let documents = 0;
  for (const r of records) {
    if (r.SR !== undefined) {
      if (seenSR.has(r.SR)) continue;
      seenSR.add(r.SR);
    }
    documents++;
    let value = fieldValue(r, p.field);
    if (value !== null && p.field === "C1") value = value.replace(/\[[^\]]*\]/g, "");
    const items = tableTagItems([value]).map(map);
    for (const item of items) freq.set(item, (freq.get(item) ?? 0) + 1);
    for (const item of new Set(items)) docs.set(item, (docs.get(item) ?? 0) + 1);
  }
  let rows = sortByCountThenCollation(
    [...freq].map(([term, n]) => ({ term, freq: n, docs: docs.get(term)! })),
    (r) => r.freq,
    (r) => r.term,
  ).filter((r) => !remove.has(r.term));
  const distinctTerms = rows.length;
  const minDocs = p.minDocShare * documents;
  if (p.minDocShare > 0) rows = rows.filter((r) => r.docs >= minDocs);
  if (p.top !== null) rows = rows.slice(0, p.top);
  return { status: "ok", field: p.field, documents, distinctTerms, minDocs, rows };
}

/** The oracle's keywords-<TAG>.json: `{ tag, n_terms, table: [{ term, freq }] }`. */
export interface BibliometrixKeywords {
  tag: string;
  n_terms: number;
  table: { term: string; freq: number }[];
}

export function toBibliometrixKeywords(result: KeywordFrequency): BibliometrixKeywords {
  return { tag: result.field, n_terms: result.rows.length, table: result.rows.map((r) => ({ term: r.term, freq: r.freq })) };
}

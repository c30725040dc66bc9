import { z } from "zod";
import { newStemmer } from "snowball-stemmers";
import type { FieldRecord } from "./field-values.ts";
import { corpusHasField, fieldValue } from "./field-values.ts";
import { STOPWORDS_BIGRAMS, STOPWORDS_EN } from "./stopwords.ts";
import { combineThesauri, synonymMapper, thesaurusFromParams, type Thesaurus } from "./thesaurus.ts";
import { frequencyTable, rToLower, rToUpper } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "../descriptives/availability.ts";

/**
 * Terms from titles and abstracts — bibliometrix's termExtraction() for TI/AB (spec §3.3):
 * punctuation dropped, hyphenated words kept whole, contiguous n-grams, an n-gram dropped when any
 * of its words is a stop word, optional Snowball English (Porter2) stemming — the algorithm
 * SnowballC uses — then the remove list and synonyms.
 */

export const termExtractionParamsSchema = z
  .object({
    field: z.enum(["TI", "AB"]).default("TI"),
    /** n-gram size (bibliometrix allows 1-4; biblioshiny 1-3). */
    ngrams: z.number().int().min(1).max(4).default(1),
    stemming: z.boolean().default(false),
    removeNumbers: z.boolean().default(true),
    removeTerms: z.array(z.string()).default([]),
    synonyms: z.array(z.string()).default([]),
  })
  .strict();

export type TermExtractionParams = z.input<typeof termExtractionParamsSchema>;

export interface TermExtraction {
  status: "ok";
  field: "TI" | "AB";
  ngrams: number;
  /** Per document (corpus order): its terms, upper case, in text order, repetitions kept (TI_TM / AB_TM). */
  terms: string[][];
  /** Occurrences, count desc, ties in collation order. */
  table: { term: string; freq: number }[];
}

/** Publisher boiler-plate words bibliometrix adds to the English stop words. */
const EXTRA_STOPWORDS = ["elsevier", "springer", "wiley", "mdpi", "emerald", "originalityvalue", "designmethodologyapproach", "-", " -", "-present", "-based", "-literature", "-matter"];
/** Phrases bibliometrix always removes. */
const FIXED_REMOVE = [
  "rights reserved", "john wiley", "john wiley sons", "science bv", "mdpi basel", "mdpi licensee", "emerald publishing",
  "taylor francis", "paper proposes", "we proposes", "paper aims", "articles published", "study aims", "research limitationsimplications",
];

const STOP = new Set([...STOPWORDS_EN, ...EXTRA_STOPWORDS]);
let stemmer: { stem(w: string): string } | null = null;

/** Snowball English (Porter2) stem of one lower-case word. */
export function porter2(word: string): string {
  stemmer ??= newStemmer("english");
  return stemmer.stem(word);
}

/** Step 1-2: the normalised lower-case text whose tokens are words (hyphens as "__"). */
export function normaliseText(text: string, removeNumbers: boolean): string {
  let s = text.replaceAll(" - ", " ");
  s = s.replace(/[^\p{L}\p{M}\p{N} \t-]/gu, "");
  s = rToLower(s).replaceAll("-", "__");
  if (removeNumbers) s = s.replace(/\p{N}/gu, "");
  return s;
}

/** Terms of one text, before synonyms (lower case). */
function extract(text: string, n: number, stemming: boolean, removeNumbers: boolean, remove: Set<string>): string[] {
  const tokens = normaliseText(text, removeNumbers).match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) {
    let gram = tokens.slice(i, i + n).join(" ");
    if (gram.startsWith("__")) gram = gram.slice(2);
    let words = gram.split(" ").map((w) => w.replaceAll("__", "-").replaceAll("_", " "));
    if (words.some((w) => STOP.has(w))) continue;
    if (stemming) words = words.map(porter2);
    const term = words.join(" ");
    if (term.trim() === "" || remove.has(term)) continue;
    out.push(term);
  }
  return out;
}

export function termExtraction(
  records: readonly FieldRecord[],
  params: TermExtractionParams = {},
  thesaurus?: Thesaurus,
): TermExtraction | NotAvailable {
  const p = termExtractionParamsSchema.parse(params);
  if (!corpusHasField(records, p.field)) return notAvailable(p.field);
  const th = combineThesauri(thesaurusFromParams(p.synonyms, p.removeTerms), thesaurus ?? { synonyms: [], remove: [] });
  // remove.terms are compared lower-case, after stemming (spec §3.3 step 9; pitfall §11.21).
  const remove = new Set([...th.remove.map(rToLower), ...FIXED_REMOVE, ...(p.ngrams === 2 ? STOPWORDS_BIGRAMS : [])]);
  const map = synonymMapper(th.synonyms);
  const na = Array(p.ngrams).fill("NA").join(" ");
  const terms = records.map((r) => {
    const text = fieldValue(r, p.field);
    if (text === null) return [];
    return extract(text, p.ngrams, p.stemming, p.removeNumbers, remove)
      .map((t) => map(rToUpper(t)))
      .filter((t) => t !== na);
  });
  const table = frequencyTable(terms.flat()).map(({ item, n }) => ({ term: item, freq: n }));
  return { status: "ok", field: p.field, ngrams: p.ngrams, terms, table };
}

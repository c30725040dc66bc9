import { rToUpper, rTrim } from "../util/r-semantics.ts";

/**
 * Term thesauri: VOSviewer's `label<TAB>replace by` file (the format DESIGN.md names for a report's
 * thesaurus.tsv), bibliometrix's synonyms list (`PREFERRED;SYNONYM;SYNONYM` per entry) and plain
 * remove lists, all turned into one `Thesaurus` that the word analyses apply the way bibliometrix
 * applies its `synonyms` and `remove.terms` (spec §3.1 steps 6 and 8): upper-cased, exact match on
 * the whole item, synonyms first, then removal.
 */

export interface SynonymEntry {
  /** The preferred term every synonym becomes (upper case). */
  target: string;
  /** Terms replaced by `target` (upper case, trimmed). */
  terms: string[];
}

export interface Thesaurus {
  /** Applied in order, as bibliometrix does: a later entry can rewrite an earlier entry's target. */
  synonyms: SynonymEntry[];
  /** Items dropped (upper case). */
  remove: string[];
}

export const EMPTY_THESAURUS: Thesaurus = { synonyms: [], remove: [] };

export class ThesaurusError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    what: string,
  ) {
    super(`${file}, line ${line}: ${what}`);
    this.name = "ThesaurusError";
  }
}

function lines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\n|\r/);
}

const norm = (s: string): string => rToUpper(rTrim(s));

/**
 * VOSviewer thesaurus: a header line `label<TAB>replace by`, then one `label<TAB>replacement` per
 * line; an empty replacement removes the label. Blank lines are skipped; anything else is an error
 * naming the file and line.
 */
export function parseVosviewerThesaurus(text: string, file: string): Thesaurus {
  const all = lines(text);
  let i = 0;
  while (i < all.length && all[i]!.trim() === "") i++;
  const header = all[i];
  if (header === undefined || !/^label\treplace by$/i.test(header.trim())) {
    throw new ThesaurusError(file, i + 1, `expected the header line "label<TAB>replace by", found ${JSON.stringify(header ?? "end of file")}`);
  }
  const byTarget = new Map<string, string[]>();
  const remove: string[] = [];
  const seen = new Map<string, number>();
  for (let n = i + 1; n < all.length; n++) {
    const raw = all[n]!;
    if (raw.trim() === "") continue;
    const tab = raw.indexOf("\t");
    if (tab < 0) throw new ThesaurusError(file, n + 1, `expected "label<TAB>replace by" (a TAB between the two columns), found ${JSON.stringify(raw)}`);
    const label = norm(raw.slice(0, tab));
    const replacement = norm(raw.slice(tab + 1));
    if (label === "") throw new ThesaurusError(file, n + 1, "the label (first column) is empty");
    if (raw.slice(tab + 1).includes("\t")) throw new ThesaurusError(file, n + 1, "expected two columns, found more than one TAB");
    const earlier = seen.get(label);
    if (earlier !== undefined) throw new ThesaurusError(file, n + 1, `label ${JSON.stringify(label)} already defined on line ${earlier}`);
    seen.set(label, n + 1);
    if (replacement === "") remove.push(label);
    else if (replacement !== label) {
      const list = byTarget.get(replacement) ?? [];
      list.push(label);
      byTarget.set(replacement, list);
    }
  }
  return { synonyms: [...byTarget].map(([target, terms]) => ({ target, terms })), remove };
}

/** bibliometrix's synonyms list: one entry per line, `PREFERRED;SYN1;SYN2` (first element is the target). */
export function parseSynonymsList(text: string, file: string): Thesaurus {
  const synonyms: SynonymEntry[] = [];
  lines(text).forEach((raw, n) => {
    if (raw.trim() === "") return;
    const parts = raw.split(";").map(norm).filter((p) => p !== "");
    if (parts.length < 2) throw new ThesaurusError(file, n + 1, `expected "PREFERRED TERM;SYNONYM[;SYNONYM...]", found ${JSON.stringify(raw)}`);
    synonyms.push({ target: parts[0]!, terms: parts.slice(1) });
  });
  return { synonyms, remove: [] };
}

/** A remove list: one term per line (or `;`-separated, as biblioshiny's files). */
export function parseRemoveList(text: string): Thesaurus {
  const remove = lines(text)
    .flatMap((l) => l.split(";"))
    .map(norm)
    .filter((t) => t !== "");
  return { synonyms: [], remove };
}

/** Several thesauri in order (e.g. a synonyms file and a remove list). */
export function combineThesauri(...parts: Thesaurus[]): Thesaurus {
  return { synonyms: parts.flatMap((p) => p.synonyms), remove: parts.flatMap((p) => p.remove) };
}

/** A thesaurus from the analysis parameters bibliometrix takes (synonyms as `;`-joined strings, remove.terms). */
export function thesaurusFromParams(synonyms: readonly string[], removeTerms: readonly string[]): Thesaurus {
  return {
    synonyms: synonyms
      .map((s) => s.split(";").map(norm))
      .filter((parts) => parts.length > 1 && parts[0] !== "")
      .map((parts) => ({ target: parts[0]!, terms: parts.slice(1).filter((t) => t !== "") })),
    remove: removeTerms.map(norm).filter((t) => t !== ""),
  };
}

/**
 * The synonym replacement as one lookup: entries applied in order, each rewriting every item whose
 * current value equals one of its terms (so A->B then B->C sends A to C, as in bibliometrix's loop).
 */
export function synonymMapper(entries: readonly SynonymEntry[]): (item: string) => string {
  if (entries.length === 0) return (item) => item;
  const map = new Map<string, string>();
  for (const { target, terms } of entries) {
    const set = new Set(terms);
    for (const [k, v] of map) if (set.has(v)) map.set(k, target);
    for (const t of terms) if (!map.has(t)) map.set(t, target);
  }
  return (item) => map.get(item) ?? item;
}

export function isEmptyThesaurus(t: Thesaurus): boolean {
  return t.synonyms.length === 0 && t.remove.length === 0;
}

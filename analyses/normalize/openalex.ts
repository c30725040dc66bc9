import type { BibRecord, SourceLocation } from "../model/record.ts";
import { rToUpper, rTrimws } from "../util/r-semantics.ts";
import { countriesFromIso2 } from "./countries.ts";
import { mergeKeywords } from "./wos.ts";

/**
 * OpenAlex work (API JSON, one element of `results`) -> BibRecord, as bibliometrix's
 * convert2df(dbsource = "openalex_api") builds it (spec §1.3 "OpenAlex API"): full display names
 * as authors, institutions as C1, keywords as DE, concepts scoring at least 0.5 as ID, referenced
 * work ids as CR, ISO-2 countries translated with bibliometrix's country table.
 */

const OA_PREFIX = "https://openalex.org/";
const DOI_PREFIX = "https://doi.org/";

/** The parts of an OpenAlex work we read; everything is optional because the API omits nulls. */
export interface OpenAlexWork {
  id?: unknown;
  doi?: unknown;
  title?: unknown;
  display_name?: unknown;
  publication_year?: unknown;
  type?: unknown;
  language?: unknown;
  cited_by_count?: unknown;
  referenced_works_count?: unknown;
  referenced_works?: unknown;
  authorships?: unknown;
  corresponding_author_ids?: unknown;
  primary_location?: unknown;
  keywords?: unknown;
  concepts?: unknown;
  abstract_inverted_index?: unknown;
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : typeof v === "number" ? String(v) : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export function stripOpenAlexPrefix(id: string): string {
  return id.replaceAll(OA_PREFIX, "");
}

/** DOI without its "https://doi.org/" prefix, original case (bibliometrix does not upper-case DI). */
export function openAlexDoi(doi: string | null): string | null {
  if (doi === null || doi === "" || doi === "null") return null;
  return doi.replaceAll(DOI_PREFIX, "");
}

/**
 * Concepts "name (score)" -> ID: keep a concept when its score is at least 0.5 or it has none
 * (spec §1.3). Returns "" when every concept scores lower, as bibliometrix does.
 */
export function conceptsToId(concepts: readonly { name: string; score: number | null }[]): string | null {
  if (concepts.length === 0) return null;
  return concepts
    .filter((c) => c.score === null || c.score >= 0.5)
    // bibliometrix reads the name back from "name ( score )" up to the first "(", so a
    // disambiguated concept "Hotspot (Geology)" becomes "HOTSPOT".
    .map((c) => rToUpper(rTrimws(c.name.split("(")[0]!)))
    .join("; ");
}

/**
 * The abstract rebuilt from OpenAlex's inverted index (word -> positions), words in position order.
 * Positions are small whole numbers, so words are dropped into their slots (no sort); two words on
 * one position keep the index's order, as a stable sort would.
 */
export function abstractFromInvertedIndex(index: unknown): string | null {
  if (index === null || index === undefined || typeof index !== "object") return null;
  if (Array.isArray(index)) return "";
  const slots: (string | undefined)[] = [];
  for (const word in index as Record<string, unknown>) {
    if (!Object.hasOwn(index, word)) continue;
    const positions = (index as Record<string, unknown>)[word];
    if (!Array.isArray(positions)) continue;
    for (const p of positions) {
      if (typeof p !== "number") continue;
      // Anything but a small whole number: place by sorting instead.
      if (!Number.isInteger(p) || p < 0 || p > 1_000_000) return abstractBySorting(index as Record<string, unknown>);
      const here = slots[p];
      slots[p] = here === undefined ? word : `${here} ${word}`;
    }
  }
  let text = "";
  for (const word of slots) if (word !== undefined) text = text === "" ? word : `${text} ${word}`;
  return text;
}

function abstractBySorting(index: Record<string, unknown>): string {
  const placed: { pos: number; word: string }[] = [];
  for (const [word, positions] of Object.entries(index)) for (const p of arr(positions)) if (typeof p === "number") placed.push({ pos: p, word });
  placed.sort((a, b) => a.pos - b.pos);
  return placed.map((p) => p.word).join(" ");
}

/** The problem that makes a JSON value unusable as a work, or null when it is one. */
export function openAlexWorkProblem(value: unknown): string | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "expected a JSON object (an OpenAlex work)";
  const id = str((value as OpenAlexWork).id);
  if (id === null || !/^(https:\/\/openalex\.org\/)?W\d+$/.test(id)) return `expected an OpenAlex work id ("https://openalex.org/W…"), found ${JSON.stringify((value as OpenAlexWork).id ?? null)}`;
  return null;
}

export function normalizeOpenAlexWork(work: OpenAlexWork, location: SourceLocation): BibRecord {
  const authorships = arr(work.authorships).map(obj);
  const authors = authorships.map((a) => {
    const author = obj(a.author);
    const institutions = arr(a.institutions).map(obj);
    return {
      id: str(author.id) === null ? null : stripOpenAlexPrefix(str(author.id)!),
      name: str(author.display_name),
      institutions: institutions.length === 0 ? null : institutions.map((i) => str(i.display_name) ?? "NA").join("; "),
      countries: arr(a.countries).map(str).filter((c): c is string => c !== null),
      corresponding: a.is_corresponding === true,
    };
  });
  const names = authors.map((a) => a.name).filter((n): n is string => n !== null);
  // AU: names joined "; ", upper-cased, U+2019 -> "'" and "; " -> ";" (convert2df's API-only steps).
  const AU = names.length === 0 ? null : rToUpper(names.join("; ")).replaceAll("\u2019", "'").replaceAll("; ", ";");
  const affiliations = authors.map((a) => a.institutions).filter((i): i is string => i !== null);
  const C1 = affiliations.length === 0 ? null : rToUpper(affiliations.join("; "));

  const correspondingIds = new Set(arr(work.corresponding_author_ids).map(str).filter((s): s is string => s !== null).map(stripOpenAlexPrefix));
  const corresponding = authors.filter((a) => (a.id !== null && correspondingIds.has(a.id)) || a.corresponding);
  const rpParts = corresponding.map((a) => a.institutions).filter((i): i is string => i !== null);
  const RP = rpParts.length === 0 ? null : rToUpper(rpParts.join(";"));

  const source = obj(obj(work.primary_location).source);
  const soName = str(source.display_name);
  const keywords = arr(work.keywords).map(obj).map((k) => str(k.display_name)).filter((k): k is string => k !== null);
  const DE = keywords.length === 0 ? null : rToUpper(keywords.join("; "));
  const concepts = arr(work.concepts)
    .map(obj)
    .filter((c) => str(c.display_name) !== null)
    .map((c) => ({ name: str(c.display_name)!, score: num(c.score) }));
  const ID = conceptsToId(concepts);
  const refs = arr(work.referenced_works).map(str).filter((r): r is string => r !== null).map(stripOpenAlexPrefix);
  const title = str(work.title);
  const AB = abstractFromInvertedIndex(work.abstract_inverted_index);

  const extra: Record<string, string> = { id_oa: stripOpenAlexPrefix(str(work.id)!) };
  const lang = str(work.language);
  if (lang !== null) extra.LA = rToUpper(lang);
  const nr = num(work.referenced_works_count);
  if (nr !== null) extra.NR = String(nr);
  if (names.length > 0) extra.AF = AU!;
  if (AB !== null) {
    extra.AB = rToUpper(AB);
    extra.AB_raw = AB;
  }
  if (title !== null) extra.TI_raw = title;
  if (keywords.length > 0) extra.DE_raw = keywords.join("; ");
  const soId = str(source.id);
  if (soId !== null) extra.SO_ID = stripOpenAlexPrefix(soId);
  extra.KW_Merged = mergeKeywords(DE, ID);

  const firstCorresponding = corresponding[0];
  return {
    location,
    DB: "OPENALEX",
    UT: null,
    PY: num(work.publication_year),
    TC: num(work.cited_by_count) ?? 0,
    AU,
    TI: title === null ? null : rToUpper(title),
    SO: soName === null ? null : rToUpper(soName),
    DT: str(work.type) === null ? null : rToUpper(str(work.type)!),
    DE,
    ID,
    C1,
    RP,
    CR: rToUpper(refs.join("; ")),
    DI: openAlexDoi(str(work.doi)),
    // bibliometrix's API data frame has no JI/J9 column, so R pastes an empty source into SR
    // ("MASSIMO ARIA, 2017, "); an empty JI reproduces that label.
    JI: "",
    J9: null,
    AU_CO: countriesFromIso2(authors.flatMap((a) => a.countries)),
    AU1_CO: firstCorresponding ? countriesFromIso2(firstCorresponding.countries.slice(0, 1)) : null,
    extra,
    SR: "",
  };
}

/**
 * Drill-down data: from a theme, keyword, source, author, country or year to its documents.
 * Written as static files under public/reports/<slug>/ and fetched by the page's small client
 * script only when a reader opens an item:
 *   documents.json          DrillDocument[] (id = index), title/authors/year/source/DOI only
 *   facets-<kind>.json      { [item]: documentIds[] }, ids ascending
 * Item keys are written exactly as the tables show them (keywords upper-case as tableTag gives
 * them, sources without commas as bibliometrix prints them, themes by label).
 */
import { doiUrl } from "../../src/lib/doi.ts";
import type { DrillDocument, FacetKind } from "./page-data.ts";

export { doiUrl };

/** What the build knows about each analysed document (the lead maps BibRecord to this). */
export interface DrillSourceRecord {
  TI: string;
  AU: string[];
  PY: number | null;
  SO: string;
  DI: string | null;
  /** Items of the keyword field the analyses used (e.g. ID), as tableTag splits them. */
  keywords: string[];
  /** Corresponding author's country (AU1_CO), or null. */
  country: string | null;
}

export interface DrilldownData {
  documents: DrillDocument[];
  facets: Partial<Record<FacetKind, Record<string, number[]>>>;
}

/** Themes as word lists (thematic map words table: Words lower-case, Cluster_Label). */
export type ThemeWords = { label: string; words: string[] }[];

function add(index: Map<string, number[]>, key: string, id: number): void {
  const k = key.trim();
  if (k === "") return;
  const ids = index.get(k);
  if (!ids) index.set(k, [id]);
  else if (ids[ids.length - 1] !== id) ids.push(id);
}

/** Keys sorted by code point so the JSON is byte-stable. */
function toObject(index: Map<string, number[]>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const key of [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) out[key] = index.get(key)!;
  return out;
}

export function buildDrilldown(records: readonly DrillSourceRecord[], themes: ThemeWords = []): DrilldownData {
  const keyword = new Map<string, number[]>();
  const source = new Map<string, number[]>();
  const author = new Map<string, number[]>();
  const country = new Map<string, number[]>();
  const year = new Map<string, number[]>();
  const theme = new Map<string, number[]>();
  const themeOfWord = new Map<string, string[]>();
  for (const t of themes) for (const w of t.words) themeOfWord.set(w.toLowerCase(), [...(themeOfWord.get(w.toLowerCase()) ?? []), t.label]);

  const documents: DrillDocument[] = records.map((r, id) => {
    for (const k of r.keywords) add(keyword, k, id);
    add(source, r.SO.replace(/,/g, ""), id);
    for (const a of r.AU) add(author, a, id);
    if (r.country) add(country, r.country, id);
    if (r.PY !== null) add(year, String(r.PY), id);
    const labels = new Set<string>();
    for (const k of r.keywords) for (const label of themeOfWord.get(k.trim().toLowerCase()) ?? []) labels.add(label);
    for (const label of labels) add(theme, label, id);
    return { id, TI: r.TI, AU: r.AU.join("; "), PY: r.PY, SO: r.SO, DI: r.DI && doiUrl(r.DI) ? r.DI.trim() : null };
  });
  const facets: DrilldownData["facets"] = {
    keyword: toObject(keyword),
    source: toObject(source),
    author: toObject(author),
    country: toObject(country),
    year: toObject(year),
  };
  if (themes.length > 0) facets.theme = toObject(theme);
  return { documents, facets };
}

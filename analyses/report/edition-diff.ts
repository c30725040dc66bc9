/**
 * "What changed since the last edition": the differences between two editions of one report,
 * computed from a small summary of each edition's results (an EditionSnapshot, made by the build
 * from the results it already has). Pure: snapshots in, changes out; every list in a stable order.
 */
import { collate } from "../util/r-semantics.ts";

export interface EditionTheme {
  label: string;
  /** The theme's words (thematic map cluster members). */
  words: string[];
  /** Quadrant name as the thematic map figure assigns it ("Motor themes", ..., or "Borderline"). */
  quadrant: string;
}

/** What the diff needs of one edition's results; `null` = the analysis was not run or not available. */
export interface EditionSnapshot {
  id: string;
  title: string;
  annualProduction: { year: number; articles: number }[];
  themes: EditionTheme[] | null;
  /** Trend topic terms. */
  trendTopics: string[] | null;
  /** Sources, most productive first (rank = position + 1). */
  sources: string[] | null;
  /** Authors, most productive first. */
  authors: string[] | null;
}

export interface YearChange {
  year: number;
  before: number;
  after: number;
  added: number;
}

export interface RankChange {
  name: string;
  /** Rank in the earlier edition (1 = first), null when absent from it. */
  before: number | null;
  /** Rank now, null when absent now. */
  after: number | null;
  /** Places gained (positive) or lost (negative); null when absent from either edition. */
  change: number | null;
}

export interface ThemeChanges {
  appeared: { label: string; quadrant: string }[];
  disappeared: { label: string; quadrant: string }[];
  /** Two or more earlier themes whose words now lie mostly in one theme. */
  merged: { into: string; from: string[] }[];
  movedQuadrant: { label: string; from: string; to: string }[];
}

export interface EditionChanges {
  from: { id: string; title: string };
  to: { id: string; title: string };
  /** Years whose document count differs, in year order. */
  documentsAdded: YearChange[];
  totalAdded: number;
  themes: ThemeChanges | null;
  newTrendTopics: string[] | null;
  sourceRanks: RankChange[] | null;
  authorRanks: RankChange[] | null;
}

/** How many leading entries of the source and author rankings are compared. */
export const RANK_TOP = 10;

export function diffEditions(before: EditionSnapshot, after: EditionSnapshot, top = RANK_TOP): EditionChanges {
  const documentsAdded = yearChanges(before.annualProduction, after.annualProduction);
  return {
    from: { id: before.id, title: before.title },
    to: { id: after.id, title: after.title },
    documentsAdded,
    totalAdded: documentsAdded.reduce((n, y) => n + y.added, 0),
    themes: before.themes && after.themes ? themeChanges(before.themes, after.themes) : null,
    newTrendTopics: before.trendTopics && after.trendTopics ? newItems(before.trendTopics, after.trendTopics) : null,
    sourceRanks: before.sources && after.sources ? rankChanges(before.sources, after.sources, top) : null,
    authorRanks: before.authors && after.authors ? rankChanges(before.authors, after.authors, top) : null,
  };
}

function yearChanges(before: EditionSnapshot["annualProduction"], after: EditionSnapshot["annualProduction"]): YearChange[] {
  const was = new Map(before.map((r) => [r.year, r.articles]));
  const now = new Map(after.map((r) => [r.year, r.articles]));
  const years = [...new Set([...was.keys(), ...now.keys()])].sort((a, b) => a - b);
  return years
    .map((year) => ({ year, before: was.get(year) ?? 0, after: now.get(year) ?? 0 }))
    .filter((y) => y.before !== y.after)
    .map((y) => ({ ...y, added: y.after - y.before }));
}

function newItems(before: readonly string[], after: readonly string[]): string[] {
  const was = new Set(before);
  return [...new Set(after.filter((t) => !was.has(t)))].sort(collate);
}

/**
 * The current top `top` with their earlier rank, then the earlier top `top` entries that left it
 * (with their rank now, or null). Ranks are list positions: the lists arrive already sorted the
 * way the report's tables show them.
 */
function rankChanges(before: readonly string[], after: readonly string[], top: number): RankChange[] {
  const rankIn = (list: readonly string[]): Map<string, number> => {
    const m = new Map<string, number>();
    list.forEach((name, i) => {
      if (!m.has(name)) m.set(name, i + 1);
    });
    return m;
  };
  const was = rankIn(before);
  const now = rankIn(after);
  const row = (name: string): RankChange => {
    const b = was.get(name) ?? null;
    const a = now.get(name) ?? null;
    return { name, before: b, after: a, change: b !== null && a !== null ? b - a : null };
  };
  const current = after.slice(0, top);
  const shown = new Set(current);
  const left = before.slice(0, top).filter((n) => !shown.has(n));
  return [...current.map(row), ...left.map(row)];
}

function themeChanges(before: readonly EditionTheme[], after: readonly EditionTheme[]): ThemeChanges {
  // Where each earlier theme's words lie now: the current theme holding most of them
  // (ties: the label first in collation order, so the answer does not depend on cluster order).
  const themeOfWord = new Map<string, string>();
  for (const t of after) for (const w of t.words) themeOfWord.set(w, t.label);
  const labelsNow = new Set(after.map((t) => t.label));
  const destination = new Map<string, string>();
  for (const t of before) {
    // A theme whose label is still on the map is still that theme (it may have moved quadrant),
    // never also a part of another theme's merge.
    if (labelsNow.has(t.label)) {
      destination.set(t.label, t.label);
      continue;
    }
    const counts = new Map<string, number>();
    for (const w of t.words) {
      const to = themeOfWord.get(w);
      if (to !== undefined) counts.set(to, (counts.get(to) ?? 0) + 1);
    }
    const best = [...counts].sort(([la, a], [lb, b]) => b - a || collate(la, lb))[0];
    if (best) destination.set(t.label, best[0]);
  }
  const sources = new Map<string, string[]>();
  for (const t of before) {
    const to = destination.get(t.label);
    if (to !== undefined) sources.set(to, [...(sources.get(to) ?? []), t.label]);
  }
  const merged = [...sources]
    .filter(([, from]) => from.length >= 2)
    .map(([into, from]) => ({ into, from: [...from].sort(collate) }))
    .sort((a, b) => collate(a.into, b.into));
  const mergedFrom = new Set(merged.flatMap((m) => m.from));
  const mergedInto = new Set(merged.map((m) => m.into));

  const beforeBy = new Map(before.map((t) => [t.label, t]));
  const afterBy = new Map(after.map((t) => [t.label, t]));
  const byLabel = <T extends { label: string }>(a: T, b: T): number => collate(a.label, b.label);
  return {
    // A merge's result is reported as the merge, not also as a new theme; likewise its parts.
    appeared: after.filter((t) => !beforeBy.has(t.label) && !mergedInto.has(t.label)).map((t) => ({ label: t.label, quadrant: t.quadrant })).sort(byLabel),
    disappeared: before.filter((t) => !afterBy.has(t.label) && !mergedFrom.has(t.label)).map((t) => ({ label: t.label, quadrant: t.quadrant })).sort(byLabel),
    merged,
    movedQuadrant: after
      .filter((t) => beforeBy.has(t.label) && beforeBy.get(t.label)!.quadrant !== t.quadrant)
      .map((t) => ({ label: t.label, from: beforeBy.get(t.label)!.quadrant, to: t.quadrant }))
      .sort(byLabel),
  };
}

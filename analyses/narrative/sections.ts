import type { Bradford } from "../descriptives/bradford.ts";
import type { CorrespondingCountries } from "../descriptives/corresponding-countries.ts";
import type { Lotka } from "../descriptives/lotka.ts";
import type { MostCitedDocuments } from "../descriptives/most-cited-documents.ts";
import type { RelevantAuthors } from "../descriptives/relevant-authors.ts";
import type { RelevantSources } from "../descriptives/relevant-sources.ts";
import type { ThematicEvolutionResult } from "../thematic/thematic-evolution.ts";
import type { Quadrant, ThematicMapResult } from "../thematic/thematic-map.ts";
import type { KeywordFrequency } from "../words/keyword-frequency.ts";
import type { TrendTopics } from "../words/trend-topics.ts";

/**
 * Prose for each result section, from the results alone and in the manner of a bibliometric study's
 * text. Every number printed here is a value of the section's table, formatted the same way, so a
 * test can find each one there. Terms appear lower-cased as the tables show them.
 */

const int = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const n = (x: number): string => int.format(x);
const plural = (x: number, one: string, many: string): string => `${n(x)} ${x === 1 ? one : many}`;
const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const lower = (s: string): string => s.toLowerCase();
/** A share as a percentage with one decimal, as the Lotka table shows it. */
const pct = (share: number): string => String(Math.round(share * 1000) / 10);

const FIELD_NAMES: Record<string, string> = {
  ID: "Keywords Plus",
  DE: "author keywords",
  KW_Merged: "keywords (author keywords and Keywords Plus)",
  TI: "title terms",
  AB: "abstract terms",
};
const fieldName = (f: string): string => FIELD_NAMES[f] ?? f;

export function keywordsNarrative(k: KeywordFrequency): string[] {
  const top = k.rows.slice(0, 5);
  if (top.length === 0) return [`No ${fieldName(k.field)} were found in the ${plural(k.documents, "document", "documents")}.`];
  const share = k.minDocs > 1 ? ` Only terms found in at least ${plural(k.minDocs, "document", "documents")} are kept.` : "";
  return [
    `The ${plural(k.documents, "document", "documents")} carry ${plural(k.distinctTerms, `distinct term of ${fieldName(k.field)}`, `distinct terms of ${fieldName(k.field)}`)}.${share} ` +
      `The most frequent are ${list(top.map((r) => `${lower(r.term)} (${n(r.freq)})`))}.`,
  ];
}

const QUADRANT_TEXT: Record<Exclude<Quadrant, "on axis">, string> = {
  "Motor Themes": "motor themes, well developed and central to the field",
  "Basic Themes": "basic themes, central but not yet developed",
  "Niche Themes": "niche themes, developed but peripheral",
  "Emerging or Declining Themes": "emerging or declining themes, peripheral and weakly developed",
};

export function thematicMapNarrative(m: ThematicMapResult): string[] {
  if (m.clusters.length === 0) return ["The keyword network is too sparse for themes to form."];
  const paragraphs = [
    `The co-word network of the ${plural(m.networkVertices, "keyword", "keywords")} that occur at least ${plural(m.minFreqEffective, "time", "times")} ` +
      `forms ${plural(m.clusters.length, "theme", "themes")}, placed by centrality (their links to other themes) and density (their internal cohesion).`,
  ];
  const parts: string[] = [];
  for (const quadrant of Object.keys(QUADRANT_TEXT) as (keyof typeof QUADRANT_TEXT)[]) {
    const themes = m.clusters.filter((c) => c.quadrant === quadrant).sort((a, b) => b.freq - a.freq);
    if (themes.length > 0) parts.push(`${list(themes.map((t) => lower(t.label)))} ${themes.length === 1 ? "is a" : "are"} ${QUADRANT_TEXT[quadrant].replace("themes", themes.length === 1 ? "theme" : "themes")}`);
  }
  if (parts.length > 0) paragraphs.push(`${parts.join("; ")}.`.replace(/^./, (c) => c.toUpperCase()));
  return paragraphs;
}

export function thematicEvolutionNarrative(e: ThematicEvolutionResult): string[] {
  const periods = e.slices.map((s) => `${s.period} (${plural(s.documents, "document", "documents")}, ${plural(s.map.clusters.length, "theme", "themes")})`);
  const paragraphs = [`The corpus is cut into ${plural(e.slices.length, "period", "periods")}: ${list(periods)}.`];
  const strongest = [...e.links].sort((a, b) => b.incWeighted - a.incWeighted || (a.from < b.from ? -1 : 1)).slice(0, 3);
  if (strongest.length > 0) {
    const label = (node: string): string => lower(node.split("--")[0] ?? node);
    paragraphs.push(
      `The strongest lines of descent, by weighted inclusion, run from ${list(strongest.map((l) => `${label(l.from)} to ${label(l.to)} (${l.incWeighted.toFixed(2)})`))}.`,
    );
  }
  return paragraphs;
}

export function trendTopicsNarrative(t: TrendTopics): string[] {
  const rows = t.selected.filter((r) => r.yearMedian !== null);
  if (rows.length === 0) return [`No term occurs at least ${plural(t.minFreq, "time", "times")} a year range could be given for.`];
  const latest = Math.max(...rows.map((r) => r.yearMedian!));
  const recent = rows.filter((r) => r.yearMedian === latest).sort((a, b) => b.freq - a.freq);
  const earliest = Math.min(...rows.map((r) => r.yearMedian!));
  const early = rows.filter((r) => r.yearMedian === earliest).sort((a, b) => b.freq - a.freq);
  return [
    `Each term's median year places it in time. The newest topics, with a median year of ${latest}, are ${list(recent.map((r) => `${lower(r.item)} (${n(r.freq)})`))}; ` +
      `the oldest, from ${earliest}, ${early.length === 1 ? "is" : "are"} ${list(early.map((r) => lower(r.item)))}.`,
  ];
}

export function sourcesNarrative(s: RelevantSources, b: Bradford | null): string[] {
  const top = s.rows.slice(0, 3);
  const paragraphs = top.length > 0 ? [`The most productive sources are ${list(top.map((r) => `${r.source} (${plural(r.articles, "document", "documents")})`))}.`] : [];
  const core = b?.zones.find((z) => z.zone === 1);
  if (b && core) {
    paragraphs.push(
      `Following Bradford's law, a core of ${plural(core.sources, "source", "sources")} publishes ${plural(core.documents, "document", "documents")}, about a third of the ${n(b.documents)}.`,
    );
  }
  return paragraphs;
}

export function authorsNarrative(a: RelevantAuthors, l: Lotka | null): string[] {
  const top = a.articles.slice(0, 3);
  const paragraphs = top.length > 0 ? [`The most productive authors are ${list(top.map((r) => `${r.author} (${plural(r.articles, "document", "documents")})`))}.`] : [];
  const once = l?.rows.find((r) => r.documentsWritten === 1);
  if (l && once) {
    paragraphs.push(
      `${pct(once.proportion)} % of the authors wrote a single document; Lotka's law predicts ${pct(once.theoretical)} %.`,
    );
  }
  return paragraphs;
}

export function countriesNarrative(c: CorrespondingCountries): string[] {
  const top = c.rows.slice(0, 3);
  if (top.length === 0) return [];
  return [
    `By the corresponding author's country, ${list(top.map((r) => `${r.country} (${plural(r.articles, "document", "documents")}, ${n(r.mcp)} with foreign co-authors)`))} lead.`,
  ];
}

export function mostCitedNarrative(m: MostCitedDocuments): string[] {
  const top = m.rows[0];
  if (!top) return [];
  return [`The most cited document is ${top.SR}, with ${plural(top.TC, "citation", "citations")}${top.tcPerYear !== null ? ` (${top.tcPerYear.toFixed(2)} a year up to ${m.referenceYear})` : ""}.`];
}

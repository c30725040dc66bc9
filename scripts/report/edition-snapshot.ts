/**
 * One edition's results reduced to what "What changed since the last edition" compares
 * (analyses/report/edition-diff.ts): documents per year, themes with their words and quadrant,
 * trend topic terms, and the source and author rankings as the report's tables order them.
 */
import type { EditionSnapshot } from "../../analyses/report/edition-diff.ts";
import type { CorpusResults } from "../../analyses/report/analyze-corpus.ts";
import { quadrantOf } from "../figures/thematic-map.ts";
import { reportAnalyses } from "../site/report-analyses.ts";

const available = <T extends object>(v: T | { unavailable: string } | undefined): T | null => (v === undefined || "unavailable" in v ? null : (v as T));

export function editionSnapshot(id: string, title: string, results: CorpusResults): EditionSnapshot {
  const a = reportAnalyses(results);
  const tm = available(a.thematicMap);
  const tt = available(a.trendTopics);
  const so = available(a.sources);
  const au = available(a.authors);
  return {
    id,
    title,
    annualProduction: results.annualProduction.rows.map((r) => ({ year: r.year, articles: r.articles })),
    themes: tm
      ? tm.clusters.map((c, i) => ({
          label: c.label,
          // Word-to-cluster membership as the drill-down uses it (membership_group, else position).
          words: (tm.words ?? []).filter((w) => w.Cluster === (c.membership_group ?? i + 1)).map((w) => w.Words),
          quadrant: quadrantOf(c, tm.axisOrigin).quadrant,
        }))
      : null,
    trendTopics: tt ? tt.df_graph.map((r) => r.item) : null,
    sources: so ? so.full.map((r) => r.source) : null,
    authors: au ? au.full_articles.map((r) => r.author) : null,
  };
}

/**
 * A report's results when its report-level cache entry missed: each analysis whose own key still
 * matches comes from the cache, the corpus comes from the cache when its exports, import options,
 * filters and engine are unchanged, and only the rest is computed (then stored). The engine
 * assembles cached and fresh results in report order, so the results equal a cold run's.
 */
import type { Corpus } from "../../analyses/corpus/build-corpus.ts";
import {
  analysisResult,
  analyzeImportedParallel,
  importCorpus,
  planAnalyses,
  type AnalysisProgress,
  type AnalysisRun,
} from "../../analyses/report/analyze-corpus.ts";
import { startAnalysisWorker } from "../../analyses/report/parallel/parallel-runner.ts";
import { reportAnalysisOptions, reportInputs } from "./analyze-report.ts";
import type { LoadedReport } from "./load-report.ts";
import { analysisEntryKey, corpusKey, missReasons, type MissReason } from "./report-cache-key.ts";
import type { ReportCache } from "./report-cache.ts";

export interface CachedRunSummary {
  /** Where the corpus came from; "not needed" when every analysis was cached and no records were asked for. */
  corpus: "from cache" | "imported" | "not needed";
  computed: { id: string; reasons: MissReason[] }[];
  fromCache: string[];
}

export interface CachedRun {
  /** Results, and the corpus when it was loaded (records are empty when it was "not needed"). */
  run: AnalysisRun;
  summary: CachedRunSummary;
}

export interface CachedRunOptions {
  /** The caller needs the records (drill-down lists): load the corpus even if every analysis is cached. */
  needRecords: boolean;
  onProgress?: (event: AnalysisProgress | { kind: "corpus-cached"; ms: number; records: number }) => void;
}

/** `cacheSlug` names the report's entries (an edition has its own). */
export async function analyzeWithCache(report: LoadedReport, cacheSlug: string, cache: ReportCache, options: CachedRunOptions): Promise<CachedRun> {
  const engineOptions = { ...reportAnalysisOptions(report), ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
  const cKey = corpusKey(report);
  const reuse: Record<string, unknown> = {};
  const fromCache: string[] = [];
  const missing: { id: string; key: ReturnType<typeof analysisEntryKey>; reasons: MissReason[] }[] = [];
  for (const planned of planAnalyses(engineOptions)) {
    const key = analysisEntryKey(cKey, planned, engineOptions.referenceYear, report);
    const entry = cache.readAnalysisEntry(cacheSlug, planned.id, key.key);
    if (entry) {
      reuse[planned.id] = entry.result;
      fromCache.push(planned.id);
    } else {
      missing.push({ id: planned.id, key, reasons: missReasons(key.parts, cache.lastAnalysisEntryParts(cacheSlug, planned.id)) });
    }
  }

  // The worker that takes half the analyses loads the engine while the corpus is read.
  if (missing.length > 1) void startAnalysisWorker();
  let corpus: Corpus | null = null;
  let source: CachedRunSummary["corpus"] = "not needed";
  let importMs: number | null = null;
  if (missing.length === 0 && !options.needRecords) {
    const ledger = cache.readCorpusLedger(cacheSlug, cKey.key);
    // Every analysis is reused, so the engine reads no record: the ledger is all the results take.
    if (ledger) corpus = { records: [], ledger };
  }
  if (!corpus) {
    const t0 = performance.now();
    corpus = cache.readCorpus(cacheSlug, cKey.key);
    if (corpus) {
      source = "from cache";
      options.onProgress?.({ kind: "corpus-cached", ms: performance.now() - t0, records: corpus.records.length });
    } else {
      const imported = importCorpus(reportInputs(report), engineOptions);
      corpus = imported.corpus;
      importMs = imported.ms;
      source = "imported";
      cache.writeCorpus(cacheSlug, cKey, corpus);
    }
  }

  // The analyses left to compute, on two threads (same results as one: see analyzeImportedParallel).
  const run = await analyzeImportedParallel(corpus, engineOptions, reuse);
  for (const m of missing) cache.writeAnalysisEntry(cacheSlug, m.id, m.key, { result: analysisResult(run.results, m.id), ms: run.timings[m.id]! });
  return {
    run: { ...run, timings: importMs === null ? run.timings : { import: importMs, ...run.timings } },
    summary: { corpus: source, computed: missing.map((m) => ({ id: m.id, reasons: m.reasons })), fromCache },
  };
}

/**
 * "1 analysis computed (thematicMap: parameters changed), 23 from cache, corpus from cache".
 * Computed analyses are grouped by reason; a reason every analysis shares reads "all".
 */
export function describeCachedRun(summary: CachedRunSummary): string {
  const total = summary.computed.length + summary.fromCache.length;
  const byReason = new Map<string, string[]>();
  for (const c of summary.computed) {
    const reason = c.reasons.join(", ");
    byReason.set(reason, [...(byReason.get(reason) ?? []), c.id]);
  }
  const why = [...byReason].map(([reason, ids]) => `${ids.length === total && total > 1 ? "all" : ids.join(", ")}: ${reason}`).join("; ");
  const n = summary.computed.length;
  return (
    `${n} ${n === 1 ? "analysis" : "analyses"} computed${n ? ` (${why})` : ""}, ` +
    `${summary.fromCache.length} from cache, corpus ${summary.corpus === "not needed" ? "not needed" : summary.corpus}`
  );
}

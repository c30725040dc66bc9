/**
 * One report of the build: its results from the cache or from the engine, then its page and
 * downloads from the cache or from emitReport. Each change costs what it must:
 *   exports / import options / filters / engine changed -> corpus imported, analyses recomputed
 *   one analysis's parameters changed                   -> that analysis alone, on the cached corpus
 *   thesaurus changed                                   -> the analyses that read it
 *   report.mdx prose or page code changed               -> page regenerated from cached results
 *   nothing changed                                     -> cached files copied back, nothing computed
 * (see scripts/report/cached-analysis.ts for the corpus and per-analysis levels).
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { ReportIndexEntry } from "../pages/page-data.ts";
import { analyzeWithCache, describeCachedRun, type CachedRunOptions, type CachedRunSummary } from "../report/cached-analysis.ts";
import { listFiles, sha256 } from "../report/content-hash.ts";
import { loadEditions } from "../report/load-editions.ts";
import type { LoadedReport } from "../report/load-report.ts";
import { analysisKey, missReasons, pageKey, type MissReason } from "../report/report-cache-key.ts";
import type { CachedAnalysis, ReportCache } from "../report/report-cache.ts";
import type { EditionPage } from "./emit-report.ts";
import { formatMs, type BuildProgress } from "./build-progress.ts";

/** The folders a report's generated files go to (emptied at the start of every build). */
export const GENERATED_DIRS = ["src/generated", "src/pages/reports", "public/reports"] as const;

/** Deletes a report's generated files (before regenerating it alone, or when its folder is gone). */
export function removeReportOutputs(root: string, slug: string): void {
  for (const file of [`src/generated/reports/${slug}.json`, `src/pages/reports/${slug}.mdx`, `public/reports/${slug}`]) {
    rmSync(join(root, file), { recursive: true, force: true });
  }
}

export interface ReportBuildOutcome {
  slug: string;
  /** "computed" with the reasons and what was reused below the report level, or "cached". */
  analysis: { status: "cached" } | { status: "computed"; reasons: MissReason[]; detail: CachedRunSummary };
  /** "restored" from the cache or "generated" by emitReport. */
  page: "restored" | "generated";
  entry: ReportIndexEntry;
  records: { read: number; analysed: number; rejected: number };
  /** Wall time of this report in the build (ms). */
  ms: number;
  /** Engine stage timings of this run (empty when cached). */
  timings: Record<string, number>;
}

const mb = (bytes: number): string => (bytes < 1e6 ? `${Math.ceil(bytes / 1e3)} kB` : `${(bytes / 1e6).toFixed(1)} MB`);

export async function buildReport(root: string, report: LoadedReport, cache: ReportCache, progress: BuildProgress): Promise<ReportBuildOutcome> {
  const t0 = performance.now();
  const { slug } = report;
  const key = analysisKey(report);
  const editions = await editionResults(report, cache, progress);
  // The page shows the editions' results too: their keys are part of the page's.
  const pKey = pageKey(report, editions.length ? { ...key, key: sha256(key.key, ...editions.map((e) => `${e.id}:${e.key}`)) } : key, root);

  let analysis: CachedAnalysis | null = cache.readAnalysis(slug, key.key);
  let status: ReportBuildOutcome["analysis"] = { status: "cached" };
  let timings: Record<string, number> = {};
  if (!analysis) {
    const reasons = missReasons(key.parts, cache.lastParts(slug));
    const bytes = report.exports.reduce((n, e) => n + e.bytes.length, 0);
    progress.info(`${slug}: computing (reason: ${reasons.join(", ")}): ${report.exports.length} export file(s), ${mb(bytes)}`);
    const { run, summary } = await analyzeWithCache(report, slug, cache, { needRecords: true, onProgress: liveProgress(progress) });
    status = { status: "computed", reasons, detail: summary };
    timings = run.timings;
    progress.info(`${slug}: ${describeCachedRun(summary)}`);
    const keywordField = (run.results.params.keywords as { field?: string } | undefined)?.field ?? "ID";
    const { drillDocuments } = await import("./report-analyses.ts");
    analysis = { results: run.results, documents: drillDocuments(run.corpus.records, keywordField), timings: run.timings };
    cache.writeAnalysis(slug, key, analysis);
  }

  const { ledger } = analysis.results;
  for (const problem of ledger.rejected) {
    progress.warn(`${slug}: ${problem.location.file}:${problem.location.line}: ${problem.reason} (record skipped)`);
  }
  for (const warning of ledger.warnings) {
    progress.warn(`${slug}: ${warning.file}${warning.line ? `:${warning.line}` : ""}: ${warning.message}`);
  }

  let page: ReportBuildOutcome["page"] = "restored";
  let entry = cache.restorePage(slug, pKey, root);
  if (!entry) {
    page = "generated";
    const t1 = performance.now();
    // Reports are emitted one after another into emptied folders: what appears now is this report's
    // (found by listing, not by a fixed list, so a file the page step adds later is cached too).
    const before = generatedFiles(root);
    entry = await emitPage(root, report, analysis, editions);
    const files = [...generatedFiles(root)].filter((f) => !before.has(f)).sort();
    cache.writePage(slug, pKey, root, files, entry);
    progress.info(`  page and downloads: ${formatMs(performance.now() - t1)} (${files.length} files)`);
  }

  const ms = performance.now() - t0;
  const how =
    status.status === "cached"
      ? page === "restored"
        ? "cached"
        : "cached (results; page regenerated: report.mdx or page code changed)"
      : `computed (reason: ${status.reasons.join(", ")})`;
  progress.info(`${slug}: ${how}`);
  // This line's shape is what tests and users grep for: keep it stable.
  progress.info(
    `${slug}: ${report.exports.length} files, ${ledger.read} records read, ${ledger.rejected.length} rejected, ` +
      `${ledger.duplicates.length} duplicates, ${ledger.filtered.length} filtered, ${ledger.kept} analysed (${Math.round(ms)} ms)`,
  );
  return {
    slug,
    analysis: status,
    page,
    entry,
    records: { read: ledger.read, analysed: ledger.kept, rejected: ledger.rejected.length },
    ms,
    timings,
  };
}

/** Page data, figures and downloads of one report (modules loaded on first use: a cached build never needs them). */
async function emitPage(root: string, report: LoadedReport, analysis: CachedAnalysis, editions: EditionPage[]): Promise<ReportIndexEntry> {
  const [{ emitReport }, { reportAnalyses }, { indexEntryFromPage, pageDataFromResults }] = await Promise.all([
    import("./emit-report.ts"),
    import("./report-analyses.ts"),
    import("./page-data-from-results.ts"),
  ]);
  const data = pageDataFromResults(
    { slug: report.slug, config: report.config, exportNames: report.exports.map((e) => e.name) },
    analysis.results,
  );
  const page = await emitReport(root, data, {
    results: analysis.results,
    analyses: reportAnalyses(analysis.results),
    documents: analysis.documents,
    ...(editions.length ? { editions } : {}),
    ...(report.body.trim() ? { authorBodyFile: join(report.dir, "report.mdx") } : {}),
  });
  return indexEntryFromPage(page);
}

/**
 * The results of each earlier edition (front matter `editions:`), from the cache or the engine.
 * Each edition is its own cache entry (slug "<slug>.edition-<id>"), keyed by its own exports and
 * parameters only: adding exports to the report does not touch an edition that excludes them.
 */
async function editionResults(report: LoadedReport, cache: ReportCache, progress: BuildProgress): Promise<(EditionPage & { key: string })[]> {
  const out: (EditionPage & { key: string })[] = [];
  for (const edition of await loadEditions(report)) {
    const cacheSlug = `${report.slug}.edition-${edition.id}`;
    const key = analysisKey(edition.report);
    let cached = cache.readAnalysis(cacheSlug, key.key);
    if (!cached) {
      const reasons = missReasons(key.parts, cache.lastParts(cacheSlug));
      progress.info(`${report.slug}: edition ${edition.id}: computing (reason: ${reasons.join(", ")})`);
      // The drill-down lists are the current edition's only: an edition keeps its results.
      const { run, summary } = await analyzeWithCache(edition.report, cacheSlug, cache, { needRecords: false, onProgress: liveProgress(progress) });
      progress.info(`${report.slug}: edition ${edition.id}: ${describeCachedRun(summary)}`);
      cached = { results: run.results, documents: [], timings: run.timings };
      cache.writeAnalysis(cacheSlug, key, cached);
    } else {
      progress.info(`${report.slug}: edition ${edition.id}: cached`);
    }
    out.push({ id: edition.id, title: edition.title, results: cached.results, key: key.key });
  }
  return out;
}

/** The engine's events as progress lines, printed as they happen: each file read, the import, each analysis run. */
function liveProgress(progress: BuildProgress): NonNullable<CachedRunOptions["onProgress"]> {
  return (event) => {
    switch (event.kind) {
      case "file": {
        const f = event.file;
        progress.info(`  ${f.file}: ${f.recordsRead.toLocaleString("en-US")} records (${f.format})${f.rejected ? `, ${f.rejected} rejected` : ""}`);
        return;
      }
      case "import":
        progress.info(`  import: ${formatMs(event.ms)} (${event.records.toLocaleString("en-US")} records kept)`);
        return;
      case "corpus-cached":
        progress.info(`  corpus from cache: ${event.records.toLocaleString("en-US")} records (${formatMs(event.ms)})`);
        return;
      case "analysis":
        progress.info(`  ${event.id}: ${formatMs(event.ms)}`);
    }
  };
}

/** Every file now in the generated folders, relative to `root` with forward slashes. */
function generatedFiles(root: string): Set<string> {
  const out = new Set<string>();
  for (const dir of GENERATED_DIRS) for (const rel of listFiles(join(root, dir))) out.add(`${dir}/${rel}`);
  return out;
}

import { rmSync } from "node:fs";
import { join } from "node:path";
import { build as astroBuild } from "astro";
import { writeSiteIndex } from "../pages/write-report-page.ts";
import type { ReportIndexEntry } from "../pages/page-data.ts";
import { analyzeReport } from "../report/analyze-report.ts";
import { findReports, loadReport, type LoadedReport } from "../report/load-report.ts";
import { emitReport } from "./emit-report.ts";
import { drillDocuments, reportAnalyses } from "./report-analyses.ts";
import { indexSite } from "./search-index.ts";
import { indexEntryFromPage, pageDataFromResults } from "./page-data-from-results.ts";

export interface BuildOptions {
  /** The Astro project to build (holds astro.config.mjs and src/). */
  root: string;
  /** Folder holding reports/<slug>/report.mdx. */
  contentDir: string;
  quiet: boolean;
}

/**
 * Every report of `contentDir` -> generated pages and downloads under `root` -> astro build -> `root`/dist.
 * All reports are loaded and validated before anything is written, so a bad front matter leaves
 * the site untouched. Generated folders are emptied first: the site is a function of content alone.
 * `root` is an Astro project (the repository, or a copy of its site layer in tests).
 */
export async function buildSite(options: BuildOptions): Promise<void> {
  const ROOT = options.root;
  const log = (line: string): void => {
    if (!options.quiet) console.log(line);
  };
  const started = performance.now();
  const dirs = await findReports(options.contentDir);
  const reports: LoadedReport[] = [];
  for (const dir of dirs) reports.push(await loadReport(dir));

  for (const generated of ["src/generated", "src/pages/reports", "public/reports"]) {
    rmSync(join(ROOT, generated), { recursive: true, force: true });
  }

  const entries: ReportIndexEntry[] = [];
  let recordProblems = 0;
  for (const report of reports) {
    const t0 = performance.now();
    const { results, corpus, timings } = analyzeReport(report);
    const { ledger } = results;
    recordProblems += ledger.rejected.length;
    for (const problem of ledger.rejected) {
      console.warn(`warning: ${report.slug}: ${problem.location.file}:${problem.location.line}: ${problem.reason} (record skipped)`);
    }
    for (const warning of ledger.warnings) {
      console.warn(`warning: ${report.slug}: ${warning.file}${warning.line ? `:${warning.line}` : ""}: ${warning.message}`);
    }
    const data = pageDataFromResults(
      { slug: report.slug, config: report.config, exportNames: report.exports.map((e) => e.name) },
      results,
    );
    const keywordField = (results.params.keywords as { field?: string } | undefined)?.field ?? "ID";
    const page = await emitReport(ROOT, data, {
      results,
      analyses: reportAnalyses(results),
      documents: drillDocuments(corpus.records, keywordField),
      ...(report.body.trim() ? { authorBodyFile: join(report.dir, "report.mdx") } : {}),
    });
    entries.push(indexEntryFromPage(page));
    const slowest = Object.entries(timings)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([id, ms]) => `${id} ${Math.round(ms)} ms`);
    log(`${report.slug}: slowest stages: ${slowest.join(", ")}`);
    log(
      `${report.slug}: ${report.exports.length} files, ${ledger.read} records read, ${ledger.rejected.length} rejected, ` +
        `${ledger.duplicates.length} duplicates, ${ledger.filtered.length} filtered, ${ledger.kept} analysed ` +
        `(${Math.round(performance.now() - t0)} ms)`,
    );
  }
  writeSiteIndex(ROOT, entries);

  const t1 = performance.now();
  await astroBuild({ root: ROOT, logLevel: options.quiet ? "error" : "warn" });
  log(`site: astro build ${Math.round(performance.now() - t1)} ms`);
  const t2 = performance.now();
  const search = await indexSite(join(ROOT, "dist"));
  log(`site: search index of ${search.pages} pages ${Math.round(performance.now() - t2)} ms`);
  log(
    `built ${reports.length} report${reports.length === 1 ? "" : "s"} into dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s` +
      (recordProblems > 0 ? `; ${recordProblems} broken record(s) skipped, listed in each report's ledger` : ""),
  );
}


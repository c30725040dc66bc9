import { rmSync } from "node:fs";
import { join } from "node:path";
import { writeSiteIndex } from "../pages/write-report-page.ts";
import type { ReportIndexEntry } from "../pages/page-data.ts";
import { findReports, loadReport, type LoadedReport } from "../report/load-report.ts";
import { ReportCache } from "../report/report-cache.ts";
import { buildProgress, formatMs, type BuildProgress } from "./build-progress.ts";
import { buildReport, GENERATED_DIRS, type ReportBuildOutcome } from "./build-report.ts";
import { distHash, siteInputsHash, siteRebuildReason, writeSiteStamp } from "./site-stamp.ts";

export interface BuildOptions {
  /** The Astro project to build (holds astro.config.mjs and src/). */
  root: string;
  /** Folder holding reports/<slug>/report.mdx. */
  contentDir: string;
  quiet: boolean;
}

/**
 * The generation half of the build (everything before astro build; `npm run dev` runs it once,
 * then per changed report): load and validate every report, empty the generated folders, build
 * each report from the cache or the engine, write the home page's index.
 */
export async function generateReports(
  root: string,
  contentDir: string,
  progress: BuildProgress,
): Promise<{ reports: LoadedReport[]; outcomes: ReportBuildOutcome[] }> {
  const dirs = await findReports(contentDir);
  const reports: LoadedReport[] = [];
  for (const dir of dirs) reports.push(await loadReport(dir));

  for (const generated of GENERATED_DIRS) rmSync(join(root, generated), { recursive: true, force: true });

  const cache = new ReportCache(root);
  const outcomes: ReportBuildOutcome[] = [];
  for (const report of reports) outcomes.push(await buildReport(root, report, cache, progress));
  const entries: ReportIndexEntry[] = outcomes.map((o) => o.entry);
  writeSiteIndex(root, entries);
  return { reports, outcomes };
}

export interface BuildSummary {
  reports: ReportBuildOutcome[];
  /** Whether astro build (and the search index) ran, or dist/ was left as the last build made it. */
  site: { status: "built"; reason: string } | { status: "skipped" };
  ms: number;
}

/**
 * Every report of `contentDir` -> generated pages and downloads under `root` -> astro build -> `root`/dist.
 * All reports are loaded and validated before anything is written, so a bad front matter leaves
 * the site untouched. Generated folders are emptied first: the site is a function of content alone.
 * Results and generated files come from `root`/.bibliosite-cache/ when their inputs hash the same
 * (see build-report.ts), and astro build is skipped when the site's inputs and dist/ are unchanged.
 * `root` is an Astro project (the repository, or a copy of its site layer in tests).
 */
export async function buildSite(options: BuildOptions): Promise<BuildSummary> {
  const ROOT = options.root;
  const progress = buildProgress(options.quiet);
  const started = performance.now();
  const { reports, outcomes } = await generateReports(ROOT, options.contentDir, progress);

  const inputs = siteInputsHash(
    ROOT,
    reports.map((r) => ({ dir: r.dir, exportNames: r.exports.map((e) => e.name) })),
  );
  const reason = siteRebuildReason(ROOT, inputs);
  let site: BuildSummary["site"] = { status: "skipped" };
  if (reason === null) {
    progress.info("site: astro build skipped: generated pages, downloads and site sources hash the same as at the last build, and dist/ is intact");
  } else {
    site = { status: "built", reason };
    // Loaded here, not at the top: a build that skips Astro never pays for importing it.
    const [{ build: astroBuild }, { indexSite }] = await Promise.all([import("astro"), import("./search-index.ts")]);
    const t1 = performance.now();
    await astroBuild({ root: ROOT, logLevel: options.quiet ? "error" : "warn" });
    progress.info(`site: astro build (${reason}) ${formatMs(performance.now() - t1)}`);
    const t2 = performance.now();
    const search = await indexSite(join(ROOT, "dist"));
    progress.info(`site: search index of ${search.pages} pages ${formatMs(performance.now() - t2)}`);
    writeSiteStamp(ROOT, { inputs, dist: distHash(ROOT) });
  }

  const ms = performance.now() - started;
  // "alpha (1/24 analyses)": how much of each recomputed report its change actually cost.
  const computed = outcomes.flatMap((o) =>
    o.analysis.status === "computed" ? [`${o.slug} (${o.analysis.detail.computed.length}/${o.analysis.detail.computed.length + o.analysis.detail.fromCache.length} analyses)`] : [],
  );
  const cached = outcomes.filter((o) => o.analysis.status === "cached").map((o) => o.slug);
  const problems = outcomes.reduce((n, o) => n + o.records.rejected, 0);
  const records = outcomes.reduce((n, o) => n + o.records.read, 0);
  progress.info(
    `built ${reports.length} report${reports.length === 1 ? "" : "s"} into dist/ in ${(ms / 1000).toFixed(1)} s: ` +
      `${records.toLocaleString("en-US")} records; computed ${computed.length ? computed.join(", ") : "nothing"}; ` +
      `cached ${cached.length ? cached.join(", ") : "nothing"}; astro build ${site.status === "built" ? "ran" : "skipped"}` +
      (problems > 0 ? `; ${problems} broken record(s) skipped, listed in each report's ledger` : ""),
  );
  return { reports: outcomes, site, ms };
}

/**
 * The site layer on its own: a throwaway Astro project under test-artifacts/ made of the real
 * astro.config.mjs and src/ (components, layouts, lib, index page) plus the generated files of
 * the hand-written fixture report, written by the same modules the real build uses. It never
 * touches the repository's src/generated, src/pages/reports, public/ or dist/, so it can run
 * beside a real build.
 */
import { cpSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { emitReport, type ReportAnalyses } from "../../scripts/site/emit-report.ts";
import type { DrillSourceRecord } from "../../scripts/pages/drilldown.ts";
import { indexSite } from "../../scripts/site/search-index.ts";
import { indexEntryFromPage } from "../../scripts/site/page-data-from-results.ts";
import type { ReportPageData } from "../../scripts/pages/page-data.ts";
import { writeSiteIndex } from "../../scripts/pages/write-report-page.ts";
import { copySiteLayer as copyRepoSiteLayer } from "../../scripts/site/copy-site-layer.ts";
import { astroBuild, REPO_ROOT } from "./site-build.ts";

export const FIXTURE_DIR = join(REPO_ROOT, "tests", "fixtures", "site");
export const ARTIFACTS_DIR = join(REPO_ROOT, "test-artifacts");

export function loadFixturePageData(): ReportPageData {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, "page-data.json"), "utf8")) as ReportPageData;
}

/**
 * Results of the fixture's analyses (bibliometrix's outputs for ai-epilepsy-188, see
 * tests/fixtures/site/README.md) and its documents for the drill-down lists.
 */
export function loadFixtureAnalyses(): { analyses: ReportAnalyses; documents: DrillSourceRecord[] } {
  return {
    analyses: JSON.parse(readFileSync(join(FIXTURE_DIR, "analyses.json"), "utf8")) as ReportAnalyses,
    documents: JSON.parse(readFileSync(join(FIXTURE_DIR, "documents.json"), "utf8")) as DrillSourceRecord[],
  };
}

/** The fixture report goes through the real build's emit step, with every result section. */
export const writeReport = (rootDir: string, data: ReportPageData, opts: { authorBodyFile?: string } = {}) =>
  emitReport(rootDir, data, { ...opts, ...loadFixtureAnalyses() });


/** Copies the site layer (config + src/, minus generated files) into `root`, emptying it first. */
export function copySiteLayer(root: string): void {
  copyRepoSiteLayer(REPO_ROOT, root);
}

export interface FixtureSite {
  root: string;
  dist: string;
  base: string;
  buildMs: number;
  page: ReportPageData;
}

/** Writes the fixture project and builds it with `astro build` (BASE_URL = base). */
export async function buildFixtureSite(opts: { root?: string; base?: string } = {}): Promise<FixtureSite> {
  const root = opts.root ?? join(ARTIFACTS_DIR, "fixture-site");
  const base = opts.base ?? "/bibliosite";
  copySiteLayer(root);
  const data = loadFixturePageData();
  const authorFile = join(root, "content", "reports", data.slug, "report.mdx");
  mkdirSync(join(root, "content", "reports", data.slug), { recursive: true });
  cpSync(join(FIXTURE_DIR, "report.mdx"), authorFile);
  const page = await writeReport(root, data, { authorBodyFile: authorFile });
  writeSiteIndex(root, [indexEntryFromPage(page)]);
  const build = await astroBuild(root, base);
  await indexSite(join(root, "dist"));
  return { root, dist: join(root, "dist"), base, buildMs: build.ms, page };
}

/** The site layer with no report at all (no src/generated/index.json), BASE_URL unset. */
export async function buildEmptySite(root = join(ARTIFACTS_DIR, "empty-site")): Promise<{ dist: string; buildMs: number }> {
  copySiteLayer(root);
  const build = await astroBuild(root, undefined);
  return { dist: join(root, "dist"), buildMs: build.ms };
}

/**
 * `npm run dev`: live preview. Generates every report (from the cache where nothing changed),
 * starts `astro dev`, and watches content/reports/: when a report's folder changes (front matter
 * edited, an export dropped in or removed, thesaurus edited) that report alone is regenerated and
 * Astro's own watcher reloads the page. Prose edits in report.mdx need no regeneration (the page
 * imports the author's file; Astro reloads it), but run through the same path, which finds the
 * results cached and only rewrites the page. A report with an error is reported and left as it was;
 * the server keeps running. Options: --content DIR, --root DIR, --port N.
 */
import { existsSync, watch } from "node:fs";
import { join, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import type { ReportIndexEntry } from "./pages/page-data.ts";
import { writeSiteIndex } from "./pages/write-report-page.ts";
import { loadReport } from "./report/load-report.ts";
import { ReportCache } from "./report/report-cache.ts";
import { buildProgress } from "./site/build-progress.ts";
import { buildReport, removeReportOutputs } from "./site/build-report.ts";
import { generateReports } from "./site/build-site.ts";

const ROOT = resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { content: { type: "string" }, root: { type: "string" }, port: { type: "string" } } });
const root = resolve(values.root ?? ROOT);
const contentDir = resolve(values.content ?? join(ROOT, "content"));
const reportsDir = join(contentDir, "reports");
process.chdir(root); // Astro resolves part of its output against the working directory (see build.ts)

const progress = buildProgress(false);
const cache = new ReportCache(root);
const entries = new Map<string, ReportIndexEntry>();

/** Regenerates one report (or removes it when its folder or report.mdx is gone), then the home page's index. */
async function regenerate(slug: string): Promise<void> {
  const dir = join(reportsDir, slug);
  removeReportOutputs(root, slug);
  if (!existsSync(join(dir, "report.mdx"))) {
    entries.delete(slug);
    progress.info(`${slug}: removed`);
  } else {
    try {
      const outcome = await buildReport(root, await loadReport(dir), cache, progress);
      entries.set(slug, outcome.entry);
    } catch (error) {
      entries.delete(slug);
      console.error(`${slug}: not regenerated: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  writeSiteIndex(root, [...entries.values()]);
}

// Changes arrive in bursts (an editor's save, a copied file written in chunks): wait for quiet.
const pending = new Map<string, NodeJS.Timeout>();
let queue: Promise<void> = Promise.resolve();
function schedule(slug: string): void {
  clearTimeout(pending.get(slug));
  pending.set(
    slug,
    setTimeout(() => {
      pending.delete(slug);
      // One regeneration at a time: reports share the index and the engine's memory.
      queue = queue.then(() => regenerate(slug));
    }, 300),
  );
}

async function main(): Promise<void> {
  const { outcomes } = await generateReports(root, contentDir, progress);
  for (const o of outcomes) entries.set(o.slug, o.entry);
  watch(reportsDir, { recursive: true }, (_event, file) => {
    if (!file) return;
    const slug = file.split(sep)[0];
    if (slug && !slug.startsWith(".")) schedule(slug);
  });
  const { dev } = await import("astro");
  await dev({ root, ...(values.port ? { server: { port: Number(values.port) } } : {}) });
  progress.info(`dev: watching ${reportsDir} for changes`);
}

main().catch((error: unknown) => {
  console.error(`bibliosite dev failed: ${error instanceof Error ? error.message : String(error)}`);
  // exit, not exitCode: the content watcher would otherwise keep a server-less process alive.
  process.exit(1);
});

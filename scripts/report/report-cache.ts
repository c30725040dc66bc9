/**
 * The build cache under `<root>/.bibliosite-cache/` (gitignored; deleting it only costs time):
 *
 *   analyses/<slug>/<key>.v8      a report's results, drill-down documents and stage timings
 *   analyses/<slug>/last.json     the key parts of the last stored entry (to name why a miss missed)
 *   pages/<slug>/<key>/tree/...   the report's generated files, as they lie under the project root
 *   pages/<slug>/<key>/entry.json its home-page index entry
 *   site.json                     stamp of the last successful astro build (see site-stamp.ts)
 *
 * Entries are written to a temporary name and renamed, so an interrupted build leaves no half
 * entry. One entry per report and kind is kept: the cache never grows beyond the content.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { CorpusResults } from "../../analyses/report/analyze-corpus.ts";
import type { DrillSourceRecord } from "../pages/drilldown.ts";
import type { ReportIndexEntry } from "../pages/page-data.ts";
import type { AnalysisKey, AnalysisKeyParts } from "./report-cache-key.ts";

export const CACHE_DIR = ".bibliosite-cache";

/** What a report's analysis produced that the page needs: everything but the records themselves. */
export interface CachedAnalysis {
  results: CorpusResults;
  documents: DrillSourceRecord[];
  /** Stage timings of the run that computed it (ms), for the log. */
  timings: Record<string, number>;
}

export class ReportCache {
  readonly dir: string;

  constructor(root: string) {
    this.dir = join(root, CACHE_DIR);
  }

  private analysisFile(slug: string, key: string): string {
    return join(this.dir, "analyses", slug, `${key}.v8`);
  }

  /** The cached analysis under `key`, or null (absent or unreadable: a stale format is a miss, not an error). */
  readAnalysis(slug: string, key: string): CachedAnalysis | null {
    const file = this.analysisFile(slug, key);
    if (!existsSync(file)) return null;
    try {
      return deserialize(readFileSync(file)) as CachedAnalysis;
    } catch {
      return null;
    }
  }

  /** Key parts of the entry last stored for this report, or null. */
  lastParts(slug: string): AnalysisKeyParts | null {
    const file = join(this.dir, "analyses", slug, "last.json");
    if (!existsSync(file)) return null;
    try {
      return JSON.parse(readFileSync(file, "utf8")) as AnalysisKeyParts;
    } catch {
      return null;
    }
  }

  writeAnalysis(slug: string, key: AnalysisKey, value: CachedAnalysis): void {
    const dir = join(this.dir, "analyses", slug);
    emptyDir(dir);
    atomicWrite(this.analysisFile(slug, key.key), serialize(value));
    atomicWrite(join(dir, "last.json"), `${JSON.stringify(key.parts, null, 2)}\n`);
  }

  private pageDir(slug: string, key: string): string {
    return join(this.dir, "pages", slug, key);
  }

  /**
   * Copies the cached generated files of a report back under `root`; returns its index entry, or
   * null when there is no complete entry under `key`.
   */
  restorePage(slug: string, key: string, root: string): ReportIndexEntry | null {
    const dir = this.pageDir(slug, key);
    const entryFile = join(dir, "entry.json");
    if (!existsSync(entryFile)) return null;
    let entry: ReportIndexEntry;
    try {
      entry = JSON.parse(readFileSync(entryFile, "utf8")) as ReportIndexEntry;
    } catch {
      return null;
    }
    cpSync(join(dir, "tree"), root, { recursive: true });
    return entry;
  }

  /** Stores the report's generated files (`files`: paths relative to `root`) and its index entry. */
  writePage(slug: string, key: string, root: string, files: readonly string[], entry: ReportIndexEntry): void {
    const parent = join(this.dir, "pages", slug);
    emptyDir(parent);
    const tmp = join(parent, `.tmp-${key}`);
    rmSync(tmp, { recursive: true, force: true });
    for (const rel of files) {
      const to = join(tmp, "tree", rel);
      mkdirSync(dirname(to), { recursive: true });
      cpSync(join(root, rel), to);
    }
    // entry.json last: its presence marks a complete entry.
    writeFileSync(join(tmp, "entry.json"), `${JSON.stringify(entry, null, 2)}\n`);
    renameSync(tmp, this.pageDir(slug, key));
  }
}

function atomicWrite(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Removes everything in `dir` (creating it if needed): one entry per report and kind. */
function emptyDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
}

/**
 * The build cache under `<root>/.bibliosite-cache/` (gitignored; deleting it only costs time):
 *
 *   analyses/<slug>/<key>.v8      a report's results, drill-down documents and stage timings
 *   analyses/<slug>/last.json     the key parts of the last stored entry (to name why a miss missed)
 *   corpus/<slug>/<key>.v8        the imported corpus: its ledger, then its records in chunks
 *   analysis/<slug>/<id>/<key>.v8 one analysis's result, so a parameter change reruns that one only
 *   (each with its last.json)
 *   pages/<slug>/<key>/tree/...   the report's generated files, as they lie under the project root
 *   pages/<slug>/<key>/entry.json its home-page index entry
 *   site.json                     stamp of the last successful astro build (see site-stamp.ts)
 *
 * Entries are written to a temporary name and renamed, so an interrupted build leaves no half
 * entry. One entry per report and kind is kept: the cache never grows beyond the content.
 */
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Corpus, CorpusLedger } from "../../analyses/corpus/build-corpus.ts";
import type { BibRecord } from "../../analyses/model/record.ts";
import type { CorpusResults } from "../../analyses/report/analyze-corpus.ts";
import type { DrillSourceRecord } from "../pages/drilldown.ts";
import type { ReportIndexEntry } from "../pages/page-data.ts";
import type { AnalysisEntryParts, AnalysisKey, AnalysisKeyParts, CorpusKeyParts, PartedKey } from "./report-cache-key.ts";

export const CACHE_DIR = ".bibliosite-cache";

/** What a report's analysis produced that the page needs: everything but the records themselves. */
export interface CachedAnalysis {
  results: CorpusResults;
  documents: DrillSourceRecord[];
  /** Stage timings of the run that computed it (ms), for the log. */
  timings: Record<string, number>;
}

/** One analysis's cached result and how long computing it took (ms). */
export interface CachedAnalysisEntry {
  result: unknown;
  ms: number;
}

/**
 * Records per frame of a cached corpus: one v8.serialize of a million records would pass Node's
 * largest Buffer, and frames keep the peak memory of writing and reading at one chunk's copy.
 */
const RECORDS_PER_FRAME = 5000;

export class ReportCache {
  readonly dir: string;

  constructor(root: string) {
    this.dir = join(root, CACHE_DIR);
  }

  private analysisFile(slug: string, key: string): string {
    return join(this.dir, "analyses", slug, `${key}.v8`);
  }

  /** The folder of one kind of entry of one report ("corpus", or "analysis" and its id). */
  private slot(kind: "corpus" | "analysis", slug: string, id?: string): string {
    return id === undefined ? join(this.dir, kind, slug) : join(this.dir, kind, slug, id);
  }

  /** The cached analysis under `key`, or null (absent or unreadable: a stale format is a miss, not an error). */
  readAnalysis(slug: string, key: string): CachedAnalysis | null {
    return readV8<CachedAnalysis>(this.analysisFile(slug, key));
  }

  /** Key parts of the entry last stored for this report, or null. */
  lastParts(slug: string): AnalysisKeyParts | null {
    return readLast<AnalysisKeyParts>(join(this.dir, "analyses", slug));
  }

  lastCorpusParts(slug: string): CorpusKeyParts | null {
    return readLast<CorpusKeyParts>(this.slot("corpus", slug));
  }

  lastAnalysisEntryParts(slug: string, id: string): AnalysisEntryParts | null {
    return readLast<AnalysisEntryParts>(this.slot("analysis", slug, id));
  }

  readAnalysisEntry(slug: string, id: string, key: string): CachedAnalysisEntry | null {
    return readV8<CachedAnalysisEntry>(join(this.slot("analysis", slug, id), `${key}.v8`));
  }

  writeAnalysisEntry(slug: string, id: string, key: PartedKey<AnalysisEntryParts>, value: CachedAnalysisEntry): void {
    const dir = this.slot("analysis", slug, id);
    emptyDir(dir);
    atomicWrite(join(dir, `${key.key}.v8`), serialize(value));
    atomicWrite(join(dir, "last.json"), `${JSON.stringify(key.parts, null, 2)}\n`);
  }

  /** The cached corpus's ledger alone (its first frame): what results need when every analysis is cached. */
  readCorpusLedger(slug: string, key: string): CorpusLedger | null {
    const frames = readFrames(join(this.slot("corpus", slug), `${key}.v8`));
    if (!frames) return null;
    try {
      const first = frames.next();
      return first.done ? null : (deserialize(first.value) as { ledger: CorpusLedger }).ledger;
    } catch {
      return null;
    } finally {
      frames.return(undefined);
    }
  }

  readCorpus(slug: string, key: string): Corpus | null {
    const frames = readFrames(join(this.slot("corpus", slug), `${key}.v8`));
    if (!frames) return null;
    try {
      const head = frames.next();
      if (head.done) return null;
      const { ledger, count } = deserialize(head.value) as { ledger: CorpusLedger; count: number };
      const records: BibRecord[] = [];
      for (const frame of frames) for (const record of deserialize(frame) as BibRecord[]) records.push(record);
      // A file cut short (disk full, killed writer that still renamed) is a miss, not a smaller corpus.
      return records.length === count ? { records, ledger } : null;
    } catch {
      return null;
    }
  }

  writeCorpus(slug: string, key: PartedKey<CorpusKeyParts>, corpus: Corpus): void {
    const dir = this.slot("corpus", slug);
    emptyDir(dir);
    const file = join(dir, `${key.key}.v8`);
    const fd = openSync(`${file}.tmp`, "w");
    try {
      const frame = (payload: Buffer): void => {
        const length = Buffer.alloc(4);
        length.writeUInt32LE(payload.length);
        writeSync(fd, length);
        writeSync(fd, payload);
      };
      frame(serialize({ ledger: corpus.ledger, count: corpus.records.length }));
      for (let i = 0; i < corpus.records.length; i += RECORDS_PER_FRAME) frame(serialize(corpus.records.slice(i, i + RECORDS_PER_FRAME)));
    } finally {
      closeSync(fd);
    }
    renameSync(`${file}.tmp`, file);
    atomicWrite(join(dir, "last.json"), `${JSON.stringify(key.parts, null, 2)}\n`);
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

function readLast<P>(dir: string): P | null {
  try {
    return JSON.parse(readFileSync(join(dir, "last.json"), "utf8")) as P;
  } catch {
    return null;
  }
}

function readV8<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  try {
    return deserialize(readFileSync(file)) as T;
  } catch {
    return null;
  }
}

/** The length-prefixed frames of a file written by writeCorpus, read one at a time; null when absent. */
function readFrames(file: string): Generator<Buffer, void, undefined> | null {
  if (!existsSync(file)) return null;
  return (function* () {
    const fd = openSync(file, "r");
    try {
      const length = Buffer.alloc(4);
      while (readSync(fd, length, 0, 4, null) === 4) {
        const payload = Buffer.alloc(length.readUInt32LE());
        if (readSync(fd, payload, 0, payload.length, null) !== payload.length) throw new Error(`${file}: truncated frame`);
        yield payload;
      }
    } finally {
      closeSync(fd);
    }
  })();
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

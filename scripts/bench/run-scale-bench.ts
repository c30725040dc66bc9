/**
 * `npm run bench:scale [-- --sizes 10000,100000,1000000 --timeout-min 60]`: the engine on the BCI
 * corpus scaled by scale-corpus.ts to each size. Per size, in a fresh process (so its peak RSS is
 * that size's): the floor (read the same bytes and split them into lines in Node), the import
 * (buildCorpus reading each file when it gets to it) in MB/s, the heap the corpus takes, every
 * analysis of the registry with its defaults and its time, time per record (wall and CPU), peak RSS.
 * The child runs with a 13 GB heap cap and a 64 MB semi-space (--heap-mb, --semi-space-mb): a
 * million-record build needs the same flags (NODE_OPTIONS) to run at this speed. Writes
 * bench-results/scale.json. A size that fails or times out is recorded with what happened, not dropped.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildCorpus } from "../../analyses/corpus/build-corpus.ts";
import { ANALYSES } from "../../analyses/report/analysis-registry.ts";
import { EMPTY_THESAURUS } from "../../analyses/words/thesaurus.ts";
import { scaledCorpus } from "./scale-corpus.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const REFERENCE_YEAR = 2026;

export interface SizeMeasurement {
  records: number;
  files: number;
  megabytes: number;
  /** readFileSync + utf8 decode + split("\n") of every file: what any importer must at least do. */
  floor: { ms: number; mbPerSecond: number };
  /** buildCorpus over lazy inputs: read, decode, detect, parse, normalise one file at a time, then deduplicate, SR. */
  import: { ms: number; mbPerSecond: number; recordsRead: number; analysed: number; duplicates: number };
  /** Each analysis of the registry with its default parameters (ms), or its error. */
  analyses: Record<string, number | { error: string; ms: number }>;
  /** Import plus every analysis. */
  totalMs: number;
  microsecondsPerRecord: number;
  /**
   * CPU time (all threads, the GC's included) of import and analyses per record: unlike wall time,
   * it does not grow when other processes share the two cores.
   */
  cpuMicrosecondsPerRecord: number;
  /** The machine's 1-minute load average when the size started and when it ended (2 cores: above 2, this run waited). */
  loadAverage: [number, number];
  /** process.resourceUsage().maxRSS at the end: the process's peak resident memory. */
  peakRssMb: number;
  /** The heap once the corpus is built (after a full GC), in all and per record analysed. */
  corpusMemory: { heapUsedMb: number; externalMb: number; heapKbPerRecord: number };
}

export type SizeOutcome = ({ status: "ok" } & SizeMeasurement) | { status: "failed"; records: number; reason: string; stderrTail: string; wallMs: number };

const mbOf = (bytes: number): number => bytes / 1e6;
const round = (v: number, digits = 1): number => Math.round(v * 10 ** digits) / 10 ** digits;

/** Runs in the child process: measures one scaled corpus folder. */
function measure(dir: string): SizeMeasurement {
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const paths = names.map((f) => join(dir, f));

  const loadStart = loadavg()[0]!;
  let t = performance.now();
  let lines = 0;
  let bytes = 0;
  for (const p of paths) {
    const buf = readFileSync(p);
    bytes += buf.length;
    lines += buf.toString("utf8").split("\n").length;
  }
  const floorMs = performance.now() - t;
  const cpuBefore = process.cpuUsage();
  if (lines === 0) throw new Error(`${dir}: no lines`);

  const before = memoryMb();
  t = performance.now();
  const corpus = buildCorpus(paths.map((p, i) => ({ file: names[i]!, read: () => readFileSync(p) })));
  const importMs = performance.now() - t;
  process.stderr.write(`  import: ${Math.round(importMs)} ms\n`);
  const after = memoryMb();
  const corpusMemory = { ...after, heapKbPerRecord: round(((after.heapUsedMb - before.heapUsedMb) * 1000) / corpus.records.length, 2) };

  const ctx = { referenceYear: REFERENCE_YEAR, thesaurus: EMPTY_THESAURUS };
  const analyses: SizeMeasurement["analyses"] = {};
  let analysesMs = 0;
  for (const analysis of ANALYSES) {
    t = performance.now();
    try {
      analysis.run(corpus.records, analysis.params.parse({}) as never, ctx);
      analyses[analysis.id] = round(performance.now() - t);
    } catch (error) {
      analyses[analysis.id] = { error: error instanceof Error ? error.message : String(error), ms: round(performance.now() - t) };
    }
    analysesMs += performance.now() - t;
    process.stderr.write(`  ${analysis.id}: ${Math.round(performance.now() - t)} ms\n`);
  }
  const { ledger } = corpus;
  const totalMs = importMs + analysesMs;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    records: ledger.read,
    files: names.length,
    megabytes: round(mbOf(bytes)),
    floor: { ms: round(floorMs), mbPerSecond: round(mbOf(bytes) / (floorMs / 1000)) },
    import: {
      ms: round(importMs),
      mbPerSecond: round(mbOf(bytes) / (importMs / 1000)),
      recordsRead: ledger.read,
      analysed: ledger.kept,
      duplicates: ledger.duplicates.length,
    },
    analyses,
    totalMs: round(totalMs),
    microsecondsPerRecord: round((totalMs * 1000) / ledger.read, 2),
    cpuMicrosecondsPerRecord: round((cpu.user + cpu.system) / ledger.read, 2),
    loadAverage: [round(loadStart, 2), round(loadavg()[0]!, 2)],
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    corpusMemory,
  };
}

/** Heap in use and memory outside it (Buffers), after a full GC when the child runs with --expose-gc. */
function memoryMb(): { heapUsedMb: number; externalMb: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heapUsedMb: Math.round(m.heapUsed / 1e6), externalMb: Math.round(m.external / 1e6) };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "10000,100000" },
      work: { type: "string", default: join(ROOT, "bench-results", "scale-corpora") },
      out: { type: "string", default: join(ROOT, "bench-results", "scale.json") },
      "timeout-min": { type: "string", default: "60" },
      // The child's V8 heap cap: the 1M corpus (7.8 GB live) needs more than Node's default (~4 GB); with 13 GB V8 collected
      // ever more often near the cap (1M: 403 µs/record, +35 % over 100k), with 18 GB 379 µs/record (+26 %), peak RSS 13.3 GB.
      "heap-mb": { type: "string", default: "18000" },
      // The young generation: each scavenge walks every old-space page, so with an 8 GB corpus the default 16 MB
      // semi-space (a scavenge every few MB allocated) costs minutes; 64 MB makes four times fewer.
      "semi-space-mb": { type: "string", default: "64" },
      child: { type: "string" },
    },
  });
  if (values.child) {
    process.stdout.write(`${JSON.stringify(measure(values.child))}\n`);
    return;
  }
  const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
  const outcomes: SizeOutcome[] = [];
  for (const records of sizes) {
    const dir = scaledCorpus(resolve(values.work), records);
    console.log(`${records.toLocaleString("en-US")} records: measuring (${dir})`);
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      // tsx's loader in this very process: its CLI would start another node without these flags.
      [
        `--max-old-space-size=${values["heap-mb"]}`,
        `--max-semi-space-size=${values["semi-space-mb"]}`,
        "--expose-gc",
        "--import",
        pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href,
        import.meta.filename,
        "--child",
        dir,
      ],
      { encoding: "utf8", maxBuffer: 1 << 26, timeout: Number(values["timeout-min"]) * 60_000, stdio: ["ignore", "pipe", "pipe"] },
    );
    const wallMs = performance.now() - started;
    const last = child.stdout.trim().split("\n").at(-1) ?? "";
    if (child.status === 0 && last.startsWith("{")) {
      const m = JSON.parse(last) as SizeMeasurement;
      outcomes.push({ status: "ok", ...m });
      console.log(
        `  import ${m.import.mbPerSecond} MB/s (floor ${m.floor.mbPerSecond} MB/s), total ${(m.totalMs / 1000).toFixed(1)} s, ` +
          `${m.microsecondsPerRecord} µs/record (CPU ${m.cpuMicrosecondsPerRecord}), peak RSS ${m.peakRssMb} MB, load ${m.loadAverage.join(" -> ")}`,
      );
    } else {
      const reason = child.error ? child.error.message : child.signal ? `killed by ${child.signal}` : `exit code ${child.status}`;
      outcomes.push({ status: "failed", records, reason, stderrTail: (child.stderr ?? "").slice(-2000), wallMs: Math.round(wallMs) });
      console.log(`  failed: ${reason}`);
    }
  }
  const ok = outcomes.filter((o): o is { status: "ok" } & SizeMeasurement => o.status === "ok");
  const growth: Record<string, number> = {};
  const cpuGrowth: Record<string, number> = {};
  for (let i = 1; i < ok.length; i++) {
    growth[`${ok[i - 1]!.records}->${ok[i]!.records}`] = round(ok[i]!.microsecondsPerRecord / ok[i - 1]!.microsecondsPerRecord - 1, 3);
    cpuGrowth[`${ok[i - 1]!.records}->${ok[i]!.records}`] = round(ok[i]!.cpuMicrosecondsPerRecord / ok[i - 1]!.cpuMicrosecondsPerRecord - 1, 3);
  }
  const report = { machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 1e9), node: process.version }, sizes: outcomes, timePerRecordGrowth: growth, cpuTimePerRecordGrowth: cpuGrowth };
  mkdirSync(resolve(values.out, ".."), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`time per record growth: ${JSON.stringify(growth)}, CPU time: ${JSON.stringify(cpuGrowth)} -> ${values.out}`);
}

main();

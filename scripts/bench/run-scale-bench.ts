/**
 * `npm run bench:scale [-- --sizes 10000,100000,1000000 --timeout-min 60]`: the engine on the BCI
 * corpus scaled by scale-corpus.ts to each size. Per size, in a fresh process (so its peak RSS is
 * that size's): the floor (read the same bytes and split them into lines in Node), the import
 * (read + buildCorpus) in MB/s, every analysis of the registry with its defaults and its time,
 * time per record, peak RSS. Writes bench-results/scale.json. A size that fails or times out is
 * recorded with what happened, not dropped.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildCorpus, type CorpusInput } from "../../analyses/corpus/build-corpus.ts";
import { ANALYSES } from "../../analyses/report/analysis-registry.ts";
import { EMPTY_THESAURUS } from "../../analyses/words/thesaurus.ts";
import { BCI_EXPORTS, readSourceCorpus, writeScaledCorpus } from "./scale-corpus.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const REFERENCE_YEAR = 2026;

export interface SizeMeasurement {
  records: number;
  files: number;
  megabytes: number;
  /** readFileSync + utf8 decode + split("\n") of every file: what any importer must at least do. */
  floor: { ms: number; mbPerSecond: number };
  /** readFileSync of every file + buildCorpus (decode, detect, parse, normalise, deduplicate, SR). */
  import: { ms: number; mbPerSecond: number; recordsRead: number; analysed: number; duplicates: number };
  /** Each analysis of the registry with its default parameters (ms), or its error. */
  analyses: Record<string, number | { error: string; ms: number }>;
  /** Import plus every analysis. */
  totalMs: number;
  microsecondsPerRecord: number;
  /** process.resourceUsage().maxRSS at the end: the process's peak resident memory. */
  peakRssMb: number;
  /** Where the memory is once the corpus is built: with the export bytes still held, and after releasing them. */
  memory: Record<"withExportBytes" | "corpusOnly", { heapUsedMb: number; externalMb: number }>;
}

export type SizeOutcome = ({ status: "ok" } & SizeMeasurement) | { status: "failed"; records: number; reason: string; stderrTail: string; wallMs: number };

const mbOf = (bytes: number): number => bytes / 1e6;
const round = (v: number, digits = 1): number => Math.round(v * 10 ** digits) / 10 ** digits;

/** Runs in the child process: measures one scaled corpus folder. */
function measure(dir: string): SizeMeasurement {
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const paths = names.map((f) => join(dir, f));

  let t = performance.now();
  let lines = 0;
  let bytes = 0;
  for (const p of paths) {
    const buf = readFileSync(p);
    bytes += buf.length;
    lines += buf.toString("utf8").split("\n").length;
  }
  const floorMs = performance.now() - t;
  if (lines === 0) throw new Error(`${dir}: no lines`);

  t = performance.now();
  const inputs: CorpusInput[] = paths.map((p, i) => ({ file: names[i]!, bytes: new Uint8Array(readFileSync(p)) }));
  const corpus = buildCorpus(inputs, {});
  const importMs = performance.now() - t;
  const withExportBytes = memoryMb();
  inputs.length = 0; // the bytes are not needed by the analyses: let them go before measuring those
  const memory = { withExportBytes, corpusOnly: memoryMb() };

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
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    memory,
  };
}

/** Heap in use and memory outside it (Buffers), after a full GC when the child runs with --expose-gc. */
function memoryMb(): { heapUsedMb: number; externalMb: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heapUsedMb: Math.round(m.heapUsed / 1e6), externalMb: Math.round(m.external / 1e6) };
}

/** The scaled corpus of `records` records under `work`, generated once and reused while its manifest matches. */
function scaledCorpus(work: string, records: number): string {
  const dir = join(work, `bci-${records}`);
  const manifest = join(dir, "manifest.json");
  if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { records: number }).records === records) return dir;
  const result = writeScaledCorpus(readSourceCorpus(BCI_EXPORTS), records, dir);
  writeFileSync(manifest, `${JSON.stringify(result)}\n`);
  return dir;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "10000,100000" },
      work: { type: "string", default: join(ROOT, "bench-results", "scale-corpora") },
      out: { type: "string", default: join(ROOT, "bench-results", "scale.json") },
      "timeout-min": { type: "string", default: "60" },
      "heap-mb": { type: "string", default: "20000" },
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
      [`--max-old-space-size=${values["heap-mb"]}`, "--expose-gc", join(ROOT, "node_modules/tsx/dist/cli.mjs"), import.meta.filename, "--child", dir],
      { encoding: "utf8", maxBuffer: 1 << 26, timeout: Number(values["timeout-min"]) * 60_000, stdio: ["ignore", "pipe", "pipe"] },
    );
    const wallMs = performance.now() - started;
    const last = child.stdout.trim().split("\n").at(-1) ?? "";
    if (child.status === 0 && last.startsWith("{")) {
      const m = JSON.parse(last) as SizeMeasurement;
      outcomes.push({ status: "ok", ...m });
      console.log(
        `  import ${m.import.mbPerSecond} MB/s (floor ${m.floor.mbPerSecond} MB/s), total ${(m.totalMs / 1000).toFixed(1)} s, ` +
          `${m.microsecondsPerRecord} µs/record, peak RSS ${m.peakRssMb} MB`,
      );
    } else {
      const reason = child.error ? child.error.message : child.signal ? `killed by ${child.signal}` : `exit code ${child.status}`;
      outcomes.push({ status: "failed", records, reason, stderrTail: (child.stderr ?? "").slice(-2000), wallMs: Math.round(wallMs) });
      console.log(`  failed: ${reason}`);
    }
  }
  const ok = outcomes.filter((o): o is { status: "ok" } & SizeMeasurement => o.status === "ok");
  const growth: Record<string, number> = {};
  for (let i = 1; i < ok.length; i++) {
    growth[`${ok[i - 1]!.records}->${ok[i]!.records}`] = round(ok[i]!.microsecondsPerRecord / ok[i - 1]!.microsecondsPerRecord - 1, 3);
  }
  const report = { machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 1e9), node: process.version }, sizes: outcomes, timePerRecordGrowth: growth };
  mkdirSync(resolve(values.out, ".."), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`time per record growth: ${JSON.stringify(growth)} -> ${values.out}`);
}

main();

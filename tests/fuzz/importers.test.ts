/**
 * Fuzz and property tests over every importer (issue 7, item 1): real exports from ../shared/data/
 * and the per-format fixtures, damaged the ways exports get damaged (tests/fuzz/mutations.ts), go
 * through buildCorpus. Every case must meet the contract of check-corpus.ts (no exception other
 * than "no importer recognises <file>", every problem with its file and line, a balanced ledger)
 * within a time bound. fast-check is seeded (FUZZ_SEED, default below) so a run can be replayed;
 * a failure prints the seed and the shrunk counterexample (seed file name + mutations).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { CorpusFilter, CorpusInput } from "../../analyses/corpus/build-corpus.ts";
import { IMPORTERS } from "../../analyses/import/registry.ts";
import { hasShared, sharedPath } from "../support/shared.ts";
import { REPO_ROOT } from "../support/site-build.ts";
import { runCase, type Outcome } from "./check-corpus.ts";
import type { LongLineReport } from "./long-line-worker.ts";
import { applyMutations, mutationsArb } from "./mutations.ts";
import { loadSeeds, seedsByFormat, type Seed } from "./seeds.ts";

const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_250_707);
/** Runs per property, chosen so the whole file stays under ~60 s on 2 cores. */
const RUNS = { oneFile: 1000, twoFiles: 200, concatenated: 120, binary: 200 };
/** Cut points per format in the exhaustive truncation test. */
const TRUNCATION_POINTS = 150;
/** Bound for one case on a seed of at most 64 KB (the slowest measured is far below it). */
const CASE_LIMIT_MS = 2_000;
/** The long line of item 1, and how long one such case may take before the watchdog kills it. */
const LONG_LINE_CHARS = Number(process.env.FUZZ_LONG_LINE_CHARS ?? 50_000_000);
const LONG_LINE_LIMIT_MS = 60_000;
/** Seeds per format used by the properties (smallest first), so no format dominates. */
const SEEDS_PER_FORMAT = 4;

const seeds = loadSeeds();
const byName = new Map(seeds.map((s) => [s.name, s]));
const byFormat = seedsByFormat(seeds, SEEDS_PER_FORMAT);
const formats = [...byFormat.keys()];

const stats = { cases: 0, corpus: 0, unrecognised: 0, maxMs: 0, maxCase: "", byTest: new Map<string, number>() };

/** Runs one case, fails on a contract violation or on a slow case, and counts it. */
function fuzzCase(test: string, inputs: CorpusInput[], filter: CorpusFilter = {}): Outcome {
  const out = runCase(inputs, filter);
  stats.cases++;
  stats.byTest.set(test, (stats.byTest.get(test) ?? 0) + 1);
  stats[out.kind]++;
  if (out.ms > stats.maxMs) {
    stats.maxMs = out.ms;
    stats.maxCase = `${test}: ${inputs.map((i) => `${i.file} (${i.bytes.length} B)`).join(" + ")}`;
  }
  if (out.ms > CASE_LIMIT_MS) throw new Error(`${test}: case took ${Math.round(out.ms)} ms (limit ${CASE_LIMIT_MS} ms): ${inputs.map((i) => i.file).join(", ")}`);
  return out;
}

const seedNameArb = fc.constantFrom(...formats).chain((f) => fc.constantFrom(...byFormat.get(f)!.map((s) => s.name)));
const damagedFileArb = fc.record({ seed: seedNameArb, mutations: mutationsArb });
const filterArb: fc.Arbitrary<CorpusFilter> = fc.oneof(
  fc.constant({}),
  fc.tuple(fc.integer({ min: 1990, max: 2025 }), fc.integer({ min: 0, max: 10 })).map(([from, span]): CorpusFilter => ({ years: [from, from + span] })),
  fc.subarray(["Article", "Review", "ARTICLE", "Conference Paper", "Journal Article"], { minLength: 1 }).map((documentTypes): CorpusFilter => ({ documentTypes })),
);

const seedBytes = (name: string): Uint8Array => byName.get(name)!.bytes;

afterAll(() => {
  const per = [...stats.byTest].map(([t, n]) => `${t}: ${n}`).join("; ");
  console.info(
    `[fuzz] seed ${FUZZ_SEED}: ${stats.cases} cases (${stats.corpus} corpora built, ${stats.unrecognised} files recognised by no importer); ` +
      `slowest ${Math.round(stats.maxMs)} ms (${stats.maxCase}); ${per}`,
  );
});

describe(`importer fuzzing (fast-check seed ${FUZZ_SEED})`, () => {
  it("has a seed file for every registered importer", () => {
    const missing = IMPORTERS.map((i) => i.format).filter((f) => !byFormat.has(f));
    expect(missing, "importers without any real export or fixture to fuzz from").toEqual([]);
    if (hasShared) expect(seeds.filter((s) => s.name.startsWith("shared:")).length).toBeGreaterThan(50);
  });

  it("reads every seed as it is: recognised as its format, ledger balanced", () => {
    for (const seed of seeds) {
      const out = fuzzCase("seed as is", [{ file: seed.name, bytes: seed.bytes }]);
      expect(out.kind, seed.name).toBe("corpus");
      if (out.kind === "corpus") {
        expect(out.corpus.ledger.files[0]?.format, seed.name).toBe(seed.format);
        expect(out.corpus.ledger.read, seed.name).toBeGreaterThan(0);
      }
    }
  });

  it("survives truncation at every byte of the smallest seed of each format", () => {
    for (const [format, list] of byFormat) {
      const seed = list[0]!;
      // Every byte of seeds up to TRUNCATION_POINTS bytes; evenly spaced cut points in larger ones.
      const step = Math.max(1, Math.ceil(seed.bytes.length / TRUNCATION_POINTS));
      for (let at = 0; at <= seed.bytes.length; at += step) {
        fuzzCase(`truncated (${format})`, [{ file: seed.name, bytes: seed.bytes.subarray(0, at) }]);
      }
    }
  });

  it("survives damaged single files (truncation, flipped bytes, line edits, line ends, BOM, UTF-16, stray bytes)", () => {
    fc.assert(
      fc.property(damagedFileArb, filterArb, ({ seed, mutations }, filter) => {
        fuzzCase("one damaged file", [{ file: seed, bytes: applyMutations(seedBytes(seed), mutations) }], filter);
      }),
      { seed: FUZZ_SEED, numRuns: RUNS.oneFile },
    );
  });

  it("survives two damaged files of any formats in one corpus (merge across databases)", () => {
    fc.assert(
      fc.property(damagedFileArb, damagedFileArb, filterArb, (a, b, filter) => {
        fuzzCase(
          "two damaged files",
          [
            { file: `a/${a.seed}`, bytes: applyMutations(seedBytes(a.seed), a.mutations) },
            { file: `b/${b.seed}`, bytes: applyMutations(seedBytes(b.seed), b.mutations) },
          ],
          filter,
        );
      }),
      { seed: FUZZ_SEED + 1, numRuns: RUNS.twoFiles },
    );
  });

  it("survives two exports concatenated into one file (same or different formats), then damaged", () => {
    fc.assert(
      fc.property(seedNameArb, seedNameArb, fc.option(mutationsArb, { nil: undefined }), (a, b, mutations) => {
        const joined = new Uint8Array([...seedBytes(a), 0x0a, ...seedBytes(b)]);
        fuzzCase("concatenated", [{ file: "joined.txt", bytes: mutations ? applyMutations(joined, mutations) : joined }]);
      }),
      { seed: FUZZ_SEED + 2, numRuns: RUNS.concatenated },
    );
  });

  it("stops on an empty or blank file with an error naming the file", () => {
    for (const text of ["", "\n\n", "   \r\n\t\n", "\uFEFF"]) {
      const file = "exports/empty.txt";
      const out = fuzzCase("empty", [{ file, bytes: new TextEncoder().encode(text) }]);
      expect(out.kind).toBe("unrecognised");
      if (out.kind === "unrecognised") expect(out.message).toMatch(/^exports\/empty\.txt: no importer recognises this file .*the file is empty$/);
    }
  });

  it("stops on a binary file with an error naming the file, never a crash", () => {
    const binaries: { file: string; bytes: Uint8Array }[] = [];
    const xlsx = hasShared ? sharedPath("data", "published-outputs", "ai-epilepsy-188", "Bibliometrix-Export-File-2023-02-23.xlsx") : "";
    if (xlsx && existsSync(xlsx)) binaries.push({ file: "exports/export.xlsx", bytes: new Uint8Array(readFileSync(xlsx)) });
    const first = seeds.find((s) => s.format === "wos-plaintext") ?? seeds[0]!;
    binaries.push({ file: "exports/export.txt.gz", bytes: new Uint8Array(gzipSync(first.bytes)) });
    binaries.push({ file: "exports/logo.png", bytes: pngHeader() });
    for (const b of binaries) {
      const out = fuzzCase("binary file", [b]);
      expect(out.kind, b.file).toBe("unrecognised");
      if (out.kind === "unrecognised") expect(out.message.startsWith(`${b.file}: no importer recognises this file`)).toBe(true);
    }
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 8192 }), (bytes) => {
        fuzzCase("random bytes", [{ file: "exports/random.bin", bytes }]);
      }),
      { seed: FUZZ_SEED + 3, numRuns: RUNS.binary },
    );
  });

  it("stops on every seed re-encoded as UTF-16 without BOM with an error naming the file (docs/parity.md)", () => {
    for (const [, list] of byFormat) {
      for (const seed of list) {
        for (const endian of ["le", "be"] as const) {
          const out = fuzzCase("UTF-16 without BOM", [{ file: seed.name, bytes: applyMutations(seed.bytes, [{ kind: "utf16", endian }]) }]);
          expect(out.kind, `${seed.name} (${endian})`).toBe("unrecognised");
        }
      }
    }
  });

  it(
    `does not hang on a ${LONG_LINE_CHARS.toLocaleString("en")}-character line, in any importer`,
    async () => {
      // One seed per format, real and uncut exports preferred (a cut JSON file is rejected whole):
      // its longest line gets the extra characters.
      const chosen = formats.map((f) => {
        const all = seeds.filter((s) => s.format === f);
        const real = all.filter((s) => s.name.startsWith("shared:"));
        return (real.find((s) => s.fileBytes === s.bytes.length) ?? real[0] ?? all[0]!).name;
      });
      const lines = await runLongLineCases(chosen);
      const table = lines.map(
        (r) =>
          `  ${r.format.padEnd(22)} ${String(r.ms ?? "-").padStart(6)} ms  ${r.state === "error" ? `ERROR ${r.error}` : r.outcome === "corpus" ? `read ${r.read}, kept ${r.kept}, rejected ${r.rejected}, longest kept value ${r.longestValue}` : r.error}  (${r.seed}:${r.line})`,
      );
      console.info(`[fuzz] ${LONG_LINE_CHARS.toLocaleString("en")}-character line, one case per format:\n${table.join("\n")}`);
      expect(lines.filter((r) => r.state === "error").map((r) => `${r.seed}: ${r.error}`)).toEqual([]);
      expect(lines.map((r) => r.format).sort()).toEqual([...formats].sort());
      for (const r of lines) {
        expect(r.ms!, r.seed).toBeLessThan(LONG_LINE_LIMIT_MS);
        // The long value is inside a record: the file is still recognised and its records read.
        expect(r.outcome, r.seed).toBe("corpus");
        expect(r.kept!, r.seed).toBeGreaterThan(0);
      }
      stats.cases += lines.length;
      stats.byTest.set("long line", lines.length);
    },
    300_000,
  );
});

/** The first bytes of a PNG file (signature + IHDR chunk): binary that starts like an image. */
function pngHeader(): Uint8Array {
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, 0xa8, 0x66]);
}

/**
 * Runs the long-line cases on two child processes (long-line-worker.ts) that take the next seed
 * name from a shared queue when they finish one, so a slow format does not leave a core idle. A
 * watchdog kills a child whose case runs longer than LONG_LINE_LIMIT_MS: that case is then
 * reported as an error (a hang).
 */
async function runLongLineCases(names: string[], workers = 2): Promise<LongLineReport[]> {
  const queue = [...names];
  const reports: LongLineReport[] = [];
  await Promise.all(Array.from({ length: Math.min(workers, queue.length) }, () => runLongLineWorker(queue, reports)));
  return reports;
}

function runLongLineWorker(queue: string[], reports: LongLineReport[]): Promise<void> {
  const tsx = join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  const worker = join(REPO_ROOT, "tests", "fuzz", "long-line-worker.ts");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--max-old-space-size=4096", tsx, worker, "--chars", String(LONG_LINE_CHARS)], {
      cwd: REPO_ROOT,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let pending = "";
    let stderr = "";
    let current: LongLineReport | null = null;
    let watchdog: NodeJS.Timeout | null = null;
    const feed = (): void => {
      const next = queue.shift();
      if (next === undefined) child.stdin.end();
      else {
        child.stdin.write(`${next}\n`);
        if (watchdog) clearTimeout(watchdog);
        watchdog = setTimeout(() => {
          reports.push({ ...(current ?? { seed: next, format: "?" }), state: "error", error: `no result after ${LONG_LINE_LIMIT_MS} ms: killed (hang?)` });
          current = null;
          child.kill("SIGKILL");
        }, LONG_LINE_LIMIT_MS);
      }
    };
    feed();
    child.stdout.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      let nl: number;
      while ((nl = pending.indexOf("\n")) >= 0) {
        const report = JSON.parse(pending.slice(0, nl)) as LongLineReport;
        pending = pending.slice(nl + 1);
        if (report.state === "start") current = report;
        else {
          reports.push(report);
          current = null;
          feed();
        }
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (watchdog) clearTimeout(watchdog);
      if (current) reports.push({ ...current, state: "error", error: `worker exited (${code ?? signal}) during the case: ${stderr.slice(-2000)}` });
      else if (code !== 0 && signal !== "SIGKILL") {
        reject(new Error(`long-line worker exited with ${code}: ${stderr.slice(-2000)}`));
        return;
      }
      resolve();
    });
  });
}

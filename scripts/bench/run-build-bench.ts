/**
 * `npm run bench:build [-- --sizes 10000,100000,1000000]`: the build itself at scale. Per size, a
 * scratch project (the site layer and one report whose exports are the BCI corpus scaled by
 * scale-corpus.ts) is built three times with scripts/build.ts, as `npm run build` runs it: cold
 * (empty cache) with every export but the last, warm (nothing changed), and after the last export is
 * added. Wall time and peak RSS (GNU time) of each, and the build's own log line for the report, go
 * to bench-results/build.json. A build that fails is recorded with its exit code, not dropped.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { copySiteLayer } from "../site/copy-site-layer.ts";
import { scaledCorpus } from "./scale-corpus.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const TIME = "/usr/bin/time";

interface BuildMeasurement {
  step: "cold" | "warm" | "one export added";
  exitCode: number;
  seconds: number;
  peakRssMb: number;
  /** The build's summary line for the report ("computed bci (24/24 analyses)", "cached", ...). */
  reportLine: string;
}

const REPORT_MDX = `---
title: BCI and EEG, scaled
corpus:
  exports: ["exports/*.txt"]
  database: Web of Science Core Collection
  query: the BCI/EEG corpus of the demo report, replicated with new accession numbers and DOIs
referenceYear: 2026
---

The demo corpus scaled for the build benchmark.
`;

function build(root: string, content: string, step: BuildMeasurement["step"]): BuildMeasurement {
  const node = ["--max-old-space-size=18000", "--max-semi-space-size=64", "--import", "tsx"];
  const args = ["-f", "%e %M", process.execPath, ...node, join(ROOT, "scripts", "build.ts"), "--root", root, "--content", content];
  const run = spawnSync(TIME, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  // GNU time writes its line last on stderr.
  const [seconds, kb] = run.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
  const reportLine = run.stdout.split("\n").findLast((l) => /\bbci\b/.test(l) && /cached|computed/.test(l))?.trim() ?? "";
  return { step, exitCode: run.status ?? -1, seconds: seconds!, peakRssMb: Math.round(kb! / 1024), reportLine };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "10000,100000" },
      work: { type: "string", default: join(ROOT, "bench-results", "build-bench") },
      corpora: { type: "string", default: join(ROOT, "bench-results", "scale-corpora") },
      out: { type: "string", default: join(ROOT, "bench-results", "build.json") },
    },
  });
  if (!existsSync(TIME)) throw new Error(`${TIME} not found: the peak memory of each build is measured with GNU time (apt-get install time)`);
  const sizes = values.sizes.split(",").map(Number);
  const results: { records: number; builds: BuildMeasurement[] }[] = [];
  for (const records of sizes) {
    const corpus = scaledCorpus(resolve(values.corpora), records);
    const files = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort();
    const root = join(resolve(values.work), `bci-${records}`);
    const content = join(resolve(values.work), `bci-${records}-content`);
    const exportsDir = join(content, "reports", "bci", "exports");
    copySiteLayer(ROOT, root);
    rmSync(content, { recursive: true, force: true });
    mkdirSync(exportsDir, { recursive: true });
    writeFileSync(join(content, "reports", "bci", "report.mdx"), REPORT_MDX);
    for (const f of files.slice(0, -1)) copyFileSync(join(corpus, f), join(exportsDir, f));
    console.log(`${records.toLocaleString("en-US")} records (${files.length} exports):`);
    const builds: BuildMeasurement[] = [];
    for (const step of ["cold", "warm", "one export added"] as const) {
      if (step === "one export added") copyFileSync(join(corpus, files.at(-1)!), join(exportsDir, files.at(-1)!));
      const m = build(root, content, step);
      builds.push(m);
      console.log(`  ${step.padEnd(17)} ${m.seconds.toFixed(1).padStart(7)} s   peak RSS ${m.peakRssMb} MB   exit ${m.exitCode}   ${m.reportLine}`);
    }
    results.push({ records, builds });
    writeFileSync(resolve(values.out), `${JSON.stringify({ sizes: results }, null, 2)}\n`);
  }
}

main();

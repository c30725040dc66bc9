/**
 * Incremental builds: two reports built into a scratch project, then rebuilt. Nothing changed ->
 * nothing computed, astro build skipped, generated files byte-identical, at most a quarter of the
 * cold build's time. One export added to one report -> only that report recomputed (from the log).
 * A parameter changed -> "parameters changed"; prose changed -> page regenerated from cached results.
 * (Which analyses a parameter change reruns is tested in analysis-cache.test.ts.)
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInScratch, runBuild, scratchContent, type ScratchBuild } from "../support/scratch-build.ts";
import { readTree, REPO_ROOT } from "../support/site-build.ts";

const MINI = join(REPO_ROOT, "tests/fixtures/reports/mini");
const NAME = "build-cache";
const content = scratchContent(NAME, { alpha: MINI, beta: MINI });

function ok(build: ScratchBuild): ScratchBuild {
  if (build.code !== 0) throw new Error(`build failed (${build.code}):\n${build.stdout}\n${build.stderr}`);
  return build;
}

/** The generated files of the scratch project (what the reports' pages and downloads are made of). */
function generated(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const dir of ["src/generated", "src/pages/reports", "public/reports"]) {
    for (const [rel, bytes] of readTree(join(root, dir))) out.set(`${dir}/${rel}`, bytes);
  }
  return out;
}

describe("npm run build with the content-hash cache", () => {
  let cold: ScratchBuild;

  it("computes every report on a cold build, then nothing on a warm one, in at most 25 % of the time", async () => {
    cold = ok(await buildInScratch({ name: NAME, contentDir: content }));
    expect(cold.stdout).toMatch(/^alpha: computed \(reason: not cached before\)$/m);
    expect(cold.stdout).toMatch(/^beta: computed \(reason: not cached before\)$/m);
    expect(cold.stdout).toMatch(/^site: astro build \(no previous build recorded\)/m);
    // Progress: each file with its record count, each analysis with its time.
    expect(cold.stdout).toMatch(/^ {2}exports\/batch-1\.txt: \d+ records \(wos-plaintext\)$/m);
    expect(cold.stdout).toMatch(/^ {2}thematicMap: [\d,]+ ms$/m);
    const before = generated(cold.root);

    const warm = ok(await runBuild(cold.root, { contentDir: content }));
    expect(warm.stdout).toMatch(/^alpha: cached$/m);
    expect(warm.stdout).toMatch(/^beta: cached$/m);
    expect(warm.stdout).not.toMatch(/computing|computed \(/);
    expect(warm.stdout).toMatch(/^site: astro build skipped: .* dist\/ is intact$/m);
    expect(warm.stdout).toMatch(/computed nothing; cached alpha, beta; astro build skipped$/m);
    // The restored files are the files the cold build generated, byte for byte.
    const after = generated(cold.root);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), file).toBe(true);
    expect(warm.ms).toBeLessThanOrEqual(cold.ms * 0.25);
  }, 300_000);

  it("recomputes only the report that got a new export, and rebuilds the site", async () => {
    copyFileSync(join(REPO_ROOT, "tests/fixtures/wos-plaintext/two-records.txt"), join(content, "reports/beta/exports/added.txt"));
    const build = ok(await runBuild(cold.root, { contentDir: content }));
    expect(build.stdout).toMatch(/^alpha: cached$/m);
    expect(build.stdout).toMatch(/^beta: computed \(reason: exports changed\)$/m);
    expect(build.stdout).toMatch(/^beta: 3 files, /m);
    // New exports: a new corpus, and every analysis runs on it; alpha is untouched.
    expect(build.stdout).toMatch(/^beta: 24 analyses computed \(all: exports changed\), 0 from cache, corpus imported$/m);
    expect(build.stdout).toMatch(/computed beta \(24\/24 analyses\); cached alpha;/m);
    expect(build.stdout).toMatch(/^site: astro build \(site inputs changed\)/m);
  }, 300_000);

  it("names a parameter change, and regenerates the page alone when only prose changed", async () => {
    const alpha = join(content, "reports/alpha/report.mdx");
    writeFileSync(alpha, readFileSync(alpha, "utf8").replace("referenceYear: 2026", "referenceYear: 2027"));
    const beta = join(content, "reports/beta/report.mdx");
    writeFileSync(beta, `${readFileSync(beta, "utf8")}\nA sentence added to the prose.\n`);
    const build = ok(await runBuild(cold.root, { contentDir: content, quiet: false }));
    expect(build.stdout).toMatch(/^alpha: computed \(reason: parameters changed\)$/m);
    // Every analysis is keyed by the reference year, none by the prose; the corpus does not depend on either.
    expect(build.stdout).toMatch(/^alpha: 24 analyses computed \(all: reference year changed\), 0 from cache, corpus from cache$/m);
    expect(build.stdout).toMatch(/^beta: cached \(results; page regenerated: report\.mdx or page code changed\)$/m);
  }, 300_000);

  it("prints only warnings and errors with --quiet", async () => {
    const build = ok(await runBuild(cold.root, { contentDir: content, quiet: true }));
    expect(build.stdout).toBe("");
  }, 300_000);
});

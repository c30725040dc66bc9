/**
 * The cache below a report's key (issue 6, item 1): the ai-epilepsy report generated into a scratch
 * project, then regenerated after a change. One analysis's parameters changed -> that analysis
 * alone runs, on the cached corpus; a thesaurus added -> only the analyses that read it run. Each
 * time the generated pages and downloads equal, byte for byte, a cold generation of the same content
 * in a project without a cache. In-process (no astro build): the generation step is what is cached.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ReportCache } from "../../scripts/report/report-cache.ts";
import type { ReportBuildOutcome } from "../../scripts/site/build-report.ts";
import { generateReports } from "../../scripts/site/build-site.ts";
import { ARTIFACTS_DIR } from "../support/fixture-site.ts";
import { scratchContent } from "../support/scratch-build.ts";
import { readTree, REPO_ROOT } from "../support/site-build.ts";

const NAME = "analysis-cache";
const content = scratchContent(NAME, { epi: join(REPO_ROOT, "content/reports/ai-epilepsy") });
const reportFile = join(content, "reports/epi/report.mdx");
const work = join(ARTIFACTS_DIR, NAME);
rmSync(work, { recursive: true, force: true });

/** Generates every report of `content` into `root` (a sibling of the others: same relative path to the content). */
async function generate(rootName: string): Promise<{ outcome: ReportBuildOutcome; log: string[]; root: string }> {
  const root = join(work, rootName);
  mkdirSync(root, { recursive: true });
  const log: string[] = [];
  const { outcomes } = await generateReports(root, content, { info: (l) => log.push(l), warn: (l) => log.push(`warning: ${l}`) });
  return { outcome: outcomes[0]!, log, root };
}

function generated(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const dir of ["src/generated", "src/pages/reports", "public/reports"]) {
    for (const [rel, bytes] of readTree(join(root, dir))) out.set(`${dir}/${rel}`, bytes);
  }
  return out;
}

function expectSameFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...a.keys()]).toEqual([...b.keys()]);
  expect([...a.keys()].filter((f) => !a.get(f)!.equals(b.get(f)!))).toEqual([]);
}

function detail(outcome: ReportBuildOutcome) {
  if (outcome.analysis.status !== "computed") throw new Error(`expected epi to be computed, it was ${outcome.analysis.status}`);
  return outcome.analysis.detail;
}

const THESAURUS_ANALYSES = ["keywords", "keywordGrowth", "thematicMap", "thematicEvolution", "trendTopics", "cooccurrenceNetwork"];
const keywordsOf = (root: string): string => JSON.stringify((JSON.parse(readFileSync(join(root, "public/reports/epi/results.json"), "utf8")) as { analyses: { keywords: unknown } }).analyses.keywords);

describe("per-analysis build cache", () => {
  it("computes every analysis and imports the corpus on a cold generation", async () => {
    const { outcome, log } = await generate("warm");
    const d = detail(outcome);
    expect(d.corpus).toBe("imported");
    expect(d.fromCache).toEqual([]);
    expect(d.computed).toHaveLength(24);
    expect(log).toContain("epi: 24 analyses computed (all: not cached before), 0 from cache, corpus imported");
    // Live progress: the file with its record count, then each analysis with its time.
    expect(log).toContain("  exports/savedrecs.txt: 188 records (wos-plaintext)");
    expect(log.filter((l) => /^ {2}[a-zA-Z]+: [\d,]+ ms$/.test(l))).toHaveLength(24);
  }, 120_000);

  it("recomputes only the analysis whose parameters changed, on the cached corpus, with a cold build's output", async () => {
    writeFileSync(reportFile, readFileSync(reportFile, "utf8").replace("{ field: ID, n: 250, minFreq: 5, cluster: walktrap }", "{ field: ID, n: 250, minFreq: 3, cluster: walktrap }"));
    const warm = await generate("warm");
    const d = detail(warm.outcome);
    expect(d.computed).toEqual([{ id: "thematicMap", reasons: ["parameters changed"] }]);
    expect(d.fromCache).toHaveLength(23);
    expect(d.corpus).toBe("from cache");
    expect(warm.log).toContain("epi: computed (reason: parameters changed)");
    expect(warm.log).toContain("epi: 1 analysis computed (thematicMap: parameters changed), 23 from cache, corpus from cache");
    expect(warm.log).not.toContain("  exports/savedrecs.txt: 188 records (wos-plaintext)");
    expect(warm.log.filter((l) => /^ {2}[a-zA-Z]+: [\d,]+ ms$/.test(l))).toEqual([expect.stringMatching(/^ {2}thematicMap: /)]);

    const cold = await generate("cold-params");
    expect(detail(cold.outcome).corpus).toBe("imported");
    expectSameFiles(generated(warm.root), generated(cold.root));
  }, 120_000);

  it("recomputes only the analyses that read the thesaurus when it changes, with a cold build's output", async () => {
    const before = keywordsOf(join(work, "warm"));
    writeFileSync(join(content, "reports/epi/thesaurus.tsv"), "label\treplace by\nEPILEPSY\t\nCLASSIFICATION\tCLASSIFIERS\n");
    const warm = await generate("warm");
    const d = detail(warm.outcome);
    expect(d.computed.map((c) => c.id)).toEqual(THESAURUS_ANALYSES);
    expect(d.computed.every((c) => c.reasons.join() === "thesaurus changed")).toBe(true);
    expect(d.fromCache).toHaveLength(24 - THESAURUS_ANALYSES.length);
    expect(warm.log).toContain(`epi: 6 analyses computed (${THESAURUS_ANALYSES.join(", ")}: thesaurus changed), 18 from cache, corpus from cache`);
    // The thesaurus did change results (EPILEPSY is removed from the keyword table).
    expect(keywordsOf(warm.root)).not.toBe(before);
    expect(keywordsOf(warm.root)).not.toContain('"EPILEPSY"');

    const cold = await generate("cold-thesaurus");
    expectSameFiles(generated(warm.root), generated(cold.root));
  }, 120_000);

  it("keeps one entry per analysis and one corpus per report", () => {
    const cache = new ReportCache(join(work, "warm"));
    expect(readTree(join(cache.dir, "corpus", "epi")).size).toBe(2); // <key>.v8 and last.json
    for (const id of THESAURUS_ANALYSES) expect(readTree(join(cache.dir, "analysis", "epi", id)).size, id).toBe(2);
  });
});

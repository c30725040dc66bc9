import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../../analyses/corpus/build-corpus.ts";
import { analyzeCorpus, analyzeCorpusParallel, planAnalyses } from "../../../../analyses/report/analyze-corpus.ts";
import { runAnalysesInParallel, startAnalysisWorker } from "../../../../analyses/report/parallel/parallel-runner.ts";
import { EMPTY_THESAURUS } from "../../../../analyses/words/thesaurus.ts";

const EXPORT = resolve(import.meta.dirname, "../../../../content/reports/ai-epilepsy/exports/savedrecs.txt");
const inputs = [{ file: "savedrecs.txt", bytes: new Uint8Array(readFileSync(EXPORT)) }];

describe("analyses on two threads", () => {
  it("give the JSON of the one-thread run, whichever thread ran each analysis", async () => {
    const options = {
      filter: {},
      referenceYear: 2026,
      thesaurus: { synonyms: [{ target: "eeg", terms: ["electroencephalography"] }], remove: ["humans"] },
      analyses: { thematicMap: { cluster: "louvain" as const } },
    };
    const one = analyzeCorpus(inputs, options);
    // Several runs: the first while the worker is still starting (this thread then claims most),
    // the later ones with the worker ready.
    const timings: Record<string, number>[] = [];
    for (let run = 0; run < 3; run++) {
      const two = await analyzeCorpusParallel(inputs, options);
      expect(JSON.stringify(two.results)).toBe(JSON.stringify(one.results));
      timings.push(two.timings);
    }
    for (const t of timings) expect(Object.keys(t).sort()).toEqual(Object.keys(one.timings).sort());
  }, 60_000);

  it("runs every planned analysis exactly once, on both threads, and reports each as it finishes", async () => {
    const { records } = buildCorpus(inputs, {});
    const jobs = planAnalyses({ analyses: { threeField: false } });
    await startAnalysisWorker();
    const heard: string[] = [];
    const outcomes = await runAnalysesInParallel(records, jobs, 2026, EMPTY_THESAURUS, (job) => heard.push(job.id));
    // With the worker ready, it takes its share.
    expect(outcomes.filter((o) => o.thread === "worker").length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.thread === "main").length).toBeGreaterThan(0);
    expect(outcomes).toHaveLength(jobs.length);
    expect(heard.sort()).toEqual(jobs.map((j) => j.id).sort());
    expect(jobs.map((j) => j.id)).not.toContain("threeField");
    const main = outcomes[jobs.findIndex((j) => j.id === "mainInformation")]!.value as { documents: number };
    expect(main.documents).toBe(188);
  }, 60_000);

  it("never keeps a process alive: one that started the worker, used or not, exits when its work is done", () => {
    const runner = pathToFileURL(resolve(import.meta.dirname, "../../../../analyses/report/parallel/parallel-runner.ts")).href;
    const dir = mkdtempSync(join(tmpdir(), "bibliosite-worker-"));
    const tsx = resolve(import.meta.dirname, "../../../../node_modules/tsx/dist/cli.mjs");
    for (const [name, body] of [
      ["started.mts", "void startAnalysisWorker();"],
      ["awaited.mts", "await startAnalysisWorker();"],
    ] as const) {
      const script = join(dir, name);
      writeFileSync(script, `import { startAnalysisWorker } from ${JSON.stringify(runner)};\n${body}\nconsole.log("done");\n`);
      const run = spawnSync(process.execPath, [tsx, script], { encoding: "utf8", timeout: 30_000 });
      expect(run.signal, `${name} was still running after 30 s`).toBeNull();
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.trim()).toBe("done");
    }
  }, 70_000);
});

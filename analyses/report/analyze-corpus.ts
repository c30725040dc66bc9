import { buildCorpus, type Corpus, type CorpusFilter, type CorpusInput, type CorpusLedger, type LazyCorpusInput } from "../corpus/build-corpus.ts";
import type { LedgerFile } from "../corpus/ledger.ts";
import type { ImportOptions } from "../import/importer.ts";
import type { AnnualProduction } from "../descriptives/annual-production.ts";
import type { MainInformation } from "../descriptives/main-information.ts";
import { EMPTY_THESAURUS, type Thesaurus } from "../words/thesaurus.ts";
import { ANALYSES } from "./analysis-registry.ts";
import { runAnalysesInParallel, startAnalysisWorker } from "./parallel/parallel-runner.ts";
import { runAnalysis } from "./parallel/run-analysis.ts";

/** Exports as bytes, or read one at a time when the import gets to them. */
export type AnalysisInput = CorpusInput | LazyCorpusInput;

/** Bumped whenever an analysis changes its numbers: results name the engine that made them. */
export const ENGINE_VERSION = "0.2.3";
/** The bibliometrix release whose numbers the defaults reproduce. */
export const BIBLIOMETRIX_EMULATED = "5.4.1";

/** What the engine reports while it works, as it happens (for a build's live progress). */
export type AnalysisProgress =
  | { kind: "file"; file: LedgerFile }
  | { kind: "import"; ms: number; records: number }
  | { kind: "analysis"; id: string; ms: number };

export interface AnalysisOptions {
  filter: CorpusFilter;
  /** How exports are read (e.g. BibTeX "corrected"); absent = bibliometrix's reading. */
  import?: ImportOptions;
  /** "Now" for document age and citations per year; always given, never the clock. */
  referenceYear: number;
  /** Per analysis id: its parameters, or false to leave it out (absent = defaults). */
  analyses?: Record<string, unknown>;
  thesaurus?: Thesaurus;
  onProgress?: (event: AnalysisProgress) => void;
}

/** Every result of one corpus: plain JSON, deterministic for the same inputs. */
export interface CorpusResults {
  engine: { name: "bibliosite"; version: string; emulates: string };
  referenceYear: number;
  filter: CorpusFilter;
  ledger: CorpusLedger;
  /** The parameters each analysis ran with, defaults filled in. */
  params: Record<string, unknown>;
  mainInformation: MainInformation;
  annualProduction: AnnualProduction;
  /** Every other analysis by id (see analysis-registry.ts): its result, "not-available" or "error". */
  analyses: Record<string, unknown>;
}

export interface AnalysisRun {
  corpus: Corpus;
  results: CorpusResults;
  /** Milliseconds per stage ("import", then each analysis run): for progress logs and benchmarks, never in results. */
  timings: Record<string, number>;
}

/** One analysis a report runs: its id, its parameters with defaults filled in, whether it reads the thesaurus. */
export interface PlannedAnalysis {
  id: string;
  params: unknown;
  usesThesaurus: boolean;
}

/** The analyses these options run, in report order (those set to false left out). */
export function planAnalyses(options: Pick<AnalysisOptions, "analyses">): PlannedAnalysis[] {
  const plan: PlannedAnalysis[] = [];
  for (const analysis of ANALYSES) {
    const given = options.analyses?.[analysis.id];
    if (given === false) continue;
    plan.push({ id: analysis.id, params: analysis.params.parse(given ?? {}), usesThesaurus: analysis.usesThesaurus });
  }
  return plan;
}

/** Exports -> corpus (records and ledger), reporting each file as its format's importer finishes it. */
export function importCorpus(inputs: readonly AnalysisInput[], options: Pick<AnalysisOptions, "filter" | "import" | "onProgress">): { corpus: Corpus; ms: number } {
  const t0 = performance.now();
  const onFile = options.onProgress ? (file: LedgerFile) => options.onProgress!({ kind: "file", file }) : undefined;
  const corpus = buildCorpus(inputs, options.filter, options.import, onFile);
  const ms = performance.now() - t0;
  options.onProgress?.({ kind: "import", ms, records: corpus.records.length });
  return { corpus, ms };
}

/**
 * Every planned analysis of an imported corpus. `reuse` holds results already computed for some
 * analyses (by id, e.g. from a build cache keyed by corpus, parameters and thesaurus): those are
 * taken as they are, the others run. Results are assembled in report order either way, so a run
 * that reuses some results gives the same JSON as one that computes them all.
 */
export function analyzeImported(corpus: Corpus, options: AnalysisOptions, reuse: Readonly<Record<string, unknown>> = {}): AnalysisRun {
  const plan = planAnalyses(options);
  const values: Record<string, unknown> = { ...reuse };
  const timings: Record<string, number> = {};
  const thesaurus = options.thesaurus ?? EMPTY_THESAURUS;
  for (const planned of plan) {
    if (Object.hasOwn(reuse, planned.id)) continue;
    const outcome = runAnalysis(corpus.records, planned, options.referenceYear, thesaurus);
    values[planned.id] = outcome.value;
    timings[planned.id] = outcome.ms;
    options.onProgress?.({ kind: "analysis", id: planned.id, ms: outcome.ms });
  }
  return { corpus, results: assembleResults(corpus, options, plan, values), timings };
}

/** The results of a run in report order, whichever thread or cache each value came from. */
function assembleResults(corpus: Corpus, options: AnalysisOptions, plan: readonly PlannedAnalysis[], values: Readonly<Record<string, unknown>>): CorpusResults {
  const params: Record<string, unknown> = {};
  const analyses: Record<string, unknown> = {};
  for (const planned of plan) {
    params[planned.id] = planned.params;
    analyses[planned.id] = values[planned.id];
  }
  const { mainInformation, annualProduction, ...others } = analyses;
  return {
    engine: { name: "bibliosite", version: ENGINE_VERSION, emulates: BIBLIOMETRIX_EMULATED },
    referenceYear: options.referenceYear,
    filter: options.filter,
    ledger: corpus.ledger,
    params,
    mainInformation: mainInformation as MainInformation,
    annualProduction: annualProduction as AnnualProduction,
    analyses: others,
  };
}

/** One analysis's result inside a CorpusResults (the two tables every page needs sit at the top level). */
export function analysisResult(results: CorpusResults, id: string): unknown {
  if (id === "mainInformation") return results.mainInformation;
  if (id === "annualProduction") return results.annualProduction;
  return results.analyses[id];
}

/** Exports -> corpus -> every analysis. Pure: bytes in, results out. */
export function analyzeCorpus(inputs: readonly AnalysisInput[], options: AnalysisOptions): AnalysisRun {
  const { corpus, ms } = importCorpus(inputs, options);
  const run = analyzeImported(corpus, options);
  return { ...run, timings: { import: ms, ...run.timings } };
}

/**
 * analyzeImported with the analyses to compute spread over this thread and a worker
 * (parallel/parallel-runner.ts): the same results, in about 0.75 of the one-thread analysis time here.
 */
export async function analyzeImportedParallel(corpus: Corpus, options: AnalysisOptions, reuse: Readonly<Record<string, unknown>> = {}): Promise<AnalysisRun> {
  const plan = planAnalyses(options);
  const jobs = plan.filter((job) => !Object.hasOwn(reuse, job.id));
  const outcomes = await runAnalysesInParallel(corpus.records, jobs, options.referenceYear, options.thesaurus ?? EMPTY_THESAURUS, (job, outcome) =>
    options.onProgress?.({ kind: "analysis", id: job.id, ms: outcome.ms }),
  );
  const values: Record<string, unknown> = { ...reuse };
  const timings: Record<string, number> = {};
  jobs.forEach((job, i) => {
    values[job.id] = outcomes[i]!.value;
    timings[job.id] = outcomes[i]!.ms;
  });
  return { corpus, results: assembleResults(corpus, options, plan, values), timings };
}

/** analyzeCorpus with the analyses on two threads. */
export async function analyzeCorpusParallel(inputs: readonly AnalysisInput[], options: AnalysisOptions): Promise<AnalysisRun> {
  // The worker loads the engine while this thread imports.
  void startAnalysisWorker();
  const { corpus, ms } = importCorpus(inputs, options);
  const run = await analyzeImportedParallel(corpus, options);
  return { ...run, timings: { import: ms, ...run.timings } };
}

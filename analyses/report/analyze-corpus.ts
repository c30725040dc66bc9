import { buildCorpus, type Corpus, type CorpusFilter, type CorpusInput, type CorpusLedger } from "../corpus/build-corpus.ts";
import type { ImportOptions } from "../import/importer.ts";
import type { AnnualProduction } from "../descriptives/annual-production.ts";
import type { MainInformation } from "../descriptives/main-information.ts";
import { EMPTY_THESAURUS, type Thesaurus } from "../words/thesaurus.ts";
import { ANALYSES } from "./analysis-registry.ts";

/** Bumped whenever an analysis changes its numbers: results name the engine that made them. */
export const ENGINE_VERSION = "0.2.0";
/** The bibliometrix release whose numbers the defaults reproduce. */
export const BIBLIOMETRIX_EMULATED = "5.4.1";

export interface AnalysisOptions {
  filter: CorpusFilter;
  /** How exports are read (e.g. BibTeX "corrected"); absent = bibliometrix's reading. */
  import?: ImportOptions;
  /** "Now" for document age and citations per year; always given, never the clock. */
  referenceYear: number;
  /** Per analysis id: its parameters, or false to leave it out (absent = defaults). */
  analyses?: Record<string, unknown>;
  thesaurus?: Thesaurus;
}

/** An analysis that threw: the report says so in its section instead of failing the build. */
export interface AnalysisError {
  status: "error";
  message: string;
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
  /** Milliseconds per stage ("import", then each analysis id): for progress logs and benchmarks, never in results. */
  timings: Record<string, number>;
}

/** Exports -> corpus -> every analysis. Pure: bytes in, results out. */
export function analyzeCorpus(inputs: CorpusInput[], options: AnalysisOptions): AnalysisRun {
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const corpus = buildCorpus(inputs, options.filter, options.import);
  timings.import = performance.now() - t0;
  const ctx = { referenceYear: options.referenceYear, thesaurus: options.thesaurus ?? EMPTY_THESAURUS };
  const params: Record<string, unknown> = {};
  const analyses: Record<string, unknown> = {};
  for (const analysis of ANALYSES) {
    const given = options.analyses?.[analysis.id];
    if (given === false) continue;
    const p = analysis.params.parse(given ?? {});
    params[analysis.id] = p;
    t0 = performance.now();
    try {
      analyses[analysis.id] = analysis.run(corpus.records, p as never, ctx);
    } catch (error) {
      analyses[analysis.id] = { status: "error", message: error instanceof Error ? error.message : String(error) } satisfies AnalysisError;
    }
    timings[analysis.id] = performance.now() - t0;
  }
  const { mainInformation, annualProduction, ...others } = analyses;
  const results: CorpusResults = {
    engine: { name: "bibliosite", version: ENGINE_VERSION, emulates: BIBLIOMETRIX_EMULATED },
    referenceYear: options.referenceYear,
    filter: options.filter,
    ledger: corpus.ledger,
    params,
    mainInformation: mainInformation as MainInformation,
    annualProduction: annualProduction as AnnualProduction,
    analyses: others,
  };
  return { corpus, results, timings };
}

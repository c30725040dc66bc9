import { buildCorpus, type Corpus, type CorpusFilter, type CorpusInput, type CorpusLedger } from "../corpus/build-corpus.ts";
import { annualProduction, type AnnualProduction } from "../descriptives/annual-production.ts";
import { mainInformation, type MainInformation } from "../descriptives/main-information.ts";

/** Bumped whenever an analysis changes its numbers: results name the engine that made them. */
export const ENGINE_VERSION = "0.1.0";
/** The bibliometrix release whose numbers the defaults reproduce. */
export const BIBLIOMETRIX_EMULATED = "5.4.1";

export interface AnalysisOptions {
  filter: CorpusFilter;
  /** "Now" for document age and citations per year; always given, never the clock. */
  referenceYear: number;
}

/** Every result of one corpus: plain JSON, deterministic for the same inputs. */
export interface CorpusResults {
  engine: { name: "bibliosite"; version: string; emulates: string };
  referenceYear: number;
  filter: CorpusFilter;
  ledger: CorpusLedger;
  mainInformation: MainInformation;
  annualProduction: AnnualProduction;
}

/** Exports -> corpus -> every analysis. Pure: bytes in, results out. */
export function analyzeCorpus(inputs: CorpusInput[], options: AnalysisOptions): { corpus: Corpus; results: CorpusResults } {
  const corpus = buildCorpus(inputs, options.filter);
  const results: CorpusResults = {
    engine: { name: "bibliosite", version: ENGINE_VERSION, emulates: BIBLIOMETRIX_EMULATED },
    referenceYear: options.referenceYear,
    filter: options.filter,
    ledger: corpus.ledger,
    mainInformation: mainInformation(corpus.records, { referenceYear: options.referenceYear }),
    annualProduction: annualProduction(corpus.records),
  };
  return { corpus, results };
}

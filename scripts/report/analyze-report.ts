import { analyzeCorpusParallel, type AnalysisOptions, type AnalysisRun } from "../../analyses/report/analyze-corpus.ts";
import type { CorpusInput } from "../../analyses/corpus/build-corpus.ts";
import type { LoadedReport } from "./load-report.ts";

/** The engine's inputs for a loaded report folder: its exports and the options its front matter declares. */
export function reportInputs(report: LoadedReport): CorpusInput[] {
  return report.exports.map((e) => ({ file: e.name, bytes: e.bytes }));
}

export function reportAnalysisOptions(report: LoadedReport): AnalysisOptions {
  const { corpus } = report.config;
  return {
    filter: {
      ...(corpus.years ? { years: corpus.years } : {}),
      ...(corpus.documentTypes ? { documentTypes: corpus.documentTypes } : {}),
    },
    ...(corpus.import ? { import: corpus.import } : {}),
    referenceYear: report.config.referenceYear,
    analyses: report.config.analyses,
    ...(report.thesaurus ? { thesaurus: report.thesaurus } : {}),
  };
}

/** A loaded report folder through the engine (analyses on two threads), with the parameters its front matter declares. */
export function analyzeReport(report: LoadedReport): Promise<AnalysisRun> {
  return analyzeCorpusParallel(reportInputs(report), reportAnalysisOptions(report));
}

import { analyzeCorpus, type CorpusResults } from "../../analyses/report/analyze-corpus.ts";
import type { Corpus } from "../../analyses/corpus/build-corpus.ts";
import type { LoadedReport } from "./load-report.ts";

/** A loaded report folder through the engine, with the parameters its front matter declares. */
export function analyzeReport(report: LoadedReport): { corpus: Corpus; results: CorpusResults } {
  const { corpus } = report.config;
  return analyzeCorpus(
    report.exports.map((e) => ({ file: e.name, bytes: e.bytes })),
    {
      filter: {
        ...(corpus.years ? { years: corpus.years } : {}),
        ...(corpus.documentTypes ? { documentTypes: corpus.documentTypes } : {}),
      },
      referenceYear: report.config.referenceYear,
    },
  );
}

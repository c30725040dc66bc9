import { analyzeCorpus, type AnalysisRun } from "../../analyses/report/analyze-corpus.ts";
import type { LoadedReport } from "./load-report.ts";

/** A loaded report folder through the engine, with the parameters its front matter declares. */
export function analyzeReport(report: LoadedReport): AnalysisRun {
  const { corpus } = report.config;
  return analyzeCorpus(
    report.exports.map((e) => ({ file: e.name, bytes: e.bytes })),
    {
      filter: {
        ...(corpus.years ? { years: corpus.years } : {}),
        ...(corpus.documentTypes ? { documentTypes: corpus.documentTypes } : {}),
      },
      ...(corpus.import ? { import: corpus.import } : {}),
      referenceYear: report.config.referenceYear,
      analyses: report.config.analyses,
      ...(report.thesaurus ? { thesaurus: report.thesaurus } : {}),
    },
  );
}

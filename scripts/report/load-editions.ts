/**
 * A report's earlier editions (front matter `editions:`) as reports of their own: the same
 * parameters, prose and thesaurus, with the edition's years and exports (the report's by default).
 * An edition's results depend only on its own inputs, so adding newer exports to the report leaves
 * an edition whose `exports` excludes them byte-identical.
 */
import { ReportConfigError } from "../../analyses/config/report-config.ts";
import { resolveExports, type LoadedReport } from "./load-report.ts";

export interface LoadedEdition {
  id: string;
  title: string;
  /** The edition as a report: analyse it with analyzeReport, key it with analysisKey. */
  report: LoadedReport;
}

export async function loadEditions(report: LoadedReport): Promise<LoadedEdition[]> {
  const out: LoadedEdition[] = [];
  for (const [index, e] of (report.config.editions ?? []).entries()) {
    const years = e.years ?? report.config.corpus.years;
    if (years && years[1] > report.config.referenceYear) {
      throw new ReportConfigError(report.reportFile, `editions[${index}].years`, `${years[1]} is after referenceYear (${report.config.referenceYear})`);
    }
    const patterns = e.exports ?? report.config.corpus.exports;
    const corpus = { ...report.config.corpus, exports: patterns, ...(years ? { years } : {}) };
    const exports = e.exports ? await resolveEditionExports(report, patterns, index) : report.exports;
    const { editions: _ignored, ...rest } = report.config;
    out.push({
      id: e.id,
      title: e.title ?? `Edition ${e.id}`,
      report: { ...report, config: { ...rest, corpus }, exports },
    });
  }
  return out;
}

async function resolveEditionExports(report: LoadedReport, patterns: string[], index: number): Promise<LoadedReport["exports"]> {
  try {
    return await resolveExports(report.dir, patterns, report.reportFile);
  } catch (error) {
    // resolveExports names the report's own key; say it was this edition's.
    if (error instanceof ReportConfigError) {
      throw new ReportConfigError(report.reportFile, `editions[${index}].exports`, error.message.replace(/^.*?front matter key "[^"]*": /, ""));
    }
    throw error;
  }
}

import { annualProductionNarrative } from "../../analyses/narrative/annual-production.ts";
import type { CorpusResults } from "../../analyses/report/analyze-corpus.ts";
import type { ReportConfig } from "../../analyses/config/report-config.ts";
import type { ReportIndexEntry, ReportPageData } from "../pages/page-data.ts";
import { ledgerSummary } from "./ledger-summary.ts";
import { mainInformationRows } from "./main-info-rows.ts";

export interface ReportSource {
  slug: string;
  config: ReportConfig;
  exportNames: string[];
}

/**
 * A report's page data before its figures are rendered (emitReport fills `figure` and the paths).
 * Corpus text reaches the page only through this object.
 */
export function pageDataFromResults(source: ReportSource, results: CorpusResults): ReportPageData {
  const { config } = source;
  const ap = results.annualProduction;
  return {
    slug: source.slug,
    title: config.title,
    referenceYear: results.referenceYear,
    methods: {
      database: config.corpus.database,
      query: config.corpus.query,
      years: config.corpus.years ?? null,
      documentTypes: config.corpus.documentTypes ?? null,
      exports: source.exportNames,
    },
    ledger: ledgerSummary(results.ledger),
    mainInformation: mainInformationRows(results.mainInformation),
    annualProduction: {
      rows: ap.rows,
      growthRatePct: ap.growthRatePct ?? 0,
      figure: {
        id: "annual-production",
        title: "Annual scientific production",
        svg: "",
        specPath: "",
        alt: "",
        downloads: { svg: "", csv: "", spec: "" },
      },
    },
    narrative: [
      {
        section: "annual-production",
        paragraphs: annualProductionNarrative({
          rows: ap.rows,
          growthRatePct: ap.growthRatePct ?? 0,
          documents: ap.documents,
          referenceYear: results.referenceYear,
        }),
      },
    ],
    resultsPath: "",
  };
}

export function indexEntryFromPage(page: ReportPageData): ReportIndexEntry {
  const years = page.annualProduction.rows;
  return {
    slug: page.slug,
    title: page.title,
    documents: page.ledger.analysed,
    years: years.length > 0 ? [years[0]!.year, years[years.length - 1]!.year] : null,
    database: page.methods.database,
  };
}

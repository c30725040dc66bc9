import { annualProductionNarrative } from "../../analyses/narrative/annual-production.ts";
import {
  authorsNarrative,
  countriesNarrative,
  keywordsNarrative,
  mostCitedNarrative,
  sourcesNarrative,
  thematicEvolutionNarrative,
  thematicMapNarrative,
  trendTopicsNarrative,
} from "../../analyses/narrative/sections.ts";
import { BIBLIOMETRIX_EMULATED, ENGINE_VERSION, type CorpusResults } from "../../analyses/report/analyze-corpus.ts";
import { ANALYSES } from "../../analyses/report/analysis-registry.ts";
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
    instrument: {
      bibliosite: ENGINE_VERSION,
      bibliometrix: BIBLIOMETRIX_EMULATED,
      note: `Numbers computed as bibliometrix ${BIBLIOMETRIX_EMULATED} computes them; the reference year for ages and citations per year is ${results.referenceYear}.`,
    },
    parameters: parameterRows(results.params),
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
      ...sectionNarratives(results),
    ],
    resultsPath: "",
  };
}

type Ok<T> = T & { status: "ok" };
const ok = <T>(value: unknown): Ok<T> | null =>
  typeof value === "object" && value !== null && (value as { status?: string }).status === "ok" ? (value as Ok<T>) : null;
/** Thematic map and evolution results carry no status: they are results unless they declined. */
const plain = <T>(value: unknown): T | null =>
  typeof value === "object" && value !== null && !("status" in value) ? (value as T) : null;

/** Generated prose of each result section, keyed by the section ids the page uses. */
function sectionNarratives(results: CorpusResults): { section: string; paragraphs: string[] }[] {
  const a = results.analyses;
  const blocks: { section: string; paragraphs: string[] }[] = [];
  const add = (section: string, paragraphs: string[] | null): void => {
    if (paragraphs && paragraphs.length > 0) blocks.push({ section, paragraphs });
  };
  const keywords = ok<Parameters<typeof keywordsNarrative>[0]>(a.keywords);
  add("keywords", keywords && keywordsNarrative(keywords));
  const map = plain<Parameters<typeof thematicMapNarrative>[0]>(a.thematicMap);
  add("thematic-map", map && thematicMapNarrative(map));
  const evolution = plain<Parameters<typeof thematicEvolutionNarrative>[0]>(a.thematicEvolution);
  add("thematic-evolution", evolution && thematicEvolutionNarrative(evolution));
  const trends = ok<Parameters<typeof trendTopicsNarrative>[0]>(a.trendTopics);
  add("trend-topics", trends && trendTopicsNarrative(trends));
  const sources = ok<Parameters<typeof sourcesNarrative>[0]>(a.sources);
  add("sources", sources && sourcesNarrative(sources, ok<NonNullable<Parameters<typeof sourcesNarrative>[1]>>(a.bradford)));
  const authors = ok<Parameters<typeof authorsNarrative>[0]>(a.authors);
  add("authors", authors && authorsNarrative(authors, ok<NonNullable<Parameters<typeof authorsNarrative>[1]>>(a.lotka)));
  const countries = ok<Parameters<typeof countriesNarrative>[0]>(a.correspondingCountries);
  add("countries", countries && countriesNarrative(countries));
  const cited = ok<Parameters<typeof mostCitedNarrative>[0]>(a.mostCited);
  add("most-cited", cited && mostCitedNarrative(cited));
  return blocks;
}

/** Every parameter each analysis ran with, one row each, for the methods section. */
function parameterRows(params: Record<string, unknown>): { analysis: string; parameter: string; value: string }[] {
  const rows: { analysis: string; parameter: string; value: string }[] = [];
  for (const analysis of ANALYSES) {
    const p = params[analysis.id];
    if (typeof p !== "object" || p === null) continue;
    for (const [parameter, value] of Object.entries(p)) {
      rows.push({ analysis: analysis.title, parameter, value: value === null ? "default" : Array.isArray(value) ? (value.length === 0 ? "none" : value.join(", ")) : String(value) });
    }
  }
  return rows;
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

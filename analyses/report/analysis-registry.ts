import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { affiliations, affiliationsParamsSchema } from "../descriptives/affiliations.ts";
import { annualProduction } from "../descriptives/annual-production.ts";
import { authorProductionOverTime, authorProductionOverTimeParamsSchema } from "../descriptives/author-production-over-time.ts";
import { bradford, bradfordParamsSchema } from "../descriptives/bradford.ts";
import { citationsPerYear, citationsPerYearParamsSchema } from "../descriptives/citations-per-year.ts";
import { correspondingCountries, correspondingCountriesParamsSchema } from "../descriptives/corresponding-countries.ts";
import { countryProduction, countryProductionParamsSchema } from "../descriptives/country-production.ts";
import { hIndex, hIndexParamsSchema } from "../descriptives/h-index.ts";
import { localCitations, localCitationsParamsSchema } from "../descriptives/local-citations.ts";
import { lotka, lotkaParamsSchema } from "../descriptives/lotka.ts";
import { mainInformation } from "../descriptives/main-information.ts";
import { mostCitedDocuments, mostCitedDocumentsParamsSchema } from "../descriptives/most-cited-documents.ts";
import { relevantAuthors, relevantAuthorsParamsSchema } from "../descriptives/relevant-authors.ts";
import { relevantSources, relevantSourcesParamsSchema } from "../descriptives/relevant-sources.ts";
import { sourceProductionOverTime, sourceProductionOverTimeParamsSchema } from "../descriptives/source-production-over-time.ts";
import { networkMap, networkMapParamsSchema } from "../networks/network-map.ts";
import { evolutionCuts } from "../thematic/evolution-cuts.ts";
import { thematicEvolution, thematicEvolutionParamsSchema } from "../thematic/thematic-evolution.ts";
import { thematicMap, thematicMapParamsSchema } from "../thematic/thematic-map.ts";
import { keywordFrequency, keywordFrequencyParamsSchema } from "../words/keyword-frequency.ts";
import { keywordGrowth, keywordGrowthParamsSchema } from "../words/keyword-growth.ts";
import type { Thesaurus } from "../words/thesaurus.ts";
import { threeField, threeFieldParamsSchema } from "../words/three-field.ts";
import { trendTopics, trendTopicsParamsSchema } from "../words/trend-topics.ts";

/**
 * Every analysis a report runs, in report order, with the parameters its front matter may set
 * (`analyses: { <id>: { ... } }`, or `<id>: false` to leave it out). Defaults are bibliometrix's
 * (biblioshiny's where the two differ, as each module documents). The reference year and the
 * report's thesaurus come from the report, never from a parameter.
 */

export interface AnalysisContext {
  referenceYear: number;
  thesaurus: Thesaurus;
}

export interface AnalysisDefinition {
  id: string;
  title: string;
  params: z.ZodTypeAny;
  /** Reads ctx.thesaurus. Only these receive the report's thesaurus, and only their cached results are keyed by it. */
  usesThesaurus: boolean;
  run(records: readonly BibRecord[], params: never, ctx: AnalysisContext): unknown;
}

/** The thesaurus as bibliometrix's `synonyms` / `remove.terms` parameters, for analyses that take those. */
function thesaurusParams(t: Thesaurus, params: { synonyms?: string[]; removeTerms?: string[] }) {
  return {
    synonyms: [...t.synonyms.map((s) => [s.target, ...s.terms].join(";")), ...(params.synonyms ?? [])],
    removeTerms: [...t.remove, ...(params.removeTerms ?? [])],
  };
}

const withoutReferenceYear = <T extends z.AnyZodObject>(schema: T) => schema.omit({ referenceYear: true });
const empty = z.object({}).strict();

function define<S extends z.ZodTypeAny>(
  id: string,
  title: string,
  params: S,
  run: (records: readonly BibRecord[], params: z.infer<S>, ctx: AnalysisContext) => unknown,
  uses: { thesaurus?: true } = {},
): AnalysisDefinition {
  return { id, title, params, usesThesaurus: uses.thesaurus ?? false, run: run as AnalysisDefinition["run"] };
}

export const ANALYSES: readonly AnalysisDefinition[] = [
  define("mainInformation", "Main information", empty, (r, _p, ctx) => mainInformation(r, { referenceYear: ctx.referenceYear })),
  define("annualProduction", "Annual scientific production", empty, (r) => annualProduction(r)),
  define("citationsPerYear", "Average citations per year", withoutReferenceYear(citationsPerYearParamsSchema), (r, p, ctx) =>
    citationsPerYear(r, { ...p, referenceYear: ctx.referenceYear }),
  ),
  define("keywords", "Keyword frequency", keywordFrequencyParamsSchema, (r, p, ctx) => keywordFrequency(r, p, ctx.thesaurus), { thesaurus: true }),
  define("keywordGrowth", "Keyword growth", keywordGrowthParamsSchema, (r, p, ctx) => keywordGrowth(r, p, ctx.thesaurus), { thesaurus: true }),
  define("thematicMap", "Thematic map", thematicMapParamsSchema, (r, p, ctx) => thematicMap(r, { ...p, ...thesaurusParams(ctx.thesaurus, p) }), { thesaurus: true }),
  define(
    "thematicEvolution",
    "Thematic evolution",
    thematicEvolutionParamsSchema.extend({ years: z.array(z.number().int()).min(1).optional() }),
    (r, p, ctx) => {
      // Without cut years, three slices of the span as the bibliometrix oracle runs chose them.
      const years = p.years ?? evolutionCuts(r.map((x) => x.PY))?.years;
      if (!years) return { status: "not-available", missing: ["PY"], reason: "not available: fewer than two publication years" };
      return thematicEvolution(r, { ...p, years, ...thesaurusParams(ctx.thesaurus, p) });
    },
    { thesaurus: true },
  ),
  define("trendTopics", "Trend topics", trendTopicsParamsSchema, (r, p, ctx) => trendTopics(r, p, ctx.thesaurus), { thesaurus: true }),
  define("sources", "Most relevant sources", relevantSourcesParamsSchema, (r, p) => relevantSources(r, p)),
  define("bradford", "Bradford's law", bradfordParamsSchema, (r, p) => bradford(r, p)),
  define("sourceProductionOverTime", "Sources' production over time", sourceProductionOverTimeParamsSchema, (r, p) => sourceProductionOverTime(r, p)),
  define("sourceImpact", "Sources' local impact (h, g, m)", withoutReferenceYear(hIndexParamsSchema).omit({ elements: true }), (r, p, ctx) =>
    hIndex(r, { ...p, elements: "sources", referenceYear: ctx.referenceYear }),
  ),
  define("authors", "Most relevant authors", relevantAuthorsParamsSchema, (r, p) => relevantAuthors(r, p)),
  define("lotka", "Lotka's law", lotkaParamsSchema, (r, p) => lotka(r, p)),
  define("authorProductionOverTime", "Authors' production over time", withoutReferenceYear(authorProductionOverTimeParamsSchema), (r, p, ctx) =>
    authorProductionOverTime(r, { ...p, referenceYear: ctx.referenceYear }),
  ),
  define("authorImpact", "Authors' local impact (h, g, m)", withoutReferenceYear(hIndexParamsSchema).omit({ elements: true }), (r, p, ctx) =>
    hIndex(r, { ...p, elements: "authors", referenceYear: ctx.referenceYear }),
  ),
  define("affiliations", "Most relevant affiliations", affiliationsParamsSchema, (r, p) => affiliations(r, p)),
  define("correspondingCountries", "Corresponding authors' countries", correspondingCountriesParamsSchema, (r, p) => correspondingCountries(r, p)),
  define("countryProduction", "Countries' scientific production", countryProductionParamsSchema, (r, p) => countryProduction(r, p)),
  define("mostCited", "Most globally cited documents", withoutReferenceYear(mostCitedDocumentsParamsSchema), (r, p, ctx) =>
    mostCitedDocuments(r, { ...p, referenceYear: ctx.referenceYear }),
  ),
  define("localCitations", "Most locally cited references", localCitationsParamsSchema, (r, p) => localCitations(r, p)),
  define("cooccurrenceNetwork", "Co-occurrence network", networkMapParamsSchema, (r, p, ctx) => networkMap(r, p, ctx.thesaurus), { thesaurus: true }),
  define(
    "collaborationNetwork",
    "Countries' collaboration network",
    networkMapParamsSchema.omit({ analysis: true }).extend({ network: z.enum(["countries", "authors"]).default("countries") }),
    (r, p) => networkMap(r, { ...p, analysis: "collaboration" }),
  ),
  define("threeField", "Three-field plot", threeFieldParamsSchema, (r, p) => threeField(r, p)),
];

export const ANALYSIS_IDS = ANALYSES.map((a) => a.id);

/** The tables every report page is built on: they cannot be switched off. */
const ALWAYS_RUN = new Set(["mainInformation", "annualProduction"]);

/** The `analyses:` front matter: every id optional; an object of parameters, or false to skip it. */
export const analysesConfigSchema = z
  .object(
    Object.fromEntries(ANALYSES.map((a) => [a.id, (ALWAYS_RUN.has(a.id) ? a.params : z.union([z.literal(false), a.params])).optional()])),
  )
  .strict();

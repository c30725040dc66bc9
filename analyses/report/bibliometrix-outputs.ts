import type { BibRecord } from "../model/record.ts";
import { annualProduction, toBibliometrixAnnualProduction } from "../descriptives/annual-production.ts";
import { isNotAvailable } from "../descriptives/availability.ts";
import { correspondingCountries, toBibliometrixCountries } from "../descriptives/corresponding-countries.ts";
import { mainInformation, toBibliometrixMainInfo } from "../descriptives/main-information.ts";
import { mostCitedDocuments, toBibliometrixTopCited } from "../descriptives/most-cited-documents.ts";
import { relevantAuthors, toBibliometrixTopAuthors } from "../descriptives/relevant-authors.ts";
import { relevantSources, toBibliometrixTopSources } from "../descriptives/relevant-sources.ts";
import { evolutionCuts } from "../thematic/evolution-cuts.ts";
import { thematicEvolution, toBibliometrixThematicEvolution } from "../thematic/thematic-evolution.ts";
import { thematicMap, toBibliometrixThematicMap } from "../thematic/thematic-map.ts";
import { keywordFrequency, toBibliometrixKeywords } from "../words/keyword-frequency.ts";
import { toBibliometrixTrendTopics, trendTopics } from "../words/trend-topics.ts";

/**
 * Our results in the names and shapes of bibliometrix's own output files (those of
 * shared/oracle/<dataset>/), made with the calls its oracle runs used, so a user — or
 * `npm run parity` — can compare file to file.
 */

export interface BibliometrixRunParams {
  referenceYear: number;
  /** Keyword field of the thematic evolution and trend topics (bibliometrix's runs: ID). */
  field?: "ID" | "DE" | "KW_Merged";
  /** thematicEvolution cut years; default: the oracle runs' rule (evolution-cuts.ts). */
  evolutionYears?: number[];
  /** fieldByYear min.freq; default as the oracle runs: 5 from 200 documents, else 2. */
  trendMinFreq?: number;
}

/**
 * Where bibliometrix stops with an error its output file holds `error` (after the call's parameters,
 * given in `head`); we write our reason there. `empty` is what bibliometrix writes instead when it
 * returns an empty table rather than stopping (keyword tables, countries).
 */
function attempt(make: () => unknown, head: Record<string, unknown> = {}, empty?: unknown): unknown {
  try {
    const value = make();
    if (!isNotAvailable(value)) return value;
    return empty ?? { ...head, error: value.reason };
  } catch (error) {
    return { ...head, error: error instanceof Error ? error.message : String(error) };
  }
}

/** countries.json of a corpus where no corresponding author's country was found, as jsonlite writes R's NULLs. */
const NO_COUNTRIES = {
  summary_k20_corresponding_author_countries: null,
  summary_k20_total_citations_per_country: null,
  full_AU1_CO: [],
  full_country_collaboration: [{ Country: null, SCP: null }],
};

/** File name -> JSON value, in a stable order. */
export function bibliometrixOutputs(records: readonly BibRecord[], params: BibliometrixRunParams): Map<string, unknown> {
  const field = params.field ?? "ID";
  const files = new Map<string, unknown>();
  files.set("convert2df.json", { records: records.length });
  files.set("main-info.json", toBibliometrixMainInfo(mainInformation(records, { referenceYear: params.referenceYear })));
  files.set("annual-production.json", toBibliometrixAnnualProduction(annualProduction(records)));
  for (const tag of ["DE", "ID"] as const) {
    files.set(`keywords-${tag}.json`, attempt(() => {
      const r = keywordFrequency(records, { field: tag });
      return isNotAvailable(r) ? r : toBibliometrixKeywords(r);
    }, {}, { tag, n_terms: 0, table: [] }));
  }
  files.set("top-authors.json", attempt(() => {
    const r = relevantAuthors(records);
    return isNotAvailable(r) ? r : toBibliometrixTopAuthors(r);
  }));
  files.set("top-sources.json", attempt(() => {
    const r = relevantSources(records);
    return isNotAvailable(r) ? r : toBibliometrixTopSources(r);
  }));
  files.set("top-cited.json", attempt(() => toBibliometrixTopCited(mostCitedDocuments(records, { referenceYear: params.referenceYear }))));
  files.set("countries.json", attempt(() => {
    const r = correspondingCountries(records);
    return isNotAvailable(r) ? r : toBibliometrixCountries(r);
  }, {}, NO_COUNTRIES));
  for (const tag of ["ID", "DE"] as const) {
    files.set(
      `thematic-map-${tag}.json`,
      attempt(() => toBibliometrixThematicMap(thematicMap(records, { field: tag, n: 250, minFreq: 5, cluster: "walktrap" })), {
        field: tag,
        n: 250,
        minfreq_per_thousand: 5,
        cluster: "walktrap",
        seed: 1234,
      }),
    );
  }
  const years = params.evolutionYears ?? evolutionCuts(records.map((r) => r.PY))?.years;
  files.set(`thematic-evolution-${field}.json`, attempt(() => {
    if (!years) throw new Error("fewer than two publication years: nothing to slice");
    return toBibliometrixThematicEvolution(thematicEvolution(records, { field, years, n: 250, minFreq: 2, cluster: "walktrap" }));
  }));
  const pys = records.map((r) => r.PY).filter((y): y is number => y !== null);
  const minFreq = params.trendMinFreq ?? (records.length >= 200 ? 5 : 2);
  files.set(`trend-topics-${field}.json`, attempt(() => {
    const r = trendTopics(records, {
      field,
      minFreq,
      itemsPerYear: 3,
      timespan: pys.length > 0 ? [pys.reduce((m, y) => Math.min(m, y)), pys.reduce((m, y) => Math.max(m, y))] : null,
    });
    return isNotAvailable(r) ? r : toBibliometrixTrendTopics(r);
  }));
  return files;
}

import { isNotAvailable } from "../../analyses/descriptives/availability.ts";
import { toBibliometrixCountries, type CorrespondingCountries } from "../../analyses/descriptives/corresponding-countries.ts";
import { toBibliometrixTopCited, type MostCitedDocuments } from "../../analyses/descriptives/most-cited-documents.ts";
import { toBibliometrixTopAuthors, type RelevantAuthors } from "../../analyses/descriptives/relevant-authors.ts";
import { toBibliometrixTopSources, type RelevantSources } from "../../analyses/descriptives/relevant-sources.ts";
import type { BibRecord } from "../../analyses/model/record.ts";
import type { NetworkMap } from "../../analyses/networks/network-map.ts";
import type { CorpusResults } from "../../analyses/report/analyze-corpus.ts";
import { toBibliometrixThematicEvolution, type ThematicEvolutionResult } from "../../analyses/thematic/thematic-evolution.ts";
import { toBibliometrixThematicMap, type ThematicMapResult } from "../../analyses/thematic/thematic-map.ts";
import { toBibliometrixKeywords, type KeywordFrequency } from "../../analyses/words/keyword-frequency.ts";
import { tableTagItems } from "../../analyses/words/table-tag.ts";
import { toBibliometrixTrendTopics, type TrendTopics } from "../../analyses/words/trend-topics.ts";
import type { DrillSourceRecord } from "../pages/drilldown.ts";
import type { ReportAnalyses } from "./emit-report.ts";

/**
 * The engine's results in the shapes the figure modules draw (bibliometrix's output shapes), with
 * a section's reason instead when its analysis declined ("not available: CR missing") or failed.
 */
type Declined = { unavailable: string };

function declined(value: unknown): Declined | null {
  if (value === undefined) return null;
  if (isNotAvailable(value)) return { unavailable: `Not available for this corpus: ${value.reason.replace(/^not available: /, "")}.` };
  if (typeof value === "object" && value !== null && (value as { status?: string }).status === "error") {
    return { unavailable: `This analysis could not be computed: ${(value as { message: string }).message}` };
  }
  return null;
}

function convert<T, U>(value: unknown, to: (v: T) => U): U | Declined | undefined {
  if (value === undefined) return undefined;
  const refused = declined(value);
  if (refused) return refused;
  const converted = to(value as T);
  // bibliometrix's shape for "no clusters formed" and similar is an `error` entry: say so in words.
  if (typeof converted === "object" && converted !== null && "error" in converted) {
    return { unavailable: "Not available for this corpus: too few keywords occur often enough for themes to form." };
  }
  return converted;
}

function networkInput(m: NetworkMap) {
  return {
    field: m.field,
    nodes: m.nodes.map((node, i) => ({ id: String(i), label: node.label.toLowerCase(), x: node.x, y: node.y, cluster: node.cluster, freq: node.occurrences })),
    edges: m.edges.map((e) => ({ source: String(e.source), target: String(e.target), weight: e.count })),
  };
}

export function reportAnalyses(results: CorpusResults): ReportAnalyses {
  const a = results.analyses;
  const out: ReportAnalyses = {};
  const set = <K extends keyof ReportAnalyses>(key: K, value: ReportAnalyses[K] | undefined): void => {
    if (value !== undefined) out[key] = value;
  };
  set("keywords", convert<KeywordFrequency, ReturnType<typeof toBibliometrixKeywords>>(a.keywords, toBibliometrixKeywords));
  set("thematicMap", convert<ThematicMapResult, ReturnType<typeof toBibliometrixThematicMap>>(a.thematicMap, toBibliometrixThematicMap) as ReportAnalyses["thematicMap"]);
  set("thematicEvolution", convert<ThematicEvolutionResult, ReturnType<typeof toBibliometrixThematicEvolution>>(a.thematicEvolution, toBibliometrixThematicEvolution) as ReportAnalyses["thematicEvolution"]);
  set("trendTopics", convert<TrendTopics, ReturnType<typeof toBibliometrixTrendTopics>>(a.trendTopics, toBibliometrixTrendTopics) as ReportAnalyses["trendTopics"]);
  set("sources", convert<RelevantSources, ReturnType<typeof toBibliometrixTopSources>>(a.sources, toBibliometrixTopSources));
  set("authors", convert<RelevantAuthors, ReturnType<typeof toBibliometrixTopAuthors>>(a.authors, toBibliometrixTopAuthors));
  set("countries", convert<CorrespondingCountries, ReturnType<typeof toBibliometrixCountries>>(a.correspondingCountries, toBibliometrixCountries));
  set("mostCited", convert<MostCitedDocuments, ReturnType<typeof toBibliometrixTopCited>>(a.mostCited, toBibliometrixTopCited) as ReportAnalyses["mostCited"]);
  set("network", convert<NetworkMap, ReturnType<typeof networkInput>>(a.cooccurrenceNetwork, networkInput));
  return out;
}

/** The analysed documents as the drill-down lists need them; keywords from the analyses' field. */
export function drillDocuments(records: readonly BibRecord[], keywordField: string): DrillSourceRecord[] {
  return records.map((r) => ({
    TI: r.extra.TI_raw ?? r.TI ?? "",
    AU: r.AU ? r.AU.split(";").map((s) => s.trim()).filter((s) => s !== "") : [],
    PY: r.PY,
    SO: r.SO ?? "",
    DI: r.DI,
    keywords: tableTagItems([keywordField === "ID" || keywordField === "DE" || keywordField === "SO" ? r[keywordField] : (r.extra[keywordField] ?? null)]),
    country: r.AU1_CO,
  }));
}

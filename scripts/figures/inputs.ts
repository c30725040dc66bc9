/**
 * The inputs of the figure modules: exactly the JSON shapes of bibliometrix's outputs as saved in
 * ../shared/oracle/<dataset>/ (keywords-ID.json, thematic-map-ID.json, ...), so the engine's
 * results, converted to those shapes, and the oracle files themselves can both be drawn.
 * Only the fields the figures read are declared; extra fields are allowed and ignored.
 */

/** keywords-ID.json / keywords-DE.json (tableTag). */
export interface KeywordTableInput {
  tag: string;
  n_terms?: number;
  table: { term: string; freq: number }[];
}

export interface ThematicClusterInput {
  membership_group?: number;
  label: string;
  name_full?: string;
  /** Number of words in the cluster. */
  n: number;
  centrality: number;
  density: number;
  rcentrality: number;
  rdensity: number;
  freq: number;
  /** "word score\nword score..." (top words with their label score). */
  top_words_with_score?: string;
}

export interface ThematicWordInput {
  Occurrences: number;
  Words: string;
  Cluster: number;
  Cluster_Label: string;
}

/** thematic-map-ID.json (thematicMap). */
export interface ThematicMapInput {
  field?: string;
  nclust?: number;
  axisOrigin: { mean_rcentrality: number; mean_rdensity: number };
  clusters: ThematicClusterInput[];
  words?: ThematicWordInput[];
}

export interface EvolutionNodeInput {
  name: string;
  /** Period, e.g. "2001-2019". */
  group: string;
  /** "name--period": the key of the node. */
  label: string;
  slice?: string | number;
  id?: number;
  freq: number;
}

export interface EvolutionLinkInput {
  CL1: string;
  CL2: string;
  Words?: string;
  Inc_Weighted: number;
  Inc_index?: number;
  Occ?: number;
  Tot?: number;
  Stability?: number;
}

/** thematic-evolution-ID.json (thematicEvolution). Links come from `Data` (keyed by label, not id). */
export interface ThematicEvolutionInput {
  field?: string;
  years?: number[];
  slice_sizes?: number[];
  Nodes: EvolutionNodeInput[];
  Data: EvolutionLinkInput[];
}

export interface TrendTopicInput {
  item: string;
  freq: number;
  year_q1: number;
  year_med: number;
  year_q3: number;
}

/** trend-topics-ID.json (fieldByYear). */
export interface TrendTopicsInput {
  field?: string;
  timespan?: number[];
  "min.freq"?: number;
  "n.items"?: number;
  df_graph: TrendTopicInput[];
}

/** top-sources.json */
export interface TopSourcesInput {
  full: { source: string; articles: number }[];
}

/** top-authors.json */
export interface TopAuthorsInput {
  full_articles: { author: string; articles: number }[];
  full_fractionalized?: { author: string; articles_fractionalized: number }[];
}

/** countries.json */
export interface CountriesInput {
  full_AU1_CO: { country: string; articles: number }[];
  full_country_collaboration: { Country: string; SCP: number; MCP: number }[];
}

/** top-cited.json */
export interface TopCitedInput {
  full: { paper: string; DOI: string | null; TC: number; TCperYear: number; NTC: number }[];
}

/**
 * Co-occurrence network as the engine gives it: node positions already computed (seeded VOS
 * layout), clusters numbered from 1.
 */
export interface NetworkInput {
  field?: string;
  nodes: { id: string; label: string; x: number; y: number; cluster: number; freq: number }[];
  edges: { source: string; target: string; weight: number }[];
}

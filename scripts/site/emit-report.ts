import { annualProductionFigure } from "../figures/annual-production.ts";
import { lotkaFigure, topAuthorsFigure } from "../figures/authors-production.ts";
import { bradfordZones } from "../figures/bradford-zones.ts";
import { cooccurrenceNetworkFigure } from "../figures/cooccurrence-network.ts";
import { countryCollaborationFigure } from "../figures/country-collaboration.ts";
import type { BuiltFigure } from "../figures/figure-types.ts";
import type {
  CountriesInput,
  KeywordTableInput,
  NetworkInput,
  ThematicEvolutionInput,
  ThematicMapInput,
  TopAuthorsInput,
  TopCitedInput,
  TopSourcesInput,
  TrendTopicsInput,
} from "../figures/inputs.ts";
import { keywordFrequencyFigure } from "../figures/keyword-frequency.ts";
import { mostCitedFigure } from "../figures/most-cited.ts";
import { prismaFlowFigure } from "../figures/prisma-flow.ts";
import { specJson } from "../figures/render-svg.ts";
import { svgToPng } from "../figures/render-png.ts";
import { sourcesBradfordFigure } from "../figures/sources-bradford.ts";
import { thematicEvolutionFigure } from "../figures/thematic-evolution.ts";
import { thematicMapFigure, topWords } from "../figures/thematic-map.ts";
import { trendTopicsFigure } from "../figures/trend-topics.ts";
import { wordCloudFigure } from "../figures/word-cloud.ts";
import { worldMapFigure } from "../figures/world-map.ts";
import { buildDrilldown, type DrillSourceRecord } from "../pages/drilldown.ts";
import type { FacetKind, FigureData, ReportPageData, ResultSection, TableCell, TableData } from "../pages/page-data.ts";
import { reportPaths, writeReportPage } from "../pages/write-report-page.ts";
import { sortByCountThenCollation } from "../../analyses/util/r-semantics.ts";
import { toCsv } from "../util/csv.ts";
import { diffEditions } from "../../analyses/report/edition-diff.ts";
import type { CorpusResults } from "../../analyses/report/analyze-corpus.ts";
import { editionSnapshot } from "../report/edition-snapshot.ts";

/** An earlier edition of the report and its results (front matter `editions:`, oldest first). */
export interface EditionPage {
  id: string;
  title: string;
  results: CorpusResults;
}

/** An analysis result, or why it is missing ("Not available: the exports have no C1 field."). */
export type Available<T> = T | { unavailable: string };

/**
 * The results the figures draw, each in the JSON shape of bibliometrix's output of the same name
 * in ../shared/oracle/<dataset>/ (see scripts/figures/inputs.ts). Leave a key out when the
 * analysis was not run; pass { unavailable } when it could not run on this corpus.
 */
export interface ReportAnalyses {
  keywords?: Available<KeywordTableInput>;
  thematicMap?: Available<ThematicMapInput>;
  thematicEvolution?: Available<ThematicEvolutionInput>;
  trendTopics?: Available<TrendTopicsInput>;
  sources?: Available<TopSourcesInput>;
  authors?: Available<TopAuthorsInput>;
  countries?: Available<CountriesInput>;
  mostCited?: Available<TopCitedInput>;
  network?: Available<NetworkInput>;
}

export interface EmitReportOptions {
  results?: unknown;
  authorBodyFile?: string;
  /** Results drawn in the Results sections (each section explains itself when its key is absent). */
  analyses?: ReportAnalyses;
  /** The analysed documents, for the drill-down lists (documents.json and facet indexes). */
  documents?: readonly DrillSourceRecord[];
  /** Rows shown in each table on the page (every row is in its CSV). Default 20. */
  tableRows?: number;
  /** Earlier editions, oldest first: each one's results.json, and what changed since the last one. */
  editions?: readonly EditionPage[];
}

const NOT_RUN = "Not run: the report's front matter does not ask for this analysis.";

function isUnavailable<T>(v: Available<T> | undefined): v is { unavailable: string } {
  return typeof v === "object" && v !== null && "unavailable" in v && typeof (v as { unavailable: unknown }).unavailable === "string";
}

/**
 * What the build does for one report once the analyses are done: render its figures, write their
 * downloads (SVG, PNG at 300 dpi, CSV, spec) and tables' CSV to public/reports/<slug>/, fill in
 * FigureData, the result sections, the drill-down files and the paths, write the JSON and the
 * MDX page. `results` is the whole result set, offered as one JSON download.
 */
export async function emitReport(rootDir: string, data: ReportPageData, opts: EmitReportOptions = {}): Promise<ReportPageData> {
  const paths = reportPaths(rootDir, data.slug);
  const p = paths.publicPrefix;
  const files: Record<string, string | Uint8Array> = {};
  let figureNumber = 0;
  const a = opts.analyses;

  // The drill-down lists first: a chart's marks open documents only for kinds that have an index.
  const tm = a?.thematicMap && !isUnavailable(a.thematicMap) ? a.thematicMap : undefined;
  const themes = tm?.words
    ? tm.clusters.map((c, i) => ({ label: c.label, words: tm.words!.filter((w) => w.Cluster === (c.membership_group ?? i + 1)).map((w) => w.Words) }))
    : [];
  const dd = opts.documents ? buildDrilldown(opts.documents, themes) : undefined;
  const hasFacet = (kind: FacetKind): boolean => dd?.facets[kind] !== undefined;

  const publish = (fig: BuiltFigure): FigureData => {
    figureNumber += 1;
    files[`${fig.id}.svg`] = fig.svg;
    files[`${fig.id}.png`] = svgToPng(fig.svg);
    files[`${fig.id}.csv`] = fig.csv;
    files[`${fig.id}.vg.json`] = specJson(fig.vegaSpec);
    if (fig.vegaLiteSpec) files[`${fig.id}.vl.json`] = specJson(fig.vegaLiteSpec);
    return {
      id: fig.id,
      label: `Figure ${figureNumber}`,
      title: fig.title,
      svg: fig.svg,
      alt: fig.alt,
      caption: fig.caption,
      ...(fig.drill && hasFacet(fig.drill.kind) ? { drill: fig.drill } : {}),
      specPath: `${p}${fig.id}.vg.json`,
      downloads: {
        svg: `${p}${fig.id}.svg`,
        png: `${p}${fig.id}.png`,
        csv: `${p}${fig.id}.csv`,
        spec: `${p}${fig.id}.${fig.vegaLiteSpec ? "vl" : "vg"}.json`,
      },
    };
  };
  const maxRows = opts.tableRows ?? 20;
  const table = (
    id: string,
    caption: string,
    columns: TableData["columns"],
    rows: TableCell[][],
    extra: Pick<TableData, "drill" | "doiColumn"> = {},
  ): TableData => {
    files[`table-${id}.csv`] = toCsv(
      rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.label, r[i] ?? ""]))),
      columns.map((c) => c.label),
    );
    return { id, caption, columns, rows: rows.slice(0, maxRows), totalRows: rows.length, csvPath: `${p}table-${id}.csv`, ...extra };
  };

  // Methods: the ledger as a PRISMA flow figure.
  const prisma = publish(await prismaFlowFigure(data.ledger, { database: data.methods.database }));

  // Results: annual production first (existing section), then the sections below.
  const fig = await annualProductionFigure(data.annualProduction.rows, { title: data.annualProduction.figure.title });
  const annual = publish({ id: "annual-production", title: data.annualProduction.figure.title, vegaLiteSpec: fig.vegaLiteSpec, vegaSpec: fig.vegaSpec, svg: fig.svg, csv: fig.csv, alt: fig.alt, caption: fig.caption, drill: fig.drill });
  const drill = (column: number, kind: FacetKind): Pick<TableData, "drill"> => (hasFacet(kind) ? { drill: { column, kind } } : {});
  const annualTable = table(
    "annual-production",
    "Documents per publication year",
    [{ label: "Year" }, { label: "Documents", numeric: true }],
    data.annualProduction.rows.map((r) => [String(r.year), r.articles]),
    drill(0, "year"),
  );

  const sections: ResultSection[] = [];
  if (a) {
    const section = async <T>(
      id: string,
      title: string,
      value: Available<T> | undefined,
      build: (v: T) => Promise<{ figures: FigureData[]; tables: TableData[] }>,
    ): Promise<void> => {
      if (value === undefined) {
        sections.push({ id, title, unavailable: NOT_RUN, figures: [], tables: [], narrativeSection: id });
        return;
      }
      if (isUnavailable(value)) {
        sections.push({ id, title, unavailable: value.unavailable, figures: [], tables: [], narrativeSection: id });
        return;
      }
      sections.push({ id, title, ...(await build(value as T)), narrativeSection: id });
    };

    await section("keywords", "Keyword frequency", a.keywords, async (kw) => ({
      figures: [publish(await keywordFrequencyFigure(kw)), publish(await wordCloudFigure(kw))],
      tables: [table("keywords", "Most frequent keywords", [{ label: "Keyword" }, { label: "Occurrences", numeric: true }], kw.table.map((r) => [r.term, r.freq]), drill(0, "keyword"))],
    }));
    await section("thematic-map", "Thematic map", a.thematicMap, async (tm) => ({
      figures: [publish(await thematicMapFigure(tm))],
      tables: [
        table(
          "thematic-map",
          "Themes of the thematic map",
          [{ label: "Theme" }, { label: "Top words" }, { label: "Occurrences", numeric: true }, { label: "Callon centrality", numeric: true }, { label: "Callon density", numeric: true }, { label: "Rank centrality", numeric: true }, { label: "Rank density", numeric: true }],
          tm.clusters.map((c) => [c.label, topWords(c).slice(0, 5).join(", "), c.freq, round(c.centrality, 3), round(c.density, 2), c.rcentrality, c.rdensity]),
          drill(0, "theme"),
        ),
      ],
    }));
    await section("thematic-evolution", "Thematic evolution", a.thematicEvolution, async (te) => ({
      figures: [publish(await thematicEvolutionFigure(te))],
      tables: [],
    }));
    await section("trend-topics", "Trend topics", a.trendTopics, async (tt) => ({
      figures: [publish(await trendTopicsFigure(tt))],
      tables: [
        table(
          "trend-topics",
          "Trend topics: publication years of the documents using each term",
          [{ label: "Term" }, { label: "Frequency", numeric: true }, { label: "Q1 year", numeric: true }, { label: "Median year", numeric: true }, { label: "Q3 year", numeric: true }],
          // Years as text: a number cell would be shown with a thousands separator ("2,019").
          tt.df_graph.map((r) => [r.item, r.freq, String(r.year_q1), String(r.year_med), String(r.year_q3)]),
          drill(0, "keyword"),
        ),
      ],
    }));
    await section("sources", "Sources and Bradford's law", a.sources, async (s) => ({
      figures: [publish(await sourcesBradfordFigure(s))],
      tables: [
        table(
          "sources",
          "Most relevant sources with their Bradford zone",
          [{ label: "Source" }, { label: "Documents", numeric: true }, { label: "Cumulative", numeric: true }, { label: "Zone", numeric: true }],
          bradfordZones(s.full).map((r) => [r.source, r.articles, r.cumulative, r.zone]),
          drill(0, "source"),
        ),
      ],
    }));
    await section("authors", "Authors and Lotka's law", a.authors, async (au) => {
      const frac = new Map((au.full_fractionalized ?? []).map((r) => [r.author, r.articles_fractionalized]));
      return {
        figures: [publish(await topAuthorsFigure(au)), publish(await lotkaFigure(au))],
        tables: [
          table(
            "authors",
            "Most productive authors",
            [{ label: "Author" }, { label: "Documents", numeric: true }, { label: "Fractionalised", numeric: true }],
            au.full_articles.map((r) => [r.author, r.articles, frac.has(r.author) ? round(frac.get(r.author)!, 2) : null]),
            drill(0, "author"),
          ),
        ],
      };
    });
    await section("countries", "Countries", a.countries, async (co) => ({
      figures: [publish(await worldMapFigure(co)), publish(await countryCollaborationFigure(co))],
      tables: [
        table(
          "countries",
          "Corresponding authors' countries",
          [{ label: "Country" }, { label: "Documents", numeric: true }, { label: "SCP", numeric: true }, { label: "MCP", numeric: true }, { label: "MCP ratio", numeric: true }],
          co.full_country_collaboration.map((r) => [r.Country, r.SCP + r.MCP, r.SCP, r.MCP, r.SCP + r.MCP ? round(r.MCP / (r.SCP + r.MCP), 3) : 0]),
          drill(0, "country"),
        ),
      ],
    }));
    await section("most-cited", "Most cited documents", a.mostCited, async (mc) => ({
      figures: [publish(await mostCitedFigure(mc))],
      tables: [
        table(
          "most-cited",
          "Most globally cited documents",
          [{ label: "Document" }, { label: "DOI" }, { label: "Citations", numeric: true }, { label: "Citations per year", numeric: true }, { label: "Normalised citations", numeric: true }],
          mc.full.map((r) => [r.paper, r.DOI ?? null, r.TC, round(r.TCperYear, 2), round(r.NTC, 3)]),
          { doiColumn: 1 },
        ),
      ],
    }));
    await section("cooccurrence-network", "Co-occurrence network", a.network, async (nw) => ({
      figures: [publish(await cooccurrenceNetworkFigure(nw))],
      tables: [
        table(
          "cooccurrence-network",
          "Nodes of the co-occurrence network with their cluster",
          [{ label: "Node" }, { label: "Cluster", numeric: true }, { label: "Occurrences", numeric: true }],
          // Most frequent first, ties in collation order (as bibliometrix sorts its tables).
          sortByCountThenCollation(nw.nodes, (n) => n.freq, (n) => n.label).map((n) => [n.label, n.cluster, n.freq]),
          drill(0, "keyword"),
        ),
      ],
    }));
  }

  let drilldown: ReportPageData["drilldown"];
  if (dd) {
    files["documents.json"] = JSON.stringify(dd.documents);
    const facets: NonNullable<ReportPageData["drilldown"]>["facets"] = {};
    for (const [kind, index] of Object.entries(dd.facets) as [FacetKind, Record<string, number[]>][]) {
      files[`facets-${kind}.json`] = JSON.stringify(index);
      facets[kind] = `${p}facets-${kind}.json`;
    }
    drilldown = { documents: `${p}documents.json`, facets };
  }

  let editions: ReportPageData["editions"];
  if (opts.editions?.length) {
    for (const e of opts.editions) files[`editions/${e.id}/results.json`] = `${JSON.stringify(e.results, null, 2)}\n`;
    const last = opts.editions.at(-1)!;
    const current = { id: "current", title: currentEditionTitle(data) };
    editions = {
      current,
      earlier: opts.editions.map((e) => ({ id: e.id, title: e.title, resultsPath: `${p}editions/${e.id}/results.json` })),
      // Compared only when this page's own results are at hand (they are in every build).
      changes: opts.results
        ? diffEditions(editionSnapshot(last.id, last.title, last.results), editionSnapshot(current.id, current.title, opts.results as CorpusResults))
        : null,
    };
  }

  const page: ReportPageData = {
    ...data,
    ...(editions ? { editions } : {}),
    prisma,
    annualProduction: { ...data.annualProduction, figure: { ...annual, title: data.annualProduction.figure.title }, table: annualTable },
    ...(a ? { sections } : {}),
    ...(drilldown ? { drilldown } : {}),
    resultsPath: `${p}results.json`,
  };
  const results = opts.results ?? { slug: page.slug, mainInformation: page.mainInformation, annualProduction: page.annualProduction.rows, analyses: a ?? null };
  files["results.json"] = `${JSON.stringify(results, null, 2)}\n`;
  writeReportPage({
    rootDir,
    data: page,
    publicFiles: files,
    ...(opts.authorBodyFile ? { authorBodyFile: opts.authorBodyFile } : {}),
  });
  return page;
}

function currentEditionTitle(data: ReportPageData): string {
  const years = data.methods.years;
  return years ? `Current edition (publications up to ${years[1]})` : "Current edition";
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

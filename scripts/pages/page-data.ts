/**
 * The JSON a generated report page imports. Corpus text reaches the page only through this
 * data (rendered by components), never as MDX source.
 */
import type { EditionChanges } from "../../analyses/report/edition-diff.ts";

/** Base-relative paths (e.g. "reports/bci-eeg/annual-production.svg"); the page applies the base. */
export interface DownloadLinks {
  svg: string;
  png?: string;
  csv: string;
  spec: string;
}

export interface FigureData {
  id: string;
  /** Figure number shown in the caption ("Figure 3"); set by emitReport in page order. */
  label?: string;
  title: string;
  /** Static SVG rendered at build time (shown without JavaScript). */
  svg: string;
  /** Base-relative path of the Vega spec the interactive view loads (e.g. "reports/bci-eeg/annual-production.vg.json"). */
  specPath: string;
  /** Short text alternative for screen readers. */
  alt: string;
  /** Caption under the chart (e.g. "Years with no documents (...) are shown as 0."). Optional. */
  caption?: string;
  downloads: DownloadLinks;
  /** Chart marks that open the documents of their item on click (set only when the drill-down lists exist). */
  drill?: FigureDrill;
}

/**
 * Which field of a clicked mark's datum names a drill-down item, and of which kind. Marks whose
 * datum lacks the field (axes, reference lines, lines joining points) open nothing.
 */
export interface FigureDrill {
  /** Datum field holding the item, written as the facet index keys it (or their lower case). */
  field: string;
  kind: FacetKind;
  /** When one mark stands for several items (a map shape shared by two country names): their separator. */
  separator?: string;
}

export interface LedgerSummary {
  read: number;
  rejected: number;
  duplicates: number;
  filtered: number;
  analysed: number;
  /** Analysed records that have no publication year (Early Access): kept, counted in no year. */
  analysedWithoutYear: number;
  /** Per-file counts. */
  files: { file: string; format: string; records: number; rejected: number }[];
  /** Rejected records with file, line and reason (all of them). */
  rejections: { file: string; line: number; reason: string }[];
  /** Filtered counts by rule with their explanation. */
  filters: { rule: string; count: number; detail: string }[];
  /** Duplicates grouped by the pair of files involved. */
  duplicateGroups: { file: string; ofFile: string; count: number }[];
  /**
   * Records of different formats or databases merged into one work (the data provenance of a
   * multi-database corpus): where each came from, the key that matched, the fields taken over.
   */
  merges?: { kept: string; merged: string; key: string; value: string; fields: string }[];
}

export interface ReportPageData {
  slug: string;
  title: string;
  referenceYear: number;
  methods: {
    database: string;
    query: string;
    years: [number, number] | null;
    documentTypes: string[] | null;
    exports: string[];
    /** Inclusion criteria in words (optional; years and document types are shown anyway). */
    inclusionCriteria?: string[];
  };
  ledger: LedgerSummary;
  /** The ledger as a PRISMA-style flow figure (filled by emitReport). */
  prisma?: FigureData;
  /** The instrument: software versions, for the methods section. */
  instrument?: { bibliosite: string; bibliometrix: string; note?: string };
  /** Every parameter used, one row each (analysis, parameter, value as text). */
  parameters?: { analysis: string; parameter: string; value: string }[];
  /** Result sections after annual production, in page order (filled by emitReport). */
  sections?: ResultSection[];
  /** Base-relative paths of the drill-down files (documents.json and facet indexes). */
  drilldown?: DrilldownPaths;
  /** Main Information rows as bibliometrix prints them (Description, Results), with section headers flagged. */
  mainInformation: { label: string; value: string; header: boolean }[];
  annualProduction: {
    rows: { year: number; articles: number }[];
    growthRatePct: number;
    figure: FigureData;
    /** Documents per year as a table (drillable by year); filled by emitReport. */
    table?: TableData;
  };
  /** Paragraphs of generated prose, each a list of plain-text runs (no markup). */
  narrative: { section: string; paragraphs: string[] }[];
  /** Base-relative path of the whole result set as JSON. */
  resultsPath: string;
  /** Earlier editions (front matter `editions:`) and what changed since the last one; absent without editions. */
  editions?: {
    current: { id: string; title: string };
    /** Oldest first; resultsPath: base-relative path of the edition's results.json. */
    earlier: { id: string; title: string; resultsPath: string }[];
    changes: EditionChanges | null;
  };
}

export interface ReportIndexEntry {
  slug: string;
  title: string;
  documents: number;
  years: [number, number] | null;
  database: string;
}

/** Kinds of item a reader can open the documents of. */
export type FacetKind = "theme" | "keyword" | "source" | "author" | "country" | "year";

export interface DrilldownPaths {
  /** documents.json: DrillDocument[] (index = document id). */
  documents: string;
  /** Per kind, facets-<kind>.json: Record<item, documentIds[]>. */
  facets: Partial<Record<FacetKind, string>>;
}

/** One document as the drill-down lists show it. */
export interface DrillDocument {
  id: number;
  TI: string;
  AU: string;
  PY: number | null;
  SO: string;
  /** DOI without prefix (rendered only as an https://doi.org/ link). */
  DI: string | null;
}

export type TableCell = string | number | null;

/** A table with its CSV download; optional drill-down on one column and DOI links on another. */
export interface TableData {
  id: string;
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: TableCell[][];
  /** Base-relative path of the CSV of the whole table (rows shown may be fewer). */
  csvPath: string;
  /** Rows in the CSV (the page shows `rows.length`). */
  totalRows: number;
  /** Column whose cells open the documents of that item. */
  drill?: { column: number; kind: FacetKind };
  /** Column holding DOIs, rendered as https://doi.org/ links. */
  doiColumn?: number;
}

/** One result section: figures, tables, or the reason it is absent. */
export interface ResultSection {
  id: string;
  title: string;
  /** Why there is nothing to show ("Not available: the exports have no cited references (CR)."). */
  unavailable?: string;
  figures: FigureData[];
  tables: TableData[];
  /** Which `narrative` block belongs here (ReportPageData.narrative[].section). */
  narrativeSection: string;
}

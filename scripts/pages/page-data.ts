/**
 * The JSON a generated report page imports. Corpus text reaches the page only through this
 * data (rendered by components), never as MDX source.
 */
/** Base-relative paths (e.g. "reports/bci-eeg/annual-production.svg"); the page applies the base. */
export interface DownloadLinks {
  svg: string;
  png?: string;
  csv: string;
  spec: string;
}

export interface FigureData {
  id: string;
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
  };
  ledger: LedgerSummary;
  /** Main Information rows as bibliometrix prints them (Description, Results), with section headers flagged. */
  mainInformation: { label: string; value: string; header: boolean }[];
  annualProduction: {
    rows: { year: number; articles: number }[];
    growthRatePct: number;
    figure: FigureData;
  };
  /** Paragraphs of generated prose, each a list of plain-text runs (no markup). */
  narrative: { section: string; paragraphs: string[] }[];
  /** Base-relative path of the whole result set as JSON. */
  resultsPath: string;
}

export interface ReportIndexEntry {
  slug: string;
  title: string;
  documents: number;
  years: [number, number] | null;
  database: string;
}

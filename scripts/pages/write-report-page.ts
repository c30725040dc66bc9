/**
 * Generated report pages: the MDX source of a report page, written as a syntax tree and
 * serialised with remark (never by pasting corpus text into MDX source).
 *
 * File layout for a report <slug> (paths relative to the repository root; all gitignored):
 *
 *   src/generated/reports/<slug>.json        ReportPageData — the only way corpus text reaches the page
 *   src/generated/index.json                 ReportIndexEntry[] — the home page's list (optional)
 *   src/pages/reports/<slug>.mdx             this module's output -> dist/reports/<slug>/index.html
 *   public/reports/<slug>/annual-production.svg|csv|vl.json|vg.json
 *                                            figure downloads; .vg.json is what the browser loads
 *                                            (FigureData.specPath / downloads are base-relative
 *                                            paths to these, e.g. "reports/<slug>/annual-production.svg")
 *   public/reports/<slug>/<figure>.svg|png|csv|vl.json|vg.json   every figure (PNG at 300 dpi)
 *   public/reports/<slug>/table-<id>.csv      every table's CSV
 *   public/reports/<slug>/documents.json, facets-<kind>.json   drill-down lists (scripts/pages/drilldown.ts)
 *   public/reports/<slug>/results.json       ReportPageData.resultsPath (all results as JSON)
 *
 * The page imports its JSON (`import report from "../../generated/reports/<slug>.json"`) and passes
 * parts of it to components as attribute expressions (`rows={report.mainInformation}`), so a title
 * containing `{`, `<script>` or `}` is data, rendered as escaped text, never MDX or HTML.
 *
 * The author's prose (the body of content/reports/<slug>/report.mdx) is imported directly as an
 * MDX component — `authorBodyPath: "../../../content/reports/<slug>/report.mdx"` — and rendered
 * under "Introduction". Astro's MDX strips and ignores its YAML front matter; `npm run dev` reloads
 * the page when the author edits it; the author's relative imports keep working. Inside the body
 * the author can place data-bound blocks without imports:
 *   <AnnualProduction />  <MainInformation />  <Narrative section="..." />  <Ledger />  <Methods />
 *   <ReportFigure id="thematic-map" />  (any figure by FigureData.id; an unknown id stops the build)
 *   <ReportSection id="trend-topics" /> (a whole result section by ResultSection.id)
 * and read any value as {props.report.<field>} (e.g. {props.report.ledger.analysed}).
 *
 * The only code strings this module writes are import/export statements made of constant
 * identifiers and JSON-quoted import specifiers supplied by the build, and attribute expressions
 * naming fields of the imported data.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { Heading, Root, RootContent, Text } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import type { MdxjsEsm } from "mdast-util-mdxjs-esm";
import remarkMdx from "remark-mdx";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import type { ReportIndexEntry, ReportPageData } from "./page-data.ts";

export interface ReportPageMdxOptions {
  slug: string;
  /** Import specifier of the page's JSON as seen from the page, e.g. "../../generated/reports/<slug>.json". */
  dataImportPath: string;
  /** Import specifier of the author's report.mdx as seen from the page; its body becomes "Introduction". */
  authorBodyPath?: string;
  /** Import prefix of src/ as seen from the page. Default "../../" (page at src/pages/reports/<slug>.mdx). */
  srcImportPrefix?: string;
  /** The report has earlier editions: add "What changed since the last edition". */
  hasEditions?: boolean;
}

/** Folder names usable as a slug: letters, digits, ".", "_", "-"; no leading dot or dash. */
export const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function assertSlug(slug: string): void {
  if (!SLUG_PATTERN.test(slug) || slug.includes("..")) {
    throw new Error(`invalid report slug ${JSON.stringify(slug)}: use letters, digits, ".", "_" and "-"`);
  }
}

// The identifier the page binds its data to. (Not `url`, `file`, `frontmatter`, `props` or
// `components`: MDX and Astro reserve those.)
const DATA = "report";

/** Section ids as Astro's heading slugger makes them from the heading text. */
const SECTIONS = {
  introduction: "Introduction",
  methods: "Methods",
  results: "Results",
} as const;

function esm(lines: string[]): MdxjsEsm {
  return { type: "mdxjsEsm", value: lines.join("\n") };
}

function importDefault(name: string, specifier: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`bad identifier ${name}`);
  if (/[\u0000-\u001f]/.test(specifier)) throw new Error(`bad import specifier ${JSON.stringify(specifier)}`);
  return `import ${name} from ${JSON.stringify(specifier)};`;
}

function heading(depth: 2 | 3, text: string): Heading {
  const child: Text = { type: "text", value: text };
  return { type: "heading", depth, children: [child] };
}

/** An attribute whose value is an expression over the page data, e.g. rows={report.mainInformation}. */
function exprAttr(name: string, expression: string): MdxJsxAttribute {
  return { type: "mdxJsxAttribute", name, value: { type: "mdxJsxAttributeValueExpression", value: expression } };
}

function strAttr(name: string, value: string): MdxJsxAttribute {
  return { type: "mdxJsxAttribute", name, value };
}

function jsx(name: string, attributes: MdxJsxAttribute[], children: RootContent[] = []): MdxJsxFlowElement {
  return { type: "mdxJsxFlowElement", name, attributes, children: children as MdxJsxFlowElement["children"] };
}

/** Builds the page's syntax tree (exported for tests and for pages that add sections). */
export function reportPageTree(opts: ReportPageMdxOptions): Root {
  assertSlug(opts.slug);
  const src = (opts.srcImportPrefix ?? "../../").replace(/\/?$/, "/");
  const imports = [
    importDefault("ReportLayout", `${src}layouts/ReportLayout.astro`),
    importDefault("MethodsTable", `${src}components/MethodsTable.astro`),
    importDefault("LedgerFlow", `${src}components/LedgerFlow.astro`),
    importDefault("MainInfoTable", `${src}components/MainInfoTable.astro`),
    importDefault("Figure", `${src}components/Figure.astro`),
    importDefault("Narrative", `${src}components/Narrative.astro`),
    importDefault("RecordFlow", `${src}components/RecordFlow.astro`),
    importDefault("InstrumentTable", `${src}components/InstrumentTable.astro`),
    importDefault("DataTable", `${src}components/DataTable.astro`),
    importDefault("ResultSections", `${src}components/ResultSections.astro`),
    importDefault("DrillDown", `${src}components/DrillDown.astro`),
    importDefault("ReportFigure", `${src}components/ReportFigure.astro`),
    importDefault("ReportSection", `${src}components/ReportSection.astro`),
    ...(opts.hasEditions ? [importDefault("EditionChanges", `${src}components/EditionChanges.astro`)] : []),
    importDefault(DATA, opts.dataImportPath),
  ];
  const hasAuthor = opts.authorBodyPath !== undefined;
  if (hasAuthor) imports.push(importDefault("AuthorBody", opts.authorBodyPath!));

  const esmNodes: MdxjsEsm[] = [esm(imports)];
  if (hasAuthor) {
    // Data-bound blocks the author can place in report.mdx without importing anything.
    esmNodes.push(
      esm([
        "export const authorComponents = {",
        `  AnnualProduction: (props) => <Figure figure={${DATA}.annualProduction.figure} {...props} />,`,
        `  MainInformation: (props) => <MainInfoTable rows={${DATA}.mainInformation} slug={${DATA}.slug} {...props} />,`,
        `  Narrative: (props) => <Narrative narrative={${DATA}.narrative} {...props} />,`,
        `  Ledger: (props) => <LedgerFlow ledger={${DATA}.ledger} slug={${DATA}.slug} {...props} />,`,
        `  Methods: (props) => <MethodsTable methods={${DATA}.methods} referenceYear={${DATA}.referenceYear} slug={${DATA}.slug} {...props} />,`,
        `  ReportFigure: (props) => <ReportFigure {...props} report={${DATA}} />,`,
        `  ReportSection: (props) => <ReportSection {...props} report={${DATA}} />,`,
        "};",
      ]),
    );
  }

  const sections: [string, string, number][] = [];
  const body: RootContent[] = [];
  if (hasAuthor) {
    sections.push(["introduction", SECTIONS.introduction, 2]);
    body.push(
      heading(2, SECTIONS.introduction),
      jsx("AuthorBody", [exprAttr("report", DATA), exprAttr("components", "authorComponents")]),
    );
  }
  // [id, label, level]: ids as Astro's heading slugger makes them from the heading text.
  sections.push(
    ["methods", SECTIONS.methods, 2],
    ["data-collection", "Data collection", 3],
    ["data-provenance-record-flow", "Data provenance: record flow", 3],
    ["instrument-and-parameters", "Instrument and parameters", 3],
    ["results", SECTIONS.results, 2],
    ["main-information", "Main information", 3],
    ["annual-scientific-production", "Annual scientific production", 3],
  );
  body.push(
    heading(2, SECTIONS.methods),
    heading(3, "Data collection"),
    jsx("MethodsTable", [
      exprAttr("methods", `${DATA}.methods`),
      exprAttr("referenceYear", `${DATA}.referenceYear`),
      exprAttr("slug", `${DATA}.slug`),
    ]),
    heading(3, "Data provenance: record flow"),
    jsx("RecordFlow", [exprAttr("ledger", `${DATA}.ledger`), exprAttr("prisma", `${DATA}.prisma`), exprAttr("slug", `${DATA}.slug`)]),
    heading(3, "Instrument and parameters"),
    jsx("InstrumentTable", [exprAttr("instrument", `${DATA}.instrument`), exprAttr("parameters", `${DATA}.parameters`), exprAttr("slug", `${DATA}.slug`)]),
    heading(2, SECTIONS.results),
    heading(3, "Main information"),
    jsx("MainInfoTable", [exprAttr("rows", `${DATA}.mainInformation`), exprAttr("slug", `${DATA}.slug`)]),
    heading(3, "Annual scientific production"),
    jsx("Figure", [exprAttr("figure", `${DATA}.annualProduction.figure`)]),
    jsx("DataTable", [exprAttr("table", `${DATA}.annualProduction.table`), strAttr("collapsed", "true")]),
    // Narrative blocks no result section claims (annual production's, and any other).
    jsx("Narrative", [exprAttr("narrative", `${DATA}.narrative`), exprAttr("exclude", `(${DATA}.sections ?? []).map((s) => s.narrativeSection)`)]),
    jsx("ResultSections", [exprAttr("sections", `${DATA}.sections`), exprAttr("narrative", `${DATA}.narrative`)]),
    jsx("DrillDown", [exprAttr("paths", `${DATA}.drilldown`)]),
  );
  if (opts.hasEditions) {
    sections.push(["what-changed-since-the-last-edition", "What changed since the last edition", 2]);
    body.push(heading(2, "What changed since the last edition"), jsx("EditionChanges", [exprAttr("editions", `${DATA}.editions`)]));
  }

  const layout = jsx(
    "ReportLayout",
    [
      exprAttr("title", `${DATA}.title`),
      exprAttr("resultsPath", `${DATA}.resultsPath`),
      exprAttr("sections", JSON.stringify(sections)),
      exprAttr("resultSections", `${DATA}.sections`),
    ],
    body,
  );
  return { type: "root", children: [...esmNodes, layout] };
}

/** The MDX source of a report page (see the file comment for where it goes). */
export function reportPageMdx(opts: ReportPageMdxOptions): string {
  const tree = reportPageTree(opts);
  return unified()
    .use(remarkMdx)
    .use(remarkStringify, { bullet: "-", emphasis: "_", fences: true })
    .stringify(tree);
}

/** An import specifier from one file to another ("./x.json", "../../generated/..."), POSIX separators. */
export function importSpecifier(fromFile: string, toFile: string): string {
  let rel = relative(dirname(fromFile), toFile).split(sep).join("/");
  if (!rel.startsWith(".")) rel = `./${rel}`;
  return rel;
}

/** Where the files of report <slug> go under a project root (see the file comment). */
export function reportPaths(rootDir: string, slug: string) {
  assertSlug(slug);
  const pageFile = join(rootDir, "src", "pages", "reports", `${slug}.mdx`);
  const dataFile = join(rootDir, "src", "generated", "reports", `${slug}.json`);
  return {
    pageFile,
    dataFile,
    indexFile: join(rootDir, "src", "generated", "index.json"),
    /** Folder for the report's downloadable files (served at reports/<slug>/...). */
    publicDir: join(rootDir, "public", "reports", slug),
    /** Base-relative URL prefix of the files in publicDir ("reports/<slug>/"). */
    publicPrefix: `reports/${slug}/`,
    dataImportPath: importSpecifier(pageFile, dataFile),
    /** The author's report.mdx in content/reports/<slug>/, as an import specifier from the page. */
    authorImportPath: importSpecifier(pageFile, join(rootDir, "content", "reports", slug, "report.mdx")),
  };
}

export interface WriteReportPageInput {
  rootDir: string;
  data: ReportPageData;
  /** Files for public/reports/<slug>/, by file name (e.g. "annual-production.svg"). */
  /** Text or bytes (PNG). */
  publicFiles?: Record<string, string | Uint8Array>;
  /** Import the author's body from this file (absolute path), e.g. content/reports/<slug>/report.mdx. */
  authorBodyFile?: string;
}

/** Writes the data JSON, the public files and the MDX page of one report. Returns the paths written. */
export function writeReportPage(input: WriteReportPageInput): string[] {
  const { rootDir, data } = input;
  const paths = reportPaths(rootDir, data.slug);
  const written: string[] = [];
  const put = (file: string, text: string | Uint8Array): void => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    written.push(file);
  };
  put(paths.dataFile, `${JSON.stringify(data, null, 2)}\n`);
  for (const [name, text] of Object.entries(input.publicFiles ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Sub-folders allowed (editions/<id>/results.json); no "..", hidden or empty segment, no backslash.
    if (name.includes("\\") || name.split("/").some((part) => part === "" || part.startsWith("."))) throw new Error(`bad public file name ${name}`);
    put(join(paths.publicDir, name), text);
  }
  put(
    paths.pageFile,
    reportPageMdx({
      slug: data.slug,
      dataImportPath: paths.dataImportPath,
      ...(data.editions ? { hasEditions: true } : {}),
      ...(input.authorBodyFile ? { authorBodyPath: importSpecifier(paths.pageFile, input.authorBodyFile) } : {}),
    }),
  );
  return written;
}

/** Writes src/generated/index.json (entries sorted by slug for stable output). */
export function writeSiteIndex(rootDir: string, entries: readonly ReportIndexEntry[]): string {
  const file = join(rootDir, "src", "generated", "index.json");
  const sorted = [...entries].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  return file;
}

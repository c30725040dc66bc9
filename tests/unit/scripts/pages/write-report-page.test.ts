import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "@mdx-js/mdx";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { afterAll, describe, expect, it } from "vitest";
import type { ReportPageData } from "../../../../scripts/pages/page-data.ts";
import {
  assertSlug,
  importSpecifier,
  reportPageMdx,
  reportPaths,
  writeReportPage,
  writeSiteIndex,
} from "../../../../scripts/pages/write-report-page.ts";

const HOSTILE = "Deep {learning} <script>alert('x')</script> } in {neuroscience";

function pageData(slug = "dl-neuro"): ReportPageData {
  return {
    slug,
    title: HOSTILE,
    referenceYear: 2024,
    methods: { database: "WoS {x}", query: "TS=(<b>a</b>)", years: [2012, 2023], documentTypes: ["Article"], exports: ["e/{1}.txt"] },
    ledger: { read: 3, rejected: 0, duplicates: 1, filtered: 0, analysed: 2, analysedWithoutYear: 0, files: [], rejections: [], filters: [], duplicateGroups: [] },
    mainInformation: [{ label: "Documents", value: "<script>", header: false }],
    annualProduction: {
      rows: [{ year: 2012, articles: 2 }],
      growthRatePct: 0,
      figure: {
        id: "annual-production",
        title: HOSTILE,
        svg: "<svg></svg>",
        specPath: `reports/${slug}/annual-production.vg.json`,
        alt: HOSTILE,
        downloads: { svg: "a.svg", csv: "a.csv", spec: "a.vl.json" },
      },
    },
    narrative: [{ section: "annualProduction", paragraphs: [HOSTILE] }],
    resultsPath: `reports/${slug}/results.json`,
  };
}

const tmp = mkdtempSync(join(tmpdir(), "bibliosite-mdx-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function parse(mdx: string) {
  return unified().use(remarkParse).use(remarkMdx).parse(mdx);
}

describe("reportPageMdx", () => {
  const opts = { slug: "dl-neuro", dataImportPath: "../../generated/reports/dl-neuro.json" };

  it("is deterministic", () => {
    expect(reportPageMdx(opts)).toBe(reportPageMdx(opts));
  });

  it("compiles as MDX, with and without the author's body", async () => {
    await expect(compile(reportPageMdx(opts), { jsxImportSource: "astro" })).resolves.toBeTruthy();
    const withAuthor = reportPageMdx({ ...opts, authorBodyPath: "../../../content/reports/dl-neuro/report.mdx" });
    await expect(compile(withAuthor, { jsxImportSource: "astro" })).resolves.toBeTruthy();
  });

  it("imports the data and passes it as expressions, never as text", () => {
    const mdx = reportPageMdx(opts);
    expect(mdx).toContain('import report from "../../generated/reports/dl-neuro.json";');
    expect(mdx).toContain("title={report.title}");
    expect(mdx).toContain("rows={report.mainInformation}");
    expect(mdx).toContain("figure={report.annualProduction.figure}");
    // `url` is reserved in MDX pages: never exported.
    expect(mdx).not.toMatch(/export\s+(const|let|var|function)\s+url\b/);
  });

  it("lays the page out like the reference study: Methods (data collection, record flow, instrument), Results", () => {
    const tree = parse(reportPageMdx({ ...opts, authorBodyPath: "./author.mdx" }));
    const layout = tree.children.find((n) => n.type === "mdxJsxFlowElement")!;
    expect(layout.type === "mdxJsxFlowElement" && layout.name).toBe("ReportLayout");
    const order = (layout as { children: { type: string; name?: string; depth?: number; children?: { value?: string }[] }[] }).children.map((n) =>
      n.type === "heading" ? `h${n.depth}:${n.children?.[0]?.value}` : n.name,
    );
    expect(order).toEqual([
      "h2:Introduction",
      "AuthorBody",
      "h2:Methods",
      "h3:Data collection",
      "MethodsTable",
      "h3:Data provenance: record flow",
      "RecordFlow",
      "h3:Instrument and parameters",
      "InstrumentTable",
      "h2:Results",
      "h3:Main information",
      "MainInfoTable",
      "h3:Annual scientific production",
      "Figure",
      "DataTable",
      "Narrative",
      "ResultSections",
      "DrillDown",
    ]);
  });

  it("quotes import specifiers and rejects bad slugs", () => {
    const mdx = reportPageMdx({ slug: "x", dataImportPath: '../x";alert(1);"' });
    expect(mdx).toContain('import report from "../x\\";alert(1);\\"";');
    for (const bad of ["", "../x", "a/b", "-x", ".x", "a b", "x{y}"]) expect(() => assertSlug(bad)).toThrow();
    for (const good of ["bci-eeg", "dl_neuro.2024", "A1"]) expect(() => assertSlug(good)).not.toThrow();
  });
});

describe("writeReportPage", () => {
  it("keeps corpus text out of the MDX source: a title with {, <script> and } only reaches the JSON", async () => {
    const data = pageData();
    const written = writeReportPage({
      rootDir: tmp,
      data,
      publicFiles: { "annual-production.svg": "<svg/>" },
      authorBodyFile: join(tmp, "content", "reports", data.slug, "report.mdx"),
    });
    const paths = reportPaths(tmp, data.slug);
    expect(written).toEqual([paths.dataFile, join(paths.publicDir, "annual-production.svg"), paths.pageFile]);

    const mdx = readFileSync(paths.pageFile, "utf8");
    expect(mdx).not.toContain(HOSTILE);
    expect(mdx).not.toContain("<script");
    expect(mdx).not.toContain("alert(");
    expect(mdx).not.toContain("neuroscience");
    expect(mdx).toContain('import report from "../../generated/reports/dl-neuro.json";');
    expect(mdx).toContain('import AuthorBody from "../../../content/reports/dl-neuro/report.mdx";');
    await expect(compile(mdx, { jsxImportSource: "astro" })).resolves.toBeTruthy();

    expect(JSON.parse(readFileSync(paths.dataFile, "utf8")).title).toBe(HOSTILE);
  });

  it("writes the index sorted by slug", () => {
    const file = writeSiteIndex(tmp, [
      { slug: "b", title: "B", documents: 1, years: null, database: "x" },
      { slug: "a", title: "A", documents: 2, years: [2000, 2001], database: "y" },
    ]);
    expect(JSON.parse(readFileSync(file, "utf8")).map((e: { slug: string }) => e.slug)).toEqual(["a", "b"]);
  });

  it("refuses public file names that escape the report folder", () => {
    expect(() => writeReportPage({ rootDir: tmp, data: pageData("y"), publicFiles: { "../evil.js": "" } })).toThrow();
  });
});

describe("importSpecifier", () => {
  it("is relative with POSIX separators", () => {
    expect(importSpecifier("/r/src/pages/reports/x.mdx", "/r/src/generated/reports/x.json")).toBe("../../generated/reports/x.json");
    expect(importSpecifier("/r/a/x.mdx", "/r/a/y.json")).toBe("./y.json");
  });
});

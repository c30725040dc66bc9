import { describe, expect, it } from "vitest";
import type { FigureData, ReportPageData } from "../../../../scripts/pages/page-data.ts";
import { findReportFigure, findReportSection, reportFigures } from "../../../../src/lib/report-lookup.ts";
import { loadFixturePageData } from "../../../support/fixture-site.ts";

const figure = (id: string): FigureData => ({ id, title: id, svg: "<svg/>", specPath: `${id}.vg.json`, alt: id, downloads: { svg: "", csv: "", spec: "" } });

function page(): ReportPageData {
  const data = loadFixturePageData();
  return {
    ...data,
    prisma: figure("prisma-flow"),
    sections: [
      { id: "keywords", title: "Keyword frequency", figures: [figure("keyword-frequency"), figure("word-cloud")], tables: [], narrativeSection: "keywords" },
      { id: "thematic-map", title: "Thematic map", unavailable: "Not available: no ID.", figures: [], tables: [], narrativeSection: "thematic-map" },
    ],
  };
}

describe("report lookup for the author's <ReportFigure /> and <ReportSection />", () => {
  it("lists every figure in page order and finds one by id", () => {
    const report = page();
    expect(reportFigures(report).map((f) => f.id)).toEqual(["prisma-flow", "annual-production", "keyword-frequency", "word-cloud"]);
    expect(findReportFigure(report, "word-cloud")).toBe(report.sections![0]!.figures[1]);
    expect(findReportFigure(report, "annual-production")).toBe(report.annualProduction.figure);
  });

  it("finds a section, absent ones included (they show why)", () => {
    expect(findReportSection(page(), "thematic-map").unavailable).toBe("Not available: no ID.");
  });

  it("stops on an unknown or missing id, naming the report file, the block and the ids that exist", () => {
    const report = page();
    expect(() => findReportFigure(report, "thematic-mpa")).toThrow(
      'content/reports/fixture-bci/report.mdx: <ReportFigure id="thematic-mpa" />: expected the id of a figure of this report (prisma-flow, annual-production, keyword-frequency, word-cloud)',
    );
    expect(() => findReportSection(report, undefined)).toThrow("<ReportSection id=undefined />: expected the id of a result section of this report (keywords, thematic-map)");
    expect(() => findReportSection({ ...report, sections: undefined }, "keywords")).toThrow("(none)");
  });
});

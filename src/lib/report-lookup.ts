/**
 * Finding a figure or a result section of a report page by id, for the blocks an author places
 * in report.mdx (<ReportFigure id="..." />, <ReportSection id="..." />). An unknown id stops the
 * build with a message naming the report, the block and the ids that exist: a typo in the prose
 * must not silently drop a figure.
 */
import type { FigureData, ReportPageData, ResultSection } from "../../scripts/pages/page-data.ts";

/** Every figure of the page, in page order: the record flow, annual production, the result sections'. */
export function reportFigures(report: ReportPageData): FigureData[] {
  return [...(report.prisma ? [report.prisma] : []), report.annualProduction.figure, ...(report.sections ?? []).flatMap((s) => s.figures)];
}

function unknown(report: ReportPageData, block: string, id: unknown, what: string, known: string[]): Error {
  const list = known.length > 0 ? known.join(", ") : "none";
  return new Error(
    `content/reports/${report.slug}/report.mdx: <${block} id=${JSON.stringify(id)} />: expected the id of a ${what} of this report (${list})`,
  );
}

export function findReportFigure(report: ReportPageData, id: unknown): FigureData {
  const figures = reportFigures(report);
  const found = typeof id === "string" ? figures.find((f) => f.id === id) : undefined;
  if (!found) throw unknown(report, "ReportFigure", id, "figure", figures.map((f) => f.id));
  return found;
}

export function findReportSection(report: ReportPageData, id: unknown): ResultSection {
  const sections = report.sections ?? [];
  const found = typeof id === "string" ? sections.find((s) => s.id === id) : undefined;
  if (!found) throw unknown(report, "ReportSection", id, "result section", sections.map((s) => s.id));
  return found;
}

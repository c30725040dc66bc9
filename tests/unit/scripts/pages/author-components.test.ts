import { compile } from "@mdx-js/mdx";
import { describe, expect, it } from "vitest";
import { reportPageMdx } from "../../../../scripts/pages/write-report-page.ts";

describe("author components of a report page", () => {
  const opts = { slug: "dl-neuro", dataImportPath: "../../generated/reports/dl-neuro.json", authorBodyPath: "./author.mdx" };

  it("offers <ReportFigure /> and <ReportSection /> bound to the page data, after the author's props", () => {
    const mdx = reportPageMdx(opts);
    expect(mdx).toContain('import ReportFigure from "../../components/ReportFigure.astro";');
    expect(mdx).toContain('import ReportSection from "../../components/ReportSection.astro";');
    // `report` last: an author's attribute cannot replace the page data.
    expect(mdx).toContain("ReportFigure: (props) => <ReportFigure {...props} report={report} />,");
    expect(mdx).toContain("ReportSection: (props) => <ReportSection {...props} report={report} />,");
  });

  it("compiles as MDX", async () => {
    await expect(compile(reportPageMdx(opts), { jsxImportSource: "astro" })).resolves.toBeTruthy();
  });

  it("does not offer them without an author's body", () => {
    expect(reportPageMdx({ slug: "dl-neuro", dataImportPath: opts.dataImportPath })).not.toContain("authorComponents");
  });
});

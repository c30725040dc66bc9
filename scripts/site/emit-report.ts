import { annualProductionFigure } from "../figures/annual-production.ts";
import { specJson } from "../figures/render-svg.ts";
import type { ReportPageData } from "../pages/page-data.ts";
import { reportPaths, writeReportPage } from "../pages/write-report-page.ts";

/**
 * What the build does for one report once the analyses are done: render its figures, write their
 * downloads to public/reports/<slug>/, fill in FigureData and the paths, write the JSON and the
 * MDX page. `results` is the whole result set, offered as one JSON download.
 */
export async function emitReport(
  rootDir: string,
  data: ReportPageData,
  opts: { results?: unknown; authorBodyFile?: string } = {},
): Promise<ReportPageData> {
  const paths = reportPaths(rootDir, data.slug);
  const fig = await annualProductionFigure(data.annualProduction.rows, { title: data.annualProduction.figure.title });
  const p = paths.publicPrefix;
  const page: ReportPageData = {
    ...data,
    annualProduction: {
      ...data.annualProduction,
      figure: {
        ...data.annualProduction.figure,
        id: "annual-production",
        svg: fig.svg,
        alt: fig.alt,
        caption: fig.caption,
        specPath: `${p}annual-production.vg.json`,
        downloads: {
          svg: `${p}annual-production.svg`,
          csv: `${p}annual-production.csv`,
          spec: `${p}annual-production.vl.json`,
        },
      },
    },
    resultsPath: `${p}results.json`,
  };
  const results = opts.results ?? { slug: page.slug, mainInformation: page.mainInformation, annualProduction: page.annualProduction.rows };
  writeReportPage({
    rootDir,
    data: page,
    publicFiles: {
      "annual-production.svg": fig.svg,
      "annual-production.csv": fig.csv,
      "annual-production.vl.json": specJson(fig.vegaLiteSpec),
      "annual-production.vg.json": specJson(fig.vegaSpec),
      "results.json": `${JSON.stringify(results, null, 2)}\n`,
    },
    ...(opts.authorBodyFile ? { authorBodyFile: opts.authorBodyFile } : {}),
  });
  return page;
}

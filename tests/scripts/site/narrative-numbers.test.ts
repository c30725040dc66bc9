import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeReport } from "../../../scripts/report/analyze-report.ts";
import { loadReport } from "../../../scripts/report/load-report.ts";
import { pageDataFromResults } from "../../../scripts/site/page-data-from-results.ts";

/**
 * Every number in a report's generated prose must be a value of the table its section shows:
 * the numbers of the section's results, formatted as the tables format them.
 */
const SECTION_RESULTS: Record<string, string[]> = {
  keywords: ["keywords"],
  "thematic-map": ["thematicMap"],
  "thematic-evolution": ["thematicEvolution"],
  "trend-topics": ["trendTopics"],
  sources: ["sources", "bradford"],
  authors: ["authors", "lotka"],
  countries: ["correspondingCountries"],
  "most-cited": ["mostCited"],
};

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** Every way a numeric value of the results may be printed: as is, grouped, 2 decimals, per cent with one decimal. */
function printedForms(value: unknown, out: Set<string>): void {
  if (typeof value === "number" && Number.isFinite(value)) {
    out.add(String(value));
    out.add(grouped.format(value));
    out.add(value.toFixed(2));
    out.add(String(Math.round(value * 1000) / 10));
  } else if (typeof value === "string") {
    for (const m of value.matchAll(/\d+(?:\.\d+)?/g)) out.add(m[0]); // numbers inside labels ("2001-2019", SR years)
  } else if (Array.isArray(value)) value.forEach((v) => printedForms(v, out));
  else if (typeof value === "object" && value !== null) Object.values(value).forEach((v) => printedForms(v, out));
}

describe.each([
  ["ai-epilepsy", resolve(import.meta.dirname, "../../../content/reports/ai-epilepsy")],
  ["mini", resolve(import.meta.dirname, "../../fixtures/reports/mini")],
])("the numbers of the %s report's prose", (_name, dir) => {
  it("are values of their sections' tables", async () => {
    const report = await loadReport(dir);
    const { results } = await analyzeReport(report);
    const page = pageDataFromResults({ slug: report.slug, config: report.config, exportNames: report.exports.map((e) => e.name) }, results);
    let checked = 0;
    for (const block of page.narrative) {
      const allowed = new Set<string>();
      if (block.section === "annual-production") {
        printedForms(results.annualProduction, allowed);
        allowed.add(results.annualProduction.growthRatePct?.toFixed(2) ?? "");
      } else {
        for (const id of SECTION_RESULTS[block.section] ?? []) printedForms(results.analyses[id], allowed);
      }
      allowed.add(String(results.referenceYear));
      for (const paragraph of block.paragraphs) {
        // Digits inside terms ("covid-19", "t1-weighted") are corpus text, not figures.
        for (const m of paragraph.matchAll(/(?<![\p{L}\d.,-])\d+(?:,\d{3})*(?:\.\d+)?(?![\p{L}\d-])/gu)) {
          checked++;
          expect(allowed, `${block.section}: "${m[0]}" in "${paragraph}"`).toContain(m[0]);
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});

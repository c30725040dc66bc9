import { describe, expect, it } from "vitest";
import { parseReportConfig, ReportConfigError } from "../../../analyses/config/report-config.ts";

/** Year parameters checked together (issue 7, item 3): each error names the file and the key. */
const valid = {
  title: "t",
  corpus: { exports: ["exports/*.txt"], database: "WoS", query: "q", years: [2012, 2023] },
  referenceYear: 2024,
};

function errorOf(data: unknown): string {
  try {
    parseReportConfig(data, "content/reports/x/report.mdx");
  } catch (error) {
    if (error instanceof ReportConfigError) return error.message;
    throw error;
  }
  return "(accepted)";
}

describe("parseReportConfig year ranges", () => {
  it("accepts a reference year equal to the corpus's last year, and cut years in increasing order", () => {
    expect(errorOf({ ...valid, referenceYear: 2023 })).toBe("(accepted)");
    expect(errorOf({ ...valid, analyses: { thematicEvolution: { years: [2015, 2019] }, trendTopics: { timespan: [2015, 2020] } } })).toBe("(accepted)");
    expect(errorOf({ ...valid, analyses: { thematicEvolution: false, trendTopics: { timespan: null } } })).toBe("(accepted)");
  });

  it("refuses a reference year before the corpus's last year", () => {
    expect(errorOf({ ...valid, referenceYear: 2022 })).toBe(
      'content/reports/x/report.mdx: front matter key "referenceYear": 2022 is before the last year of corpus.years (2023); documents would have an age of zero or less',
    );
  });

  it("refuses cut years that are not years or do not increase", () => {
    expect(errorOf({ ...valid, analyses: { thematicEvolution: { years: [2015, 99999] } } })).toBe(
      'content/reports/x/report.mdx: front matter key "analyses.thematicEvolution.years[1]": 99999 is not a year between 1500 and 2200',
    );
    expect(errorOf({ ...valid, analyses: { thematicEvolution: { years: [2019, 2019] } } })).toBe(
      'content/reports/x/report.mdx: front matter key "analyses.thematicEvolution.years[1]": cut years must increase (2019 then 2019)',
    );
  });

  it("refuses a trend-topics span that is reversed or not made of years", () => {
    expect(errorOf({ ...valid, analyses: { trendTopics: { timespan: [2020, 2010] } } })).toBe(
      'content/reports/x/report.mdx: front matter key "analyses.trendTopics.timespan": [2020, 2010] is not a range of years between 1500 and 2200, first year first',
    );
    expect(errorOf({ ...valid, analyses: { trendTopics: { timespan: [0, 2010] } } })).toMatch(/"analyses\.trendTopics\.timespan": \[0, 2010\]/);
  });

  it("still reports the first type error before any range check", () => {
    expect(errorOf({ ...valid, referenceYear: "2024" })).toMatch(/front matter key "referenceYear": Expected number, received string/);
  });
});

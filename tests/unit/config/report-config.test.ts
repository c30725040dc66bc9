import { describe, expect, it } from "vitest";
import { parseReportConfig, ReportConfigError } from "../../../analyses/config/report-config.ts";

const valid = {
  title: "Deep learning in neuroscience",
  corpus: {
    exports: ["exports/*.txt"],
    database: "Web of Science Core Collection",
    query: 'TS=("deep learning")',
    years: [2012, 2023],
    documentTypes: ["Article", "Review"],
  },
  referenceYear: 2024,
};

function errorOf(data: unknown): ReportConfigError {
  try {
    parseReportConfig(data, "content/reports/x/report.mdx");
  } catch (error) {
    if (error instanceof ReportConfigError) return error;
    throw error;
  }
  throw new Error("expected a ReportConfigError");
}

describe("parseReportConfig", () => {
  it("accepts the design card's front matter and defaults analyses to {}", () => {
    const config = parseReportConfig(valid, "r.mdx");
    expect(config.corpus.years).toEqual([2012, 2023]);
    expect(config.analyses).toEqual({});
  });

  it("names the file and the unknown key, with the keys allowed there", () => {
    const error = errorOf({ ...valid, corpus: { ...valid.corpus, yaers: [2012, 2023] } });
    expect(error.message).toBe(
      'content/reports/x/report.mdx: front matter key "corpus.yaers": unknown key (allowed here: exports, database, query, years, documentTypes, import)',
    );
    expect(error.key).toBe("corpus.yaers");
  });
  it("reads corpus.import.bibtex and rejects a mode it does not know", () => {
    expect(parseReportConfig({ ...valid, corpus: { ...valid.corpus, import: { bibtex: "corrected" } } }, "r.mdx").corpus.import).toEqual({ bibtex: "corrected" });
    expect(errorOf({ ...valid, corpus: { ...valid.corpus, import: { bibtex: "fixed" } } }).key).toBe("corpus.import.bibtex");
  });

  it("names the key of a wrong type, including array positions", () => {
    expect(errorOf({ ...valid, referenceYear: "2024" }).key).toBe("referenceYear");
    expect(errorOf({ ...valid, corpus: { ...valid.corpus, exports: ["a.txt", 3] } }).key).toBe("corpus.exports[1]");
    expect(errorOf({ ...valid, corpus: { ...valid.corpus, years: [2023, 2012] } }).message).toContain(
      "first year must not be after the last year",
    );
  });

  it("requires the corpus declaration and the reference year", () => {
    expect(errorOf({ title: "t", corpus: valid.corpus }).key).toBe("referenceYear");
    expect(errorOf({ title: "t", referenceYear: 2024 }).key).toBe("corpus");
  });

  it("rejects an analysis it does not know instead of ignoring it", () => {
    expect(errorOf({ ...valid, analyses: { thematicMapp: {} } }).key).toBe("analyses.thematicMapp");
  });
});

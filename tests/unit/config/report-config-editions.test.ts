import { describe, expect, it } from "vitest";
import { parseReportConfig, ReportConfigError } from "../../../analyses/config/report-config.ts";

const base = {
  title: "BCI",
  corpus: { exports: ["exports/*.txt"], database: "Web of Science Core Collection", query: "TS=(bci)", years: [1998, 2025] },
  referenceYear: 2026,
};

function message(data: unknown): string {
  try {
    parseReportConfig(data, "content/reports/x/report.mdx");
  } catch (error) {
    if (error instanceof ReportConfigError) return error.message;
    throw error;
  }
  throw new Error("expected a ReportConfigError");
}

describe("front matter editions", () => {
  it("accepts earlier editions with optional title, years and exports", () => {
    const config = parseReportConfig({ ...base, editions: [{ id: "2024", title: "Edition 2024", years: [1998, 2024] }, { id: "v2", exports: ["exports/a.txt"] }] }, "r.mdx");
    expect(config.editions).toEqual([{ id: "2024", title: "Edition 2024", years: [1998, 2024] }, { id: "v2", exports: ["exports/a.txt"] }]);
    expect(parseReportConfig(base, "r.mdx").editions).toBeUndefined();
  });

  it("names the bad key of an edition", () => {
    expect(message({ ...base, editions: [{ id: "2024", yaers: [1998, 2024] }] })).toBe(
      'content/reports/x/report.mdx: front matter key "editions[0].yaers": unknown key (allowed here: id, title, years, exports)',
    );
    expect(message({ ...base, editions: [{ id: "../up" }] })).toMatch(/"editions\[0\]\.id": use letters, digits/);
    expect(message({ ...base, editions: [{ id: "a", years: [2024, 2020] }] })).toMatch(/"editions\[0\]\.years": first year must not be after the last year/);
    expect(message({ ...base, editions: [{ id: "a" }, { id: "a" }] })).toMatch(/"editions": edition ids must be unique/);
  });
});

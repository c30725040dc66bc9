import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ppmToDpi, readPngInfo } from "../../../../scripts/figures/render-png.ts";
import { reportPaths } from "../../../../scripts/pages/write-report-page.ts";
import { emitReport } from "../../../../scripts/site/emit-report.ts";
import { loadFixturePageData } from "../../../support/fixture-site.ts";

const tmp = mkdtempSync(join(tmpdir(), "bibliosite-emit-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("emitReport", () => {
  it("explains absent analyses, draws the present ones and numbers the figures in page order", async () => {
    const data = loadFixturePageData();
    const page = await emitReport(tmp, data, {
      analyses: {
        keywords: { tag: "ID", table: [{ term: "MRI", freq: 3 }, { term: "EEG", freq: 2 }] },
        thematicMap: { unavailable: "Not available: no document has Keywords Plus (ID)." },
      },
      documents: [
        { TI: "A <b>bold</b> title", AU: ["ROSSI M"], PY: 2020, SO: "NEUROIMAGE, X", DI: "10.1000/x", keywords: ["MRI", "EEG"], country: "ITALY" },
        { TI: "Other", AU: ["ROSSI M", "BIANCHI L"], PY: null, SO: "BRAIN", DI: "javascript:alert(1)", keywords: ["MRI"], country: null },
      ],
    });
    const byId = new Map(page.sections!.map((s) => [s.id, s]));
    expect(page.sections!.map((s) => s.id)).toEqual([
      "keywords", "thematic-map", "thematic-evolution", "trend-topics", "sources", "authors", "countries", "most-cited", "cooccurrence-network",
    ]);
    expect(byId.get("thematic-map")!.unavailable).toBe("Not available: no document has Keywords Plus (ID).");
    expect(byId.get("sources")!.unavailable).toMatch(/^Not run/);
    expect(byId.get("keywords")!.figures.map((f) => [f.id, f.label])).toEqual([["keyword-frequency", "Figure 3"], ["word-cloud", "Figure 4"]]);
    expect(page.prisma!.label).toBe("Figure 1");
    expect(page.annualProduction.figure.label).toBe("Figure 2");

    const dir = reportPaths(tmp, data.slug).publicDir;
    const png = readPngInfo(readFileSync(join(dir, "word-cloud.png")));
    expect(ppmToDpi(png.pixelsPerMeterX!)).toBe(300);
    expect(readFileSync(join(dir, "table-keywords.csv"), "utf8")).toBe("Keyword,Occurrences\nMRI,3\nEEG,2\n");
    expect(existsSync(join(dir, "prisma-flow.svg"))).toBe(true);

    // Drill-down files: ids per item; sources without commas as bibliometrix prints them; DOI kept only when it is one.
    const facets = (kind: string) => JSON.parse(readFileSync(join(dir, `facets-${kind}.json`), "utf8"));
    expect(facets("keyword")).toEqual({ EEG: [0], MRI: [0, 1] });
    expect(facets("source")).toEqual({ BRAIN: [1], "NEUROIMAGE X": [0] });
    expect(facets("author")).toEqual({ "BIANCHI L": [1], "ROSSI M": [0, 1] });
    expect(facets("year")).toEqual({ "2020": [0] });
    const docs = JSON.parse(readFileSync(join(dir, "documents.json"), "utf8"));
    expect(docs).toEqual([
      { id: 0, TI: "A <b>bold</b> title", AU: "ROSSI M", PY: 2020, SO: "NEUROIMAGE, X", DI: "10.1000/x" },
      { id: 1, TI: "Other", AU: "ROSSI M; BIANCHI L", PY: null, SO: "BRAIN", DI: null },
    ]);
    expect(page.drilldown!.facets.keyword).toBe(`reports/${data.slug}/facets-keyword.json`);
  });
});

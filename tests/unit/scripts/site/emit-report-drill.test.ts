/**
 * emitReport's drill-down wiring: figures carry their drill field only when the documents (and,
 * for themes, the thematic map's words) give an index to open; trend topics and the network get
 * tables (CSV, drillable by keyword).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DrillSourceRecord } from "../../../../scripts/pages/drilldown.ts";
import { reportPaths } from "../../../../scripts/pages/write-report-page.ts";
import { emitReport, type ReportAnalyses } from "../../../../scripts/site/emit-report.ts";
import { loadFixturePageData } from "../../../support/fixture-site.ts";

const tmp = mkdtempSync(join(tmpdir(), "bibliosite-emit-drill-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const documents: DrillSourceRecord[] = [
  { TI: "One", AU: ["ROSSI M"], PY: 2019, SO: "BRAIN", DI: null, keywords: ["EEG", "MRI"], country: "ITALY" },
  { TI: "Two", AU: ["BIANCHI L"], PY: 2021, SO: "BRAIN", DI: null, keywords: ["EEG"], country: "ITALY" },
  { TI: "Three", AU: ["VERDI G"], PY: 2021, SO: "CORTEX", DI: null, keywords: ["EEG", "DEEP LEARNING"], country: "SPAIN" },
];

const analyses: ReportAnalyses = {
  trendTopics: {
    field: "ID",
    df_graph: [
      { item: "mri", freq: 1, year_q1: 2019, year_med: 2019, year_q3: 2019 },
      { item: "eeg", freq: 3, year_q1: 2020, year_med: 2021, year_q3: 2021 },
    ],
  },
  network: {
    field: "ID",
    nodes: [
      { id: "0", label: "mri", x: 0, y: 0, cluster: 2, freq: 1 },
      { id: "1", label: "eeg", x: 1, y: 0, cluster: 1, freq: 3 },
      { id: "2", label: "deep learning", x: 0, y: 1, cluster: 1, freq: 1 },
    ],
    edges: [{ source: "0", target: "1", weight: 1 }, { source: "1", target: "2", weight: 1 }],
  },
  thematicMap: {
    axisOrigin: { mean_rcentrality: 1.5, mean_rdensity: 1.5 },
    clusters: [
      { label: "eeg", n: 2, centrality: 0.5, density: 10, rcentrality: 2, rdensity: 1, freq: 4, membership_group: 1 },
      { label: "mri", n: 1, centrality: 0.1, density: 20, rcentrality: 1, rdensity: 2, freq: 1, membership_group: 2 },
    ],
  },
};

describe("emitReport: chart drill-down and the new tables", () => {
  it("gives figures their drill field when documents are listed; themes only when the map has its words", async () => {
    const page = await emitReport(join(tmp, "with"), loadFixturePageData(), { analyses, documents, tableRows: 2 });
    const figures = new Map([page.annualProduction.figure, ...page.sections!.flatMap((s) => s.figures)].map((f) => [f.id, f]));
    expect(figures.get("annual-production")!.drill).toEqual({ field: "year", kind: "year" });
    expect(figures.get("trend-topics")!.drill).toEqual({ field: "item", kind: "keyword" });
    expect(figures.get("cooccurrence-network")!.drill).toEqual({ field: "label", kind: "keyword" });
    // No `words` in this thematic map: no theme index, so its bubbles open nothing.
    expect(figures.get("thematic-map")!.drill).toBeUndefined();
    expect(page.prisma!.drill).toBeUndefined();
    expect(page.drilldown!.facets.theme).toBeUndefined();

    const section = (id: string) => page.sections!.find((s) => s.id === id)!;
    const trends = section("trend-topics").tables[0]!;
    expect(trends.columns.map((c) => c.label)).toEqual(["Term", "Frequency", "Q1 year", "Median year", "Q3 year"]);
    expect(trends.rows).toEqual([["mri", 1, "2019", "2019", "2019"], ["eeg", 3, "2020", "2021", "2021"]]);
    expect(trends.drill).toEqual({ column: 0, kind: "keyword" });
    const nodes = section("cooccurrence-network").tables[0]!;
    // Most occurrences first; ties in collation order; 2 of 3 rows shown, all 3 in the CSV.
    expect(nodes.rows).toEqual([["eeg", 1, 3], ["deep learning", 1, 1]]);
    expect(nodes.totalRows).toBe(3);
    expect(nodes.drill).toEqual({ column: 0, kind: "keyword" });

    const dir = reportPaths(join(tmp, "with"), page.slug).publicDir;
    expect(readFileSync(join(dir, "table-trend-topics.csv"), "utf8")).toBe(
      "Term,Frequency,Q1 year,Median year,Q3 year\nmri,1,2019,2019,2019\neeg,3,2020,2021,2021\n",
    );
    expect(readFileSync(join(dir, "table-cooccurrence-network.csv"), "utf8")).toBe("Node,Cluster,Occurrences\neeg,1,3\ndeep learning,1,1\nmri,2,1\n");
  });

  it("makes thematic-map bubbles and theme cells drillable when the map lists its words", async () => {
    const tm = analyses.thematicMap as Exclude<ReportAnalyses["thematicMap"], { unavailable: string } | undefined>;
    const words = [
      { Occurrences: 3, Words: "eeg", Cluster: 1, Cluster_Label: "eeg" },
      { Occurrences: 1, Words: "deep learning", Cluster: 1, Cluster_Label: "eeg" },
      { Occurrences: 1, Words: "mri", Cluster: 2, Cluster_Label: "mri" },
    ];
    const page = await emitReport(join(tmp, "themes"), loadFixturePageData(), { analyses: { thematicMap: { ...tm, words } }, documents });
    const section = page.sections!.find((s) => s.id === "thematic-map")!;
    expect(section.figures[0]!.drill).toEqual({ field: "label", kind: "theme" });
    expect(section.tables[0]!.drill).toEqual({ column: 0, kind: "theme" });
    const dir = reportPaths(join(tmp, "themes"), page.slug).publicDir;
    expect(JSON.parse(readFileSync(join(dir, "facets-theme.json"), "utf8"))).toEqual({ eeg: [0, 1, 2], mri: [0] });
  });

  it("gives no drill field and no drillable column without documents", async () => {
    const page = await emitReport(join(tmp, "without"), loadFixturePageData(), { analyses });
    expect(page.annualProduction.figure.drill).toBeUndefined();
    expect(page.annualProduction.table!.drill).toBeUndefined();
    for (const s of page.sections!) {
      for (const f of s.figures) expect(f.drill, f.id).toBeUndefined();
      for (const t of s.tables) expect(t.drill, t.id).toBeUndefined();
    }
  });
});

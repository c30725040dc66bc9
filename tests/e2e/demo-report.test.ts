/**
 * The README's promise: `npm run build` on a fresh clone publishes the demo report. Build it for a
 * project-site base path, serve dist/ under that path on 127.0.0.1 and open every page in Chromium.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAllPages, problems, type PageCheck } from "../support/browser.ts";
import { ARTIFACTS_DIR } from "../support/fixture-site.ts";
import { cleanChildEnv, listPages, REPO_ROOT, run, type CommandResult } from "../support/site-build.ts";
import { serveDist, type StaticServer } from "../support/static-server.ts";

const BASE = "/bibliosite";
const DIST = join(REPO_ROOT, "dist");
const REPORT = "reports/bci-eeg/";

let build: CommandResult;
let server: StaticServer;
let checks: PageCheck[];
const text: Record<string, string> = {};
const axe: Record<string, { id: string; impact: string }[]> = {};
const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

beforeAll(async () => {
  build = await run("npm", ["run", "build"], { cwd: REPO_ROOT, env: cleanChildEnv({ BASE_URL: BASE }) });
  server = await serveDist(DIST, BASE);
  checks = await openAllPages({
    siteUrl: server.url,
    pages: listPages(DIST),
    screenshotDir: join(ARTIFACTS_DIR, "screenshots"),
    screenshotPrefix: "demo-",
    onPage: async (page, check) => {
      text[check.path] = (await page.locator("main").innerText()).replace(/\s+/g, " ");
      // Accessibility of the real report as a reader gets it (interactive charts drawn).
      await page.addScriptTag({ content: axeSource });
      axe[check.path] = await page.evaluate(async () => {
        const run = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run;
        const r = await run({ resultTypes: ["violations"] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact }));
      });
    },
  });
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe("demo report built by npm run build (base /bibliosite)", () => {
  it("logs the ledger of the demo corpus", () => {
    expect(build.output).toContain("bci-eeg: 20 files, 10000 records read, 0 rejected, 500 duplicates, 0 filtered, 9500 analysed");
  });

  it("produces the index and the two demo reports", () => {
    expect(listPages(DIST)).toEqual(["", "reports/ai-epilepsy/", REPORT]);
  });

  it("every page loads with no console error, no 404 and no broken link", () => {
    expect(problems(checks)).toEqual([]);
    for (const check of checks) expect(check.status).toBe(200);
  });

  it("draws every figure of every page without JavaScript and interactively, with no serious or critical axe violation", () => {
    for (const check of checks) {
      for (const figure of check.figures) {
        expect(figure.staticMarks, `${check.path} ${figure.id}`).toBeGreaterThan(0);
        expect(figure.state, `${check.path} ${figure.id}`).toBe("ready");
      }
      expect(axe[check.path]!.filter((v) => v.impact === "serious" || v.impact === "critical"), check.path || "(index)").toEqual([]);
    }
    const report = checks.find((c) => c.path === REPORT)!;
    expect(report.figures.map((f) => f.id)).toEqual(expect.arrayContaining(["thematic-map", "thematic-evolution", "trend-topics", "word-cloud", "world-map"]));
  });

  it("the index lists the demo report with its document count", () => {
    expect(text[""]).toContain("Brain-computer interfaces and EEG signal processing, 1998–2026");
    expect(text[""]).toMatch(/9,500 documents/);
  });

  it("the report shows 9,500 documents, 500 duplicates removed and the annual production chart", () => {
    const page = text[REPORT]!;
    // The record flow (PRISMA) figure states the ledger; its static SVG is labelled for every reader.
    const html = readFileSync(join(DIST, REPORT, "index.html"), "utf8");
    expect(html).toContain("10,000 records identified in 20 export files; 0 rejected, 500 duplicates removed, 0 excluded by the criteria; 9,500 documents included.");
    expect(page).toMatch(/Documents 9500/);
    expect(page).toMatch(/The 9,500 documents analysed span 1998 to 2026/);
    const report = checks.find((c) => c.path === REPORT)!;
    expect(report.figures.map((f) => f.id)).toContain("annual-production");
    for (const figure of report.figures) {
      expect(figure.staticMarks).toBeGreaterThan(0);
      expect(figure.state).toBe("ready");
    }
  });

  it("publishes the whole result set, whose ledger balances", () => {
    const results = JSON.parse(readFileSync(join(DIST, REPORT, "results.json"), "utf8"));
    const { ledger } = results;
    expect(ledger.read).toBe(10_000);
    expect(ledger.kept + ledger.duplicates.length + ledger.filtered.length + ledger.rejected.length).toBe(ledger.read);
    expect(results.mainInformation.documents).toBe(9_500);
    expect(results.referenceYear).toBe(2026);
  });
});

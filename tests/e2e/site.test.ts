/**
 * The site layer on its own: the hand-written fixture report (tests/fixtures/site/) goes
 * through the real figure module, the MDX writer and `astro build` under BASE_URL=/bibliosite,
 * then every page is opened in Chromium. Builds happen in test-artifacts/, never in src/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openAllPages, problems, type PageCheck } from "../support/browser.ts";
import { ARTIFACTS_DIR, buildEmptySite, buildFixtureSite, type FixtureSite } from "../support/fixture-site.ts";
import { listPages, readTree } from "../support/site-build.ts";
import { serveDist, type StaticServer } from "../support/static-server.ts";
import { parse as parseCsv } from "csv-parse/sync";
import { ppmToDpi, readPngInfo } from "../../scripts/figures/render-png.ts";

const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;
/**
 * Every figure of the fixture report, in page order: the author's copies first (annual
 * production, <ReportFigure id="thematic-map" />, <ReportSection id="trend-topics" />).
 */
const FIGURES = [
  "annual-production",
  "thematic-map",
  "trend-topics",
  "prisma-flow",
  "annual-production",
  "keyword-frequency",
  "word-cloud",
  "thematic-map",
  "thematic-evolution",
  "trend-topics",
  "sources-bradford",
  "top-authors",
  "lotka",
  "world-map",
  "country-collaboration",
  "most-cited",
  "cooccurrence-network",
];

const REPORT = "reports/fixture-bci/";
let site: FixtureSite;
let server: StaticServer;
let checks: PageCheck[];
const extra: Record<string, Record<string, unknown>> = {};

beforeAll(async () => {
  site = await buildFixtureSite({ base: "/bibliosite" });
  server = await serveDist(site.dist, site.base);
  checks = await openAllPages({
    siteUrl: server.url,
    pages: listPages(site.dist),
    screenshotDir: join(ARTIFACTS_DIR, "screenshots"),
    screenshotPrefix: "fixture-",
    onPage: async (page, check) => {
      const info: Record<string, unknown> = {};
      info.injected = await page.evaluate(() => (window as unknown as { __bibliositeInjected?: boolean }).__bibliositeInjected === true);
      info.h1 = await page.locator("h1").first().textContent();
      info.reportLinks = await page.$$eval("a[data-report-link]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
      // Accessibility: axe-core on the page as loaded (interactive charts drawn).
      await page.addScriptTag({ content: axeSource });
      const axe = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ["violations"] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
      });
      info.axe = axe;
      if (check.path === REPORT) {
        // A screenshot of every figure.
        const shots = join(ARTIFACTS_DIR, "screenshots", "figures");
        mkdirSync(shots, { recursive: true });
        const figs = page.locator("[data-bibliosite-figure]");
        const n = await figs.count();
        for (let i = 0; i < n; i++) {
          const id = await figs.nth(i).getAttribute("data-bibliosite-figure");
          await figs.nth(i).screenshot({ path: join(shots, `${String(i + 1).padStart(2, "0")}-${id}.png`) });
        }
        info.figureShots = n;
        // Drill-down: a keyword of the keywords table lists its documents.
        const item = page.locator("button.drill-item[data-drill-kind='keyword'][data-drill-item='MRI']").first();
        await item.scrollIntoViewIfNeeded();
        await item.click();
        const list = page.locator("dialog.drill-dialog .drill-list li");
        await list.first().waitFor({ state: "visible", timeout: 10_000 });
        info.drillCount = await page.locator("dialog.drill-dialog .drill-count").textContent();
        info.drillItems = await list.count();
        info.drillLinks = await page.$$eval("dialog.drill-dialog .drill-list a", (as) => as.map((a) => (a as HTMLAnchorElement).href));
        await page.locator("dialog.drill-dialog .drill-close").click();
        // Drill-down from chart marks (the Results' copies, interactive by now): a click opens the list.
        const drillFromMark = async (figureId: string, mark: string): Promise<{ title: string | null; count: string | null; items: number }> => {
          const target = page.locator(`[data-bibliosite-figure='${figureId}'][data-interactive='ready']`).last().locator(`.chart-interactive svg ${mark}`).first();
          await target.scrollIntoViewIfNeeded();
          // force: a label drawn over the mark takes the click; it names the same item.
          await target.click({ force: true });
          const dialog = page.locator("dialog.drill-dialog");
          await dialog.locator(".drill-list li").first().waitFor({ state: "visible", timeout: 10_000 });
          const out = { title: await dialog.locator("#drill-title").textContent(), count: await dialog.locator(".drill-count").textContent(), items: await dialog.locator(".drill-list li").count() };
          await dialog.locator(".drill-close").click();
          return out;
        };
        info.markDrill = {
          theme: await drillFromMark("thematic-map", `.mark-symbol path[aria-label*="; Theme: mri; "]`),
          year: await drillFromMark("annual-production", `.mark-symbol path[aria-label^="Year: 2021;"]`),
        };
        // Keyboard route: a keyword cell of the trend topics table, focused and opened with Enter.
        const cell = page.locator("[data-table='trend-topics'] button.drill-item[data-drill-item='classification']").last();
        await cell.focus();
        await page.keyboard.press("Enter");
        await page.locator("dialog.drill-dialog .drill-list li").first().waitFor({ state: "visible", timeout: 10_000 });
        info.keyboardDrill = await page.locator("dialog.drill-dialog .drill-count").textContent();
        await page.locator("dialog.drill-dialog .drill-close").click();
        // Search: pagefind finds a word of the report and links to the page under the base path.
        await page.locator("#site-search-input").fill("Bradford");
        const hit = page.locator(".search-results a").first();
        await hit.waitFor({ state: "visible", timeout: 15_000 });
        info.searchHref = await hit.getAttribute("href");
        // Print: no navigation, static figures shown, interactive hidden.
        await page.emulateMedia({ media: "print" });
        info.print = await page.evaluate(() => ({
          nav: [...document.querySelectorAll("nav")].map((n) => getComputedStyle(n).display),
          staticShown: [...document.querySelectorAll(".chart-static")].every((el) => getComputedStyle(el).display !== "none"),
          interactiveShown: [...document.querySelectorAll(".chart-interactive")].some((el) => getComputedStyle(el).display !== "none"),
          breakInside: getComputedStyle(document.querySelector("figure.chart")!).breakInside,
        }));
        await page.emulateMedia({ media: "screen" });
      }
      // Tooltip: hover a point of the first interactive chart.
      const point = page.locator("[data-interactive='ready'] .chart-interactive svg .mark-symbol path").first();
      if ((await point.count()) > 0) {
        await point.scrollIntoViewIfNeeded();
        await point.hover({ force: true });
        const tooltip = page.locator("#vg-tooltip-element");
        await tooltip.waitFor({ state: "visible", timeout: 10_000 }).catch(() => undefined);
        info.tooltip = (await tooltip.count()) > 0 ? await tooltip.textContent() : null;
      }
      extra[check.path] = info;
    },
  });
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe("site layer (fixture report, base /bibliosite)", () => {
  it("builds the index and the report page", () => {
    expect(listPages(site.dist)).toEqual(["", REPORT]);
    console.info(`[e2e fixture] astro build: ${site.buildMs} ms`);
  });

  it("every page loads with no console error, no 4xx/5xx response and no broken link", () => {
    expect(problems(checks)).toEqual([]);
    for (const c of checks) expect(c.status).toBe(200);
  });

  it("draws every chart statically (no JavaScript) and then interactively, with tooltips", () => {
    const report = checks.find((c) => c.path === REPORT)!;
    // The author's copy of annual production, the PRISMA flow, annual production and every result figure.
    expect(report.figures.map((f) => f.id)).toEqual(FIGURES);
    for (const f of report.figures) {
      expect(f.staticMarks).toBeGreaterThan(0);
      expect(f.state).toBe("ready");
      expect(f.interactiveMarks).toBeGreaterThan(0);
    }
    expect(String(extra[REPORT]?.tooltip ?? "")).toMatch(/Year\s*\d{4}/);
  });

  it("links on the index lead to the report pages", () => {
    const index = checks.find((c) => c.path === "")!;
    expect(extra[""]?.reportLinks).toEqual([`${server.url}${REPORT}`]);
    expect(index.brokenLinks).toEqual([]);
  });

  it("renders corpus text as text: braces and <script> in the title are shown, not run", () => {
    const report = extra[REPORT]!;
    expect(report.injected).toBe(false);
    expect(report.h1).toContain("{2015–2024} <script>window.__bibliositeInjected = true</script>");
    expect(extra[""]?.injected).toBe(false);
  });

  it("renders the author's body with its data-bound blocks", () => {
    const html = readFileSync(join(site.dist, REPORT, "index.html"), "utf8");
    expect(html).toContain('id="introduction"');
    expect(html).toContain("Of the 1268 records read, 752 were analysed.");
    expect(html).not.toContain("referenceYear: 2025"); // front matter is not shown
  });

  it("keeps the static chart when the interactive view fails, without logging an error", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(e.message));
      await page.route("**/*.vg.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: "{not json" }));
      await page.goto(`${server.url}${REPORT}`);
      const fig = page.locator("[data-bibliosite-figure]").last();
      await fig.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => (el as HTMLElement).dataset.interactive === "static", await fig.elementHandle(), { timeout: 30_000 });
      expect(await fig.locator(".chart-static svg .role-mark > *").count()).toBeGreaterThan(0);
      expect(await fig.locator(".chart-interactive").isHidden()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("ships ~1 kB of JavaScript up front; vega-embed only when a chart is near", () => {
    const html = readFileSync(join(site.dist, REPORT, "index.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBe(1);
    const initial = scripts.map((src) => readFileSync(join(site.dist, src.replace(/^\/bibliosite\//, ""))));
    const initialGz = initial.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    const allJs = [...readTree(join(site.dist, "_astro")).entries()].filter(([f]) => f.endsWith(".js"));
    const lazyGz = allJs.reduce((n, [, b]) => n + gzipSync(b, { level: 9 }).length, 0) - initialGz;
    const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(Buffer.from(m[1]!), { level: 9 }).length, 0);
    console.info(`[e2e fixture] report page JS (gzip): initial ${initialGz} B + inline ${inline} B, lazy ${lazyGz} B, total ${initialGz + inline + lazyGz} B`);
    expect(initialGz + inline).toBeLessThan(8_000);
    expect(initialGz + inline + lazyGz).toBeLessThan(350_000);
  });

  it("has no serious or critical accessibility violation (axe-core)", () => {
    for (const path of ["", REPORT]) {
      const violations = (extra[path]?.axe ?? []) as { id: string; impact: string; targets: string[] }[];
      console.info(`[e2e fixture] axe ${path || "(index)"}: ${violations.map((v) => `${v.id} (${v.impact})`).join(", ") || "no violation"}`);
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical"), JSON.stringify(violations)).toEqual([]);
    }
  });

  it("shows every figure without JavaScript, and a screenshot of each was kept", () => {
    const report = checks.find((c) => c.path === REPORT)!;
    for (const f of report.figures) expect(f.staticMarks, f.id).toBeGreaterThan(0);
    expect(extra[REPORT]?.figureShots).toBe(FIGURES.length);
    // The first figure is in the HTML itself: visible before any script runs.
    const html = readFileSync(join(site.dist, REPORT, "index.html"), "utf8");
    const firstFigure = html.indexOf("data-bibliosite-figure");
    const firstSvg = html.indexOf("<svg", firstFigure);
    const firstScript = html.search(/<script\b[^>]*\bsrc=/);
    expect(firstSvg).toBeGreaterThan(0);
    expect(firstSvg).toBeLessThan(firstScript === -1 ? Infinity : Math.max(firstScript, firstSvg + 1));
  });

  it("offers downloads that open: SVG parses, PNG is 300 dpi at 300/96 scale, CSV and JSON parse", () => {
    const dir = join(site.dist, REPORT);
    const html = readFileSync(join(dir, "index.html"), "utf8");
    const hrefs = [...new Set([...html.matchAll(/href="\/bibliosite\/(reports\/fixture-bci\/[^"]+\.(?:svg|png|csv|json))"/g)].map((m) => m[1]!))];
    const kinds = (ext: string) => hrefs.filter((h) => h.endsWith(ext));
    expect(kinds(".png").length).toBe(new Set(FIGURES).size);
    expect(kinds(".svg").length).toBe(new Set(FIGURES).size);
    for (const h of hrefs) {
      const bytes = readFileSync(join(site.dist, h));
      if (h.endsWith(".svg")) {
        const text = bytes.toString("utf8");
        expect(text.startsWith("<svg"), h).toBe(true);
        expect(text.trimEnd().endsWith("</svg>"), h).toBe(true);
        expect(text, h).toMatch(/role="img" aria-label="/);
      } else if (h.endsWith(".png")) {
        const info = readPngInfo(bytes);
        expect(ppmToDpi(info.pixelsPerMeterX!), h).toBe(300);
        expect(ppmToDpi(info.pixelsPerMeterY!), h).toBe(300);
        const svg = readFileSync(join(site.dist, h.replace(/\.png$/, ".svg")), "utf8");
        const [, w, hgt] = svg.match(/^<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/) ?? [];
        expect(Math.abs(info.width - Math.round(Number(w) * 300 / 96)), h).toBeLessThanOrEqual(1);
        expect(Math.abs(info.height - Math.round(Number(hgt) * 300 / 96)), h).toBeLessThanOrEqual(1);
      } else if (h.endsWith(".csv")) {
        const rows = parseCsv(bytes, { columns: true }) as Record<string, string>[];
        expect(rows.length, h).toBeGreaterThan(0);
      } else {
        expect(() => JSON.parse(bytes.toString("utf8")), h).not.toThrow();
      }
    }
    console.info(`[e2e fixture] downloads checked: ${hrefs.length} (${kinds(".png").length} PNG, ${kinds(".svg").length} SVG, ${kinds(".csv").length} CSV, ${kinds(".json").length} JSON)`);
  });

  it("drills down from a keyword to its documents, with only https://doi.org/ links", () => {
    const info = extra[REPORT]!;
    // keywords-ID.json: MRI occurs 48 times in 48 documents of ai-epilepsy-188.
    expect(info.drillCount).toBe("48 documents");
    expect(info.drillItems).toBe(48);
    const links = info.drillLinks as string[];
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.startsWith("https://doi.org/10.")).toBe(true);
  });

  it("opens the documents of a chart mark: a thematic-map bubble and an annual-production point", () => {
    const drill = extra[REPORT]!.markDrill as Record<"theme" | "year", { title: string; count: string; items: number }>;
    // Theme "mri" = the 71 words of walktrap cluster 4 (thematic-map-ID.json); 146 of the 188
    // documents of documents.json have at least one of them among their ID keywords.
    expect(drill.theme).toEqual({ title: "Documents of the theme “mri”", count: "146 documents", items: 146 });
    // documents.json: 51 documents published in 2021.
    expect(drill.year).toEqual({ title: "Documents of the year “2021”", count: "51 documents", items: 51 });
  });

  it("opens the same lists from table cells with the keyboard (trend topics table)", () => {
    // trend-topics-ID.json: "classification" has frequency 42 = documents with that ID keyword.
    expect(extra[REPORT]!.keyboardDrill).toBe("42 documents");
  });

  it("has tables for trend topics and the co-occurrence network, with their CSV", () => {
    const html = readFileSync(join(site.dist, REPORT, "index.html"), "utf8");
    const csv = (id: string) => parseCsv(readFileSync(join(site.dist, REPORT, `table-${id}.csv`)), { columns: true }) as Record<string, string>[];
    const trends = csv("trend-topics");
    expect(trends.length).toBe(26);
    expect(trends[0]).toEqual({ Term: "shape", Frequency: "2", "Q1 year": "2011", "Median year": "2012", "Q3 year": "2014" });
    const nodes = csv("cooccurrence-network");
    expect(nodes.length).toBe(60);
    expect(nodes[0]).toEqual({ Node: "mri", Cluster: "3", Occurrences: "48" });
    for (const id of ["trend-topics", "cooccurrence-network"]) {
      expect(html).toContain(`data-table="${id}"`);
      expect(html).toContain(`href="/bibliosite/reports/fixture-bci/table-${id}.csv"`);
    }
    expect(html).toMatch(/data-drill-kind="keyword" data-drill-item="classification"/);
  });

  it("places any figure and any result section where the author writes <ReportFigure /> and <ReportSection />", () => {
    const html = readFileSync(join(site.dist, REPORT, "index.html"), "utf8");
    const intro = html.slice(html.indexOf('id="introduction"'), html.indexOf('id="methods"'));
    expect(intro).toContain('data-bibliosite-figure="thematic-map"');
    expect(intro).toContain("The themes of the corpus, placed here by the author.");
    // The section's copy has its own heading id: the Results keep id="trend-topics" for the contents.
    expect(intro).toContain('id="trend-topics-in-text"');
    expect(intro).toContain('data-table="trend-topics"');
    expect(html.match(/id="trend-topics"/g)?.length).toBe(1);
  });

  it("finds text with the pagefind search, linking under the base path", () => {
    expect(String(extra[REPORT]?.searchHref)).toMatch(/^\/bibliosite\/reports\/fixture-bci\//);
  });

  it("prints like a paper: no navigation, static figures, figures not split", () => {
    const print = extra[REPORT]?.print as { nav: string[]; staticShown: boolean; interactiveShown: boolean; breakInside: string };
    expect(print.nav.every((d) => d === "none")).toBe(true);
    expect(print.staticShown).toBe(true);
    expect(print.interactiveShown).toBe(false);
    expect(print.breakInside).toBe("avoid");
  });

  it("explains sections whose analysis is absent instead of drawing them", () => {
    const html = readFileSync(join(site.dist, REPORT, "index.html"), "utf8");
    // Every result section of the fixture has data: none says it is unavailable.
    expect(html).not.toContain("data-unavailable");
    for (const id of ["keywords", "thematic-map", "thematic-evolution", "trend-topics", "sources", "authors", "countries", "most-cited", "cooccurrence-network"]) {
      expect(html).toContain(`id="${id}"`);
      expect(html).toContain(`href="#${id}"`);
    }
  });

  it("rebuilds byte-identical (same data, another folder)", async () => {
    const again = await buildFixtureSite({ root: join(ARTIFACTS_DIR, "fixture-site-rebuild"), base: "/bibliosite" });
    const a = readTree(site.dist);
    const b = readTree(again.dist);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a.keys()].filter((k) => !a.get(k)!.equals(b.get(k)!));
    expect(differing).toEqual([]);
  });
});

describe("site layer with no report (BASE_URL unset)", () => {
  it("builds an index that says there is no report yet, linked from the root", async () => {
    const empty = await buildEmptySite();
    expect(listPages(empty.dist)).toEqual([""]);
    const html = readFileSync(join(empty.dist, "index.html"), "utf8");
    expect(html).toContain("No report yet");
    expect(html).toContain('href="/"');
    expect(html).not.toContain("/bibliosite/");
  });
});

/**
 * The site layer on its own: the hand-written fixture report (tests/fixtures/site/) goes
 * through the real figure module, the MDX writer and `astro build` under BASE_URL=/bibliosite,
 * then every page is opened in Chromium. Builds happen in test-artifacts/, never in src/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openAllPages, problems, type PageCheck } from "../support/browser.ts";
import { ARTIFACTS_DIR, buildEmptySite, buildFixtureSite, type FixtureSite } from "../support/fixture-site.ts";
import { listPages, readTree } from "../support/site-build.ts";
import { serveDist, type StaticServer } from "../support/static-server.ts";

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
    // The results figure and the one the author placed in the introduction.
    expect(report.figures.length).toBe(2);
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
    console.info(`[e2e fixture] report page JS (gzip): initial ${initialGz} B, lazy ${lazyGz} B`);
    expect(initialGz).toBeLessThan(4_000);
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

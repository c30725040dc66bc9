/**
 * Driving Debian's Chromium with playwright-core: open every page of a served site and report
 * what a reader would hit — console errors, 4xx/5xx responses, failed requests, broken links,
 * charts that did not draw — plus a full-page screenshot of each.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export interface FigureCheck {
  id: string;
  /** Mark items in the static SVG, as served (checked with JavaScript off). */
  staticMarks: number;
  /** Mark items in the interactive view once vega-embed has rendered it (0 if it never did). */
  interactiveMarks: number;
  /** data-interactive at the end: "ready" when the interactive view replaced the static one. */
  state: string;
}

export interface PageCheck {
  /** Base-relative path ("", "reports/x/"). */
  path: string;
  url: string;
  status: number;
  title: string;
  consoleErrors: string[];
  /** Responses with status >= 400 (every request of the page: documents, scripts, fetches). */
  badResponses: { url: string; status: number }[];
  failedRequests: { url: string; error: string }[];
  /** Same-origin links (and downloads) on the page that do not answer 200. */
  brokenLinks: { href: string; status: number }[];
  figures: FigureCheck[];
  screenshot?: string;
}

export interface OpenAllPagesOptions {
  /** Site root with base, ending in "/" (StaticServer.url). */
  siteUrl: string;
  /** Base-relative paths to open (listPages(dist)). */
  pages: string[];
  /** Where full-page screenshots go; none taken when unset. */
  screenshotDir?: string;
  /** Prefix for screenshot file names (e.g. "fixture-"). */
  screenshotPrefix?: string;
  /** How long to wait for each interactive chart (default 30 s). */
  figureTimeoutMs?: number;
  /** Request every same-origin link on each page (default true). */
  checkLinks?: boolean;
  /** Called with each page while it is open (after the checks), for extra assertions. */
  onPage?: (page: Page, check: PageCheck) => Promise<void>;
  browser?: Browser;
}

const MARK_ITEMS = ".role-mark > *";

function screenshotName(prefix: string, path: string): string {
  const stem = path.replace(/\/+$/, "").replace(/[^A-Za-z0-9._-]+/g, "-") || "index";
  return `${prefix}${stem}.png`;
}

/** Opens each page (JavaScript off, then on) and returns one PageCheck per page, in order. */
export async function openAllPages(opts: OpenAllPagesOptions): Promise<PageCheck[]> {
  const browser = opts.browser ?? (await launchChromium());
  const figureTimeout = opts.figureTimeoutMs ?? 30_000;
  const results: PageCheck[] = [];
  if (opts.screenshotDir) mkdirSync(opts.screenshotDir, { recursive: true });
  try {
    for (const path of opts.pages) {
      const url = new URL(path, opts.siteUrl).href;

      // 1. Without JavaScript: what the static HTML shows (the charts' SVG must already be there).
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const staticPage = await noJs.newPage();
      await staticPage.goto(url, { waitUntil: "load" });
      const staticMarks = await staticPage.$$eval("[data-bibliosite-figure]", (figs, sel) =>
        figs.map((f) => ({ id: f.getAttribute("data-bibliosite-figure") ?? "", marks: f.querySelectorAll(`.chart-static svg ${sel}`).length })),
      MARK_ITEMS);
      await noJs.close();

      // 2. With JavaScript: errors, responses, interactive charts, links, screenshot.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const check: PageCheck = {
        path,
        url,
        status: 0,
        title: "",
        consoleErrors: [],
        badResponses: [],
        failedRequests: [],
        brokenLinks: [],
        figures: [],
      };
      page.on("console", (msg) => {
        if (msg.type() === "error") check.consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
      });
      page.on("pageerror", (err) => check.consoleErrors.push(`uncaught: ${err.message}`));
      page.on("response", (res) => {
        if (res.status() >= 400) check.badResponses.push({ url: res.url(), status: res.status() });
      });
      page.on("requestfailed", (req) => {
        check.failedRequests.push({ url: req.url(), error: req.failure()?.errorText ?? "failed" });
      });

      const response = await page.goto(url, { waitUntil: "load" });
      check.status = response?.status() ?? 0;
      check.title = await page.title();

      const figures = page.locator("[data-bibliosite-figure]");
      const count = await figures.count();
      for (let i = 0; i < count; i++) {
        const fig = figures.nth(i);
        await fig.scrollIntoViewIfNeeded();
        const id = (await fig.getAttribute("data-bibliosite-figure")) ?? "";
        try {
          await page.waitForFunction(
            (el) => {
              const s = (el as HTMLElement).dataset.interactive;
              return s === "ready" || s === "static";
            },
            await fig.elementHandle(),
            { timeout: figureTimeout },
          );
        } catch {
          // state stays "loading"/unset: reported below
        }
        const state = (await fig.getAttribute("data-interactive")) ?? "";
        const interactiveMarks = await fig.locator(`.chart-interactive svg ${MARK_ITEMS}, .chart-interactive canvas`).count();
        check.figures.push({ id, staticMarks: staticMarks[i]?.marks ?? 0, interactiveMarks, state });
      }

      if (opts.checkLinks ?? true) {
        const origin = new URL(opts.siteUrl).origin;
        const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
        const targets = [...new Set(hrefs.map((h) => h.split("#")[0]!))].filter((h) => h.startsWith(origin)).sort();
        for (const href of targets) {
          const res = await page.request.get(href, { maxRedirects: 0 });
          if (res.status() !== 200) check.brokenLinks.push({ href, status: res.status() });
        }
      }

      if (opts.onPage) await opts.onPage(page, check);

      if (opts.screenshotDir) {
        const file = join(opts.screenshotDir, screenshotName(opts.screenshotPrefix ?? "", path));
        await page.screenshot({ path: file, fullPage: true });
        check.screenshot = file;
      }
      await context.close();
      results.push(check);
    }
  } finally {
    if (!opts.browser) await browser.close();
  }
  return results;
}

/** One line per problem, for an expect(...).toEqual([]) that prints something useful. */
export function problems(checks: readonly PageCheck[]): string[] {
  const out: string[] = [];
  for (const c of checks) {
    const at = c.path || "(index)";
    if (c.status !== 200) out.push(`${at}: HTTP ${c.status}`);
    for (const e of c.consoleErrors) out.push(`${at}: console error: ${e}`);
    for (const r of c.badResponses) out.push(`${at}: ${r.status} ${r.url}`);
    for (const r of c.failedRequests) out.push(`${at}: request failed ${r.error} ${r.url}`);
    for (const l of c.brokenLinks) out.push(`${at}: broken link (${l.status}) ${l.href}`);
    for (const f of c.figures) {
      if (f.staticMarks === 0) out.push(`${at}: figure ${f.id}: static SVG has no marks`);
      if (f.state !== "ready") out.push(`${at}: figure ${f.id}: interactive view not ready (${f.state || "never started"})`);
      else if (f.interactiveMarks === 0) out.push(`${at}: figure ${f.id}: interactive view drew no marks`);
    }
  }
  return out;
}

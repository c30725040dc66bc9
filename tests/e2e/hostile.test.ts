/**
 * Issue 7, items 2 and 5. A hostile report (tests/fixtures/reports/hostile/: script, HTML, MDX and
 * JSX payloads, `javascript:` DOIs, RTL and zero-width characters, a 10,000-character title, in the
 * export and in the front matter) and a report with broken records (corrupted.txt) are built by
 * scripts/build.ts into a scratch project under test-artifacts/, served, and every page is opened
 * in Chromium with dialog and console hooks and a `window.__pwned` canary that any injected script
 * would set. Nothing may run, nothing from the corpus may become an element or a link other than
 * http(s)/doi.org, and the text must be shown as written.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../analyses/corpus/build-corpus.ts";
import { FRONT_MATTER, RTL, STRAY_LINES, ZERO_WIDTH } from "../fixtures/reports/hostile/hostile-strings.ts";
import { launchChromium } from "../support/browser.ts";
import { buildInScratch, scratchContent, type ScratchBuild } from "../support/scratch-build.ts";
import { listPages, readTree, REPO_ROOT } from "../support/site-build.ts";
import { serveDist, type StaticServer } from "../support/static-server.ts";

const BASE = "/bibliosite";
const HOSTILE = "reports/hostile/";
const BROKEN = "reports/broken-records/";
const CORRUPTED = join(REPO_ROOT, "tests", "fixtures", "wos-plaintext", "corrupted.txt");

interface PageReport {
  path: string;
  status: number;
  dialogs: string[];
  consoleErrors: string[];
  /** Console messages mentioning the canary (a payload calling console.log would show here). */
  consolePwned: string[];
  /** Every value assigned to window.__pwned while the page was open. */
  pwned: string[];
  /** Elements only an injection could create (the payloads' <x-pwn>, data-pwn, iframes, ...). */
  injected: string[];
  /** Inline event-handler attributes (on*), wherever they are. */
  handlers: string[];
  /** <script> elements whose text mentions the canary. */
  scripts: number;
  /** URL-bearing attributes that are neither http(s) nor same-page. */
  badUrls: string[];
  /** Absolute hrefs of every link (CSV downloads apart). */
  links: string[];
  /** data:text/csv download links whose CSV is fully percent-encoded. */
  csvDownloads: number;
  h1: string;
  title: string;
  /** The page's rendered text with every <details> opened. */
  text: string;
}

let build: ScratchBuild;
let server: StaticServer;
let pages: PageReport[] = [];
/** The same checks on a page that does get injected: proves the hooks see an injection. */
let selfTest: PageReport;
const INJECTED_PAGE = `<!doctype html><title>t</title><h1>t</h1><script>window.__pwned = "inline"</script>
<x-pwn data-pwn="1"></x-pwn><img src="data:," onerror="window.__pwned = 'handler'"><a href="javascript:void 0">js</a>
<script>alert("dialog")</script>`;

function brokenRecordsReport(dir: string): string {
  mkdirSync(join(dir, "exports"), { recursive: true });
  cpSync(CORRUPTED, join(dir, "exports", "corrupted.txt"));
  writeFileSync(
    join(dir, "report.mdx"),
    [
      "---",
      "title: A report with broken records",
      "corpus:",
      '  exports: ["exports/*.txt"]',
      "  database: Web of Science Core Collection",
      "  query: TS=(broken)",
      "referenceYear: 2026",
      "---",
      "",
    ].join("\n"),
  );
  return dir;
}

/** `html`: serve this instead of the page (the checks' own self-test). */
async function inspect(browser: Browser, siteUrl: string, path: string, html?: string): Promise<PageReport> {
  const context = await browser.newContext();
  // The canary: a setter that logs every assignment, installed before any page script runs.
  await context.addInitScript(() => {
    const log: string[] = [];
    Object.defineProperty(window, "__pwnedLog", { value: log });
    Object.defineProperty(window, "__pwned", { configurable: false, get: () => undefined, set: (v: unknown) => void log.push(String(v)) });
  });
  const page = await context.newPage();
  if (html !== undefined) await page.route(new URL(path, siteUrl).href, (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
  const report: PageReport = { path, status: 0, dialogs: [], consoleErrors: [], consolePwned: [], pwned: [], injected: [], handlers: [], scripts: 0, badUrls: [], links: [], csvDownloads: 0, h1: "", title: "", text: "" };
  page.on("dialog", (d) => {
    report.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") report.consoleErrors.push(m.text());
    if (m.text().includes("pwned")) report.consolePwned.push(m.text());
  });
  page.on("pageerror", (e) => report.consoleErrors.push(`uncaught: ${e.message}`));
  const response = await page.goto(new URL(path, siteUrl).href, { waitUntil: "load" });
  report.status = response?.status() ?? 0;
  // Scroll to the end so lazily loaded views (interactive charts) run too, then let them settle.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState("networkidle");
  const seen = await page.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true;
    const all = [...document.querySelectorAll("*")];
    const describe = (el: Element): string => `<${el.tagName.toLowerCase()} ${[...el.attributes].map((a) => `${a.name}="${a.value.slice(0, 60)}"`).join(" ")}>`;
    const URL_ATTRS = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset"];
    const badUrls: string[] = [];
    // Table downloads are data: links of a fixed text/csv type with the CSV percent-encoded after the
    // comma (CsvLink.astro): corpus text can neither change the type nor leave the URL.
    const isCsvDownload = (el: Element, v: string): boolean =>
      el.tagName === "A" && el.hasAttribute("download") && /^data:text\/csv;charset=utf-8,[A-Za-z0-9%\-_.!~*'()]*$/.test(v);
    let csvDownloads = 0;
    for (const el of all) {
      for (const attr of el.attributes) {
        if (!URL_ATTRS.includes(attr.name)) continue;
        if (attr.name === "href" && isCsvDownload(el, attr.value)) {
          csvDownloads++;
          continue;
        }
        const v = attr.value.trim();
        if (v === "" || v.startsWith("#")) continue;
        let protocol: string;
        try {
          protocol = new URL(v, document.baseURI).protocol;
        } catch {
          badUrls.push(`${describe(el)} (unparsable)`);
          continue;
        }
        if (protocol !== "http:" && protocol !== "https:") badUrls.push(describe(el));
      }
    }
    return {
      injected: [...document.querySelectorAll("x-pwn, [data-pwn], iframe, object, embed, frame, base, meta[http-equiv]")].map(describe),
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => `${el.tagName.toLowerCase()}[${a.name}="${a.value.slice(0, 80)}"]`),
      ),
      scripts: [...document.querySelectorAll("script")].filter((s) => (s.textContent ?? "").includes("__pwned")).length,
      badUrls,
      links: [...document.querySelectorAll("a[href]")].filter((a) => !isCsvDownload(a, a.getAttribute("href") ?? "")).map((a) => (a as HTMLAnchorElement).href),
      csvDownloads,
      h1: document.querySelector("h1")?.textContent ?? "",
      title: document.title,
      text: document.body.innerText,
      pwned: [...((window as unknown as { __pwnedLog: string[] }).__pwnedLog ?? [])],
    };
  });
  Object.assign(report, seen);
  await context.close();
  return report;
}

beforeAll(async () => {
  const content = scratchContent("hostile", { hostile: join(REPO_ROOT, "tests", "fixtures", "reports", "hostile") });
  brokenRecordsReport(join(content, "reports", "broken-records"));
  build = await buildInScratch({ name: "hostile-site", contentDir: content, base: BASE });
  if (build.code !== 0) throw new Error(`build failed (${build.code}):\n${build.stdout}\n${build.stderr}`);
  server = await serveDist(build.dist, BASE);
  const browser = await launchChromium();
  try {
    for (const path of listPages(build.dist)) pages.push(await inspect(browser, server.url, path));
    selfTest = await inspect(browser, server.url, "self-test.html", INJECTED_PAGE);
  } finally {
    await browser.close();
  }
}, 600_000);

afterAll(async () => {
  await server?.close();
});

/**
 * Tags of a standalone SVG (as served for download) that a browser opening it would run or follow:
 * script-capable elements, on* attributes, links that are not http(s) or same-document. Text and
 * attribute values are escaped in well-formed SVG, so a raw "<" always starts a real tag.
 */
function unsafeSvgMarkup(svg: string): string[] {
  const found: string[] = [];
  for (const m of svg.matchAll(/<([A-Za-z][\w:-]*)([^<>]*)>/g)) {
    const [tag, name, attrs] = m as unknown as [string, string, string];
    const outsideValues = attrs.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/^(script|foreignObject|iframe|object|embed|x-pwn|handler|listener)$/i.test(name)) found.push(tag.slice(0, 80));
    else if (/\son[a-z]+\s*=/i.test(outsideValues)) found.push(tag.slice(0, 80));
    else {
      for (const link of attrs.matchAll(/(?:^|\s)(?:xlink:)?href\s*=\s*"([^"]*)"/g)) {
        if (!/^(https?:|#)/i.test(link[1]!.trim())) found.push(tag.slice(0, 80));
      }
    }
  }
  return found;
}

/** Site-template markup that the DOM checks allow (never built from corpus text). */
const TEMPLATE_HANDLERS = new Set(['form[onsubmit="return false"]']);
const TEMPLATE_URLS = new Set(['<link rel="icon" href="data:,">']);

const page = (path: string): PageReport => {
  const p = pages.find((x) => x.path === path);
  if (!p) throw new Error(`no page ${path}; pages: ${pages.map((x) => x.path).join(", ")}`);
  return p;
};

describe("a hostile corpus built into a report", () => {
  it("builds every page, each answering 200", () => {
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(["", BROKEN, HOSTILE]));
    for (const p of pages) expect(p.status, p.path).toBe(200);
    console.info(`[e2e hostile] build ${build.ms} ms; pages: ${pages.map((p) => p.path || "(index)").join(", ")}`);
  });

  it("has checks that see an injection (self-test on an injected page)", () => {
    expect(selfTest.pwned).toEqual(["inline", "handler"]);
    expect(selfTest.dialogs).toEqual(["alert: dialog"]);
    expect(selfTest.injected).toEqual(['<x-pwn data-pwn="1">']);
    expect(selfTest.handlers).toEqual([`img[onerror="window.__pwned = 'handler'"]`]);
    expect(selfTest.badUrls).toEqual(['<img src="data:," onerror="window.__pwned = \'handler\'">', '<a href="javascript:void 0">']);
    expect(unsafeSvgMarkup(`<svg><text>&lt;script&gt; onload=</text><a xlink:href="javascript:x"/><g onload="x"/><script/></svg>`)).toEqual([
      '<a xlink:href="javascript:x"/>',
      '<g onload="x"/>',
      "<script/>",
    ]);
  });

  it("runs no script from corpus or front matter: no dialog, no canary, no console error", () => {
    for (const p of pages) {
      expect(p.pwned, `${p.path}: window.__pwned was set`).toEqual([]);
      expect(p.dialogs, `${p.path}: dialogs`).toEqual([]);
      expect(p.consolePwned, `${p.path}: console`).toEqual([]);
      expect(p.consoleErrors, `${p.path}: console errors`).toEqual([]);
    }
  });

  it("puts no element from corpus text into the DOM: no injected tag, no inline handler, no script with corpus content", () => {
    for (const p of pages) {
      expect(p.injected, p.path).toEqual([]);
      expect(p.handlers.filter((h) => !TEMPLATE_HANDLERS.has(h)), p.path).toEqual([]);
      expect(p.scripts, p.path).toBe(0);
    }
  });

  it("links only to http(s): same site or https://doi.org/, never javascript: or data:", () => {
    const external = new Set<string>();
    for (const p of pages) {
      expect(p.badUrls.filter((u) => !TEMPLATE_URLS.has(u)), p.path).toEqual([]);
      for (const href of p.links) {
        const url = new URL(href);
        expect(["http:", "https:"], `${p.path}: ${href}`).toContain(url.protocol);
        if (url.origin !== server.origin) {
          external.add(url.origin);
          // Corpus links go to doi.org only; the site's own external links are to known project pages.
          expect(["https://doi.org", "https://www.bibliometrix.org", "https://github.com", "https://astro.build"], `${p.path}: ${href}`).toContain(url.origin);
        }
      }
    }
    console.info(
      `[e2e hostile] external link origins: ${[...external].sort().join(", ") || "none"}; ` +
        `CSV data: downloads (type fixed, content encoded): ${pages.reduce((n, p) => n + p.csvDownloads, 0)}`,
    );
  });

  it("serves no download that a browser would run: SVGs without script or handlers, HTML without raw payloads", () => {
    const tree = readTree(build.dist);
    let svgs = 0;
    for (const [file, bytes] of tree) {
      const text = bytes.toString("utf8");
      if (file.endsWith(".svg")) {
        svgs++;
        expect(unsafeSvgMarkup(text), file).toEqual([]);
      }
      if (file.endsWith(".html")) {
        // Inside a double-quoted attribute value "<" cannot open a tag (only `"` and `&` need escaping
        // there, and are): drop those values, then no payload may remain as markup.
        const markup = text.replace(/="[^"]*"/g, '=""');
        expect(markup, file).not.toMatch(/<x-pwn|<img src=x|<svg onload|<\/script><script>window\.__pwned/i);
      }
    }
    expect(svgs).toBeGreaterThan(0);
  });

  it("shows the front matter as written: the 10,000-character title whole, RTL and zero-width characters kept", () => {
    expect(FRONT_MATTER.title.length).toBe(10_000);
    const report = page(HOSTILE);
    expect(report.h1).toBe(FRONT_MATTER.title);
    expect(report.title).toContain(FRONT_MATTER.title);
    expect(report.text).toContain(FRONT_MATTER.query);
    expect(report.text).toContain(RTL);
    expect(report.text).toContain(ZERO_WIDTH);
    // The index links to the report under its whole title.
    expect(page("").text).toContain(FRONT_MATTER.title);
  });

  it("shows corpus text quoted in the ledger as written (payloads, braces, zero-width characters)", () => {
    const text = page(HOSTILE).text;
    expect(text).toContain(`exports/hostile.txt:43`);
    expect(text).toContain(`"${STRAY_LINES.insideRecord}"`);
    expect(text).toContain(`exports/hostile.txt:50`);
    // The parser quotes the first 60 characters of the line.
    expect(text).toContain(`"${STRAY_LINES.betweenRecords.slice(0, 60)}…"`);
  });
});

describe("recoverable record errors (corrupted.txt)", () => {
  const rejected = buildCorpus([{ file: "exports/corrupted.txt", bytes: new Uint8Array(readFileSync(CORRUPTED)) }]).ledger.rejected;

  it("never fail the build: exit code 0, counted in the build summary", () => {
    expect(build.code).toBe(0);
    expect(rejected.map((r) => r.location.line)).toEqual([11, 23, 31, 45]);
    expect(build.stdout).toMatch(/^broken-records: 1 files, 7 records read, 4 rejected, 0 duplicates, 0 filtered, 3 analysed/m);
    expect(build.stdout).toMatch(/^hostile: 1 files, 7 records read, 2 rejected, 0 duplicates, 0 filtered, 5 analysed/m);
    expect(build.stdout).toMatch(/6 broken record\(s\) skipped, listed in each report's ledger/);
    for (const r of rejected) expect(build.stderr).toContain(`warning: broken-records: exports/corrupted.txt:${r.location.line}: ${r.reason} (record skipped)`);
  });

  it("are listed on the report page with file, line and reason", () => {
    const text = page(BROKEN).text;
    for (const r of rejected) {
      expect(text).toContain(`exports/corrupted.txt:${r.location.line}`);
      expect(text).toContain(r.reason);
    }
    expect(text).toMatch(/4 records could not be read/);
  });
});

/**
 * Report editions: the mini fixture with an earlier edition (publications of 2023, batch-1 only)
 * built twice into fresh scratch projects (no shared cache): first with only batch-1 as the
 * report's exports, then with batch-2 added. The earlier edition's results.json must be the same
 * bytes both times, and the page must show "What changed since the last edition".
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInScratch, scratchContent, type ScratchBuild } from "../support/scratch-build.ts";
import { REPO_ROOT } from "../support/site-build.ts";

const MINI = join(REPO_ROOT, "tests/fixtures/reports/mini");

function withEdition(name: string, reportExports: string[]): string {
  const content = scratchContent(name, { mini: MINI });
  const file = join(content, "reports/mini/report.mdx");
  const text = readFileSync(file, "utf8")
    .replace('exports: ["exports/*.txt"]', `exports: ${JSON.stringify(reportExports)}`)
    .replace("years: [2023, 2023]", "years: [2023, 2024]")
    .replace(
      "referenceYear: 2026\n",
      'referenceYear: 2026\neditions:\n  - { id: "2023", title: "Edition 2023 (publications of 2023)", years: [2023, 2023], exports: ["exports/batch-1.txt"] }\n',
    );
  expect(text).toContain("editions:");
  writeFileSync(file, text);
  return content;
}

function ok(build: ScratchBuild): ScratchBuild {
  if (build.code !== 0) throw new Error(`build failed (${build.code}):\n${build.stdout}\n${build.stderr}`);
  return build;
}

const editionResults = (b: ScratchBuild): Buffer => readFileSync(join(b.root, "public/reports/mini/editions/2023/results.json"));

describe("report editions", () => {
  let first: ScratchBuild;
  let second: ScratchBuild;

  it("builds the report and its earlier edition, then again with newer exports added", async () => {
    first = ok(await buildInScratch({ name: "editions-a", contentDir: withEdition("editions-a", ["exports/batch-1.txt"]) }));
    second = ok(await buildInScratch({ name: "editions-b", contentDir: withEdition("editions-b", ["exports/*.txt"]) }));
    expect(first.stdout).toMatch(/^mini: edition 2023: computing \(reason: not cached before\)$/m);
    expect(second.stdout).toMatch(/^mini: edition 2023: computing \(reason: not cached before\)$/m);
  }, 300_000);

  it("reproduces the earlier edition's results.json byte for byte after the newer exports are added", () => {
    const a = editionResults(first);
    const b = editionResults(second);
    expect(b.equals(a)).toBe(true);
    // ... while the current edition's results did change (batch-2 added documents).
    const current = (x: ScratchBuild): string => readFileSync(join(x.root, "public/reports/mini/results.json"), "utf8");
    expect(current(second)).not.toBe(current(first));
    const edition = JSON.parse(a.toString("utf8")) as { filter: unknown; annualProduction: { rows: { year: number; articles: number }[] } };
    expect(edition.annualProduction.rows.map((r) => r.year)).toEqual([2023]);
  });

  it("shows what changed since the last edition on the page", () => {
    const page = JSON.parse(readFileSync(join(second.root, "src/generated/reports/mini.json"), "utf8")) as {
      editions: { earlier: { id: string; resultsPath: string }[]; changes: { documentsAdded: { year: number; added: number }[]; totalAdded: number } };
      annualProduction: { rows: { year: number; articles: number }[] };
    };
    expect(page.editions.earlier).toEqual([{ id: "2023", title: "Edition 2023 (publications of 2023)", resultsPath: "reports/mini/editions/2023/results.json" }]);
    const firstPage = JSON.parse(readFileSync(join(first.root, "src/generated/reports/mini.json"), "utf8")) as typeof page;
    // Documents added = current counts minus the edition's (2023 only, batch-1 only).
    const edition = JSON.parse(editionResults(second).toString("utf8")) as { annualProduction: { rows: { year: number; articles: number }[] } };
    const was = new Map(edition.annualProduction.rows.map((r) => [r.year, r.articles]));
    const expected = page.annualProduction.rows
      .map((r) => ({ year: r.year, added: r.articles - (was.get(r.year) ?? 0) }))
      .filter((r) => r.added !== 0);
    expect(page.editions.changes.documentsAdded.map((y) => ({ year: y.year, added: y.added }))).toEqual(expected);
    expect(page.editions.changes.totalAdded).toBeGreaterThan(firstPage.editions.changes.totalAdded);

    const html = readFileSync(join(second.dist, "reports/mini/index.html"), "utf8");
    expect(html).toContain('id="what-changed-since-the-last-edition"');
    expect(html).toContain("What changed since the last edition");
    expect(html).toContain("Edition 2023 (publications of 2023)");
    expect(html).toMatch(/href="[^"]*reports\/mini\/editions\/2023\/results\.json"/);
  });
});

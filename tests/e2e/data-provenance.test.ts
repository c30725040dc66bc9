/**
 * A report whose exports come from several databases: the Tobler set (WoS tab-delimited and RIS,
 * Scopus CSV and RIS, Lens CSV) built into a scratch site. Its page must list every merge decision.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInScratch, scratchContent, type ScratchBuild } from "../support/scratch-build.ts";
import { hasShared, sharedPath } from "../support/shared.ts";

const EXPORTS = ["wos-tab/tobler-author-set.txt", "ris/tobler-wos.ris", "scopus-csv/tobler-author-81.csv", "ris/tobler-scopus-81.ris", "lens/tobler-lens-252.csv"];

describe.skipIf(!hasShared)("data provenance of a multi-database report", () => {
  let build: ScratchBuild;
  let html: string;

  beforeAll(async () => {
    const report = mkdtempSync(join(tmpdir(), "bibliosite-tobler-"));
    mkdirSync(join(report, "exports"));
    for (const file of EXPORTS) copyFileSync(sharedPath("data", file), join(report, "exports", basename(file)));
    writeFileSync(
      join(report, "report.mdx"),
      ["---", "title: Waldo Tobler's works in five exports", "corpus:", '  exports: ["exports/*"]', "  database: Web of Science, Scopus and Lens", "  query: AU=(Tobler W*)", "referenceYear: 2026", "---", ""].join("\n"),
    );
    build = await buildInScratch({ name: "provenance-site", contentDir: scratchContent("provenance", { tobler: report }), quiet: false });
    if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    html = readFileSync(join(build.dist, "reports", "tobler", "index.html"), "utf8");
  }, 600_000);

  it("summarises the merge in the build log", () => {
    expect(build.stdout).toMatch(/^tobler: 5 files, 576 records read, 0 rejected, 282 duplicates, 0 filtered, 294 analysed/m);
  });

  it("lists each of the 282 merges with the records, the key and the fields taken over", () => {
    expect(html).toContain("Data provenance: records merged across formats and databases");
    // Merges kept by a WoS tab-delimited record: all 81 WoS RIS twins, 44 Scopus CSV, 44 Scopus RIS, 48 Lens.
    const rows = html.match(/<code[^>]*>exports\/tobler-author-set\.txt:\d+ \(wos-tab\)<\/code>/g) ?? [];
    expect(rows.length).toBe(81 + 44 + 44 + 48);
    expect(html.match(/<code[^>]*>exports\/tobler-wos\.ris:\d+ \(ris-wos\)<\/code>/g)?.length).toBe(81);
    expect(html).toMatch(/similar title \(0\.9\d+\)/);
    expect(html).toMatch(/TC: \d+ \([a-z-]+\) &gt; \d+ \([a-z-]+\)/);
  });
});

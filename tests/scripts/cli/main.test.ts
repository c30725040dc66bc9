import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli, UsageError } from "../../../scripts/cli/main.ts";
import { hasShared, sharedPath } from "../../support/shared.ts";

const MINI = resolve(import.meta.dirname, "../../fixtures/reports/mini");
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "bibliosite-cli-"));
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await rm(out, { recursive: true, force: true });
});

const readJson = async (file: string): Promise<any> => JSON.parse(await readFile(file, "utf8"));

describe("bibliosite analyze", () => {
  it("analyses a report folder with its front matter's filters and reference year", async () => {
    const dir = join(out, "mini");
    expect(await runCli(["analyze", MINI, "--out", dir])).toBe(0);
    const files = await readdir(dir);
    for (const name of ["annual-production.csv", "ledger.json", "main-information.json", "thematicMap.json", "authors-articles.csv", "trendTopics.json", "keywords.json", "sources-rows.csv"]) {
      expect(files).toContain(name);
    }
    // The bibliometrix-shaped files are written only when asked for.
    expect(files).not.toContain("main-info.json");
    const ledger = await readJson(join(dir, "ledger.json"));
    expect([ledger.read, ledger.duplicates.length, ledger.filtered.length, ledger.rejected.length, ledger.kept]).toEqual([6, 1, 2, 0, 3]);
    expect(ledger.duplicates[0]).toMatchObject({ key: "UT", value: "WOS:001046573800010", location: { file: "exports/batch-2.txt" }, keptAt: { file: "exports/batch-1.txt" } });
    expect(ledger.filtered.map((f: { detail: string }) => f.detail)).toEqual(["PY 2024 outside 2023-2023", "PY 2024 outside 2023-2023"]);
    const mi = await readJson(join(dir, "main-information.json"));
    expect([mi.documents, mi.referenceYear, mi.timespan]).toEqual([3, 2026, [2023, 2023]]);
    expect(await readFile(join(dir, "annual-production.csv"), "utf8")).toBe("year,articles\n2023,3\n");
    const ledgerCsv = await readFile(join(dir, "ledger.csv"), "utf8");
    expect(ledgerCsv.split("\n")[1]).toMatch(/^duplicate,exports\/batch-2\.txt,\d+,UT WOS:001046573800010 already read at exports\/batch-1\.txt:\d+$/);
  });

  it("takes analysis parameters from a --params file with the front matter's keys", async () => {
    const params = join(out, "params.yaml");
    await writeFile(params, "keywords: { field: DE, top: 3 }\ncooccurrenceNetwork: false\n");
    const dir = join(out, "params");
    expect(await runCli(["analyze", join(MINI, "exports/batch-1.txt"), "--reference-year", "2026", "--params", params, "--out", dir])).toBe(0);
    const keywords = await readJson(join(dir, "keywords.json"));
    expect(keywords.params).toMatchObject({ field: "DE", top: 3 });
    expect(keywords.result.rows.length).toBeLessThanOrEqual(3);
    expect(await readdir(dir)).not.toContain("cooccurrenceNetwork.json");
    await writeFile(params, "thematicMapp: { field: DE }\n");
    await expect(runCli(["analyze", join(MINI, "exports/batch-1.txt"), "--reference-year", "2026", "--params", params, "--out", dir])).rejects.toThrow(
      /params\.yaml: key "thematicMapp": unknown key/,
    );
  });

  it("refuses bare export files without a reference year, and unknown options", async () => {
    await expect(runCli(["analyze", join(MINI, "exports/batch-1.txt"), "--out", out])).rejects.toThrow(UsageError);
    await expect(runCli(["analyze", join(MINI, "exports/batch-1.txt"), "--out", out, "--format", "csv", "--reference-year", "2026"])).rejects.toThrow(
      /--format must be bibliosite or bibliometrix/,
    );
    await expect(runCli(["analyze", MINI])).rejects.toThrow(/--out DIR is required/);
  });

  it.skipIf(!hasShared)("--format bibliometrix writes files equal to bibliometrix's on the same export", async () => {
    const dir = join(out, "epilepsy");
    const file = sharedPath("data/wos-plaintext/ai-epilepsy-188.txt");
    expect(await runCli(["analyze", file, "--reference-year", "2026", "--format", "bibliometrix", "--out", dir])).toBe(0);
    const oracle = sharedPath("oracle/ai-epilepsy-188");
    expect((await readJson(join(dir, "main-info.json"))).table).toEqual((await readJson(join(oracle, "main-info.json"))).table);
    const ours = await readJson(join(dir, "annual-production.json"));
    const theirs = await readJson(join(oracle, "annual-production.json"));
    expect(ours.annual_production).toEqual(theirs.annual_production);
    expect(ours.annual_growth_rate_pct).toBe(theirs.annual_growth_rate_pct);
  });
});

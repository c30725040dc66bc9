import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copySiteLayer } from "../support/fixture-site.ts";
import { readTree } from "../support/site-build.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const MINI = join(ROOT, "tests/fixtures/reports/mini");
const work = mkdtempSync(join(tmpdir(), "bibliosite-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A content folder holding the mini report with its front matter edited (and files added by `setup`). */
function contentWith(edit: (reportMdx: string) => string, setup: (reportDir: string) => void = () => {}): string {
  const content = mkdtempSync(join(work, "content-"));
  const dir = join(content, "reports", "mini");
  cpSync(MINI, dir, { recursive: true });
  const file = join(dir, "report.mdx");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  setup(dir);
  return content;
}

/**
 * A scratch Astro project whose output folders hold a previous build's files: a failing build must
 * leave every one of them as it was (and write nothing new anywhere in the project).
 */
const scratch = join(work, "site");
copySiteLayer(scratch);
for (const dir of ["dist", "src/generated", "src/pages/reports", "public/reports/mini"]) {
  mkdirSync(join(scratch, dir), { recursive: true });
  writeFileSync(join(scratch, dir, "previous-build.txt"), `kept from the previous build (${dir})`);
}
const before = readTree(scratch);

function build(content: string) {
  // Generated folders are only emptied after every report validated: a failing run must not reach them.
  return spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "scripts/build.ts"), "--quiet", "--root", scratch, "--content", content],
    { cwd: ROOT, encoding: "utf8" },
  );
}

/** Files of the scratch project that are new, gone or changed since it was set up. */
function changedFiles(): string[] {
  const after = readTree(scratch);
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((f) => !before.get(f)?.equals(after.get(f) ?? Buffer.alloc(0)) || !after.has(f)).sort();
}

describe("npm run build on a bad report", () => {
  it.each([
    ["an unknown key", (s: string) => s.replace("referenceYear: 2026", "referenceYear: 2026\ncolour: blue"), /report\.mdx: front matter key "colour": unknown key/],
    ["a wrong type", (s: string) => s.replace("years: [2023, 2023]", "years: 2023"), /report\.mdx: front matter key "corpus\.years": Expected array, received number/],
    ["a glob matching nothing", (s: string) => s.replace('"exports/*.txt"', '"exports/*.ciw"'), /front matter key "corpus\.exports\[0\]": "exports\/\*\.ciw" matches no file/],
    ["a path out of the folder", (s: string) => s.replace('"exports/*.txt"', '"../../../*.txt"'), /front matter key "corpus\.exports\[0\]": "\.\.\/\.\.\/\.\.\/\*\.txt" leaves the report folder/],
    ["an absolute path", (s: string) => s.replace('"exports/*.txt"', '"/etc/passwd"'), /front matter key "corpus\.exports\[0\]": "\/etc\/passwd" is an absolute path/],
    ["a year out of range", (s: string) => s.replace("referenceYear: 2026", "referenceYear: 20260"), /front matter key "referenceYear": Number must be less than or equal to 2200/],
    ["a reference year before the corpus's last year", (s: string) => s.replace("referenceYear: 2026", "referenceYear: 2022"), /front matter key "referenceYear": 2022 is before the last year of corpus\.years \(2023\)/],
    [
      "a parameter out of range",
      (s: string) => s.replace("referenceYear: 2026", "referenceYear: 2026\nanalyses:\n  keywords: { minDocShare: 5 }"),
      /front matter key "analyses\.keywords\.minDocShare": Number must be less than or equal to 1/,
    ],
    [
      "cut years out of order",
      (s: string) => s.replace("referenceYear: 2026", "referenceYear: 2026\nanalyses:\n  thematicEvolution: { years: [2020, 2018] }"),
      /front matter key "analyses\.thematicEvolution\.years\[1\]": cut years must increase \(2020 then 2018\)/,
    ],
  ])("stops on %s, naming the report file and the key, with nothing written", (_name, edit, message) => {
    const result = build(contentWith(edit));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/reports[/\\]mini[/\\]report\.mdx/);
    expect(changedFiles()).toEqual([]);
  });

  it.each([
    [
      "a symbolic link out of the folder",
      (dir: string) => symlinkSync(join(ROOT, "package.json"), join(dir, "exports", "sneaky.txt")),
      /front matter key "corpus\.exports\[0\]": "exports\/sneaky\.txt" resolves outside the report folder/,
    ],
    [
      "a glob matching more than 1000 files",
      (dir: string) => {
        for (let i = 0; i < 1000; i++) writeFileSync(join(dir, "exports", `part-${String(i).padStart(4, "0")}.txt`), "PT J\nER\n");
      },
      /front matter key "corpus\.exports\[0\]": "exports\/\*\.txt" brings the report to 1002 export files, more than the 1000 allowed/,
    ],
  ])("stops on %s, naming the report file and the key, with nothing written", (_name, setup, message) => {
    const result = build(contentWith((s) => s, setup));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/reports[/\\]mini[/\\]report\.mdx/);
    expect(changedFiles()).toEqual([]);
  });
});

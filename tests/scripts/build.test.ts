import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const MINI = join(ROOT, "tests/fixtures/reports/mini");
const work = mkdtempSync(join(tmpdir(), "bibliosite-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A content folder holding the mini report with its front matter edited. */
function contentWith(edit: (reportMdx: string) => string): string {
  const content = mkdtempSync(join(work, "content-"));
  const dir = join(content, "reports", "mini");
  cpSync(MINI, dir, { recursive: true });
  const file = join(dir, "report.mdx");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  return content;
}

function build(content: string) {
  // Generated folders are only emptied after every report validated: a failing run must not reach them.
  return spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "scripts/build.ts"), "--quiet", "--content", content], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

describe("npm run build on a bad report", () => {
  it.each([
    ["an unknown key", (s: string) => s.replace("referenceYear: 2026", "referenceYear: 2026\ncolour: blue"), /report\.mdx: front matter key "colour": unknown key/],
    ["a wrong type", (s: string) => s.replace("years: [2023, 2023]", "years: 2023"), /report\.mdx: front matter key "corpus\.years": Expected array, received number/],
    ["a glob matching nothing", (s: string) => s.replace('"exports/*.txt"', '"exports/*.ciw"'), /front matter key "corpus\.exports\[0\]": "exports\/\*\.ciw" matches no file/],
    ["a path out of the folder", (s: string) => s.replace('"exports/*.txt"', '"../../../*.txt"'), /front matter key "corpus\.exports\[0\]": "\.\.\/\.\.\/\.\.\/\*\.txt" leaves the report folder/],
  ])("stops on %s, naming the report file and the key", (_name, edit, message) => {
    const result = build(contentWith(edit));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/reports[/\\]mini[/\\]report\.mdx/);
  });
});

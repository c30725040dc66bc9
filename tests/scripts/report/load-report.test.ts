import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findReports, loadReport } from "../../../scripts/report/load-report.ts";

let root: string;

function frontMatter(exportsLine: string, extra = ""): string {
  return [
    "---",
    "title: A test report",
    "corpus:",
    `  exports: ${exportsLine}`,
    "  database: Web of Science Core Collection",
    "  query: TS=(test)",
    "referenceYear: 2026",
    extra,
    "---",
    "",
    "Author prose with {braces}.",
    "",
  ].join("\n");
}

async function makeReport(slug: string, report: string, files: Record<string, string> = {}): Promise<string> {
  const dir = join(root, "reports", slug);
  await mkdir(join(dir, "exports"), { recursive: true });
  await writeFile(join(dir, "report.mdx"), report);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "bibliosite-load-"));
  await writeFile(join(root, "outside.txt"), "PT J\n");
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe("loadReport", () => {
  it("reads the config, the author's body and the exports sorted by name", async () => {
    const dir = await makeReport("ok", frontMatter('["exports/*.txt"]'), {
      "exports/b.txt": "PT J\nER\n",
      "exports/a.txt": "PT B\nER\n",
    });
    const report = await loadReport(dir);
    expect(report.slug).toBe("ok");
    expect(report.config.referenceYear).toBe(2026);
    expect(report.body.trim()).toBe("Author prose with {braces}.");
    expect(report.exports.map((e) => e.name)).toEqual(["exports/a.txt", "exports/b.txt"]);
    expect(new TextDecoder().decode(report.exports[0]!.bytes)).toBe("PT B\nER\n");
  });

  it("stops on a glob that matches nothing, naming the report file and the key", async () => {
    const dir = await makeReport("nomatch", frontMatter('["exports/*.txt", "exports/*.ciw"]'), { "exports/a.txt": "x" });
    await expect(loadReport(dir)).rejects.toThrow(/nomatch[/\\]report\.mdx: front matter key "corpus\.exports\[1\]": "exports\/\*\.ciw" matches no file/);
  });

  it("refuses paths that leave the report folder: .., absolute, symbolic link", async () => {
    const up = await makeReport("up", frontMatter('["../../outside.txt"]'));
    await expect(loadReport(up)).rejects.toThrow(/"corpus\.exports\[0\]": "\.\.\/\.\.\/outside\.txt" leaves the report folder/);
    const abs = await makeReport("abs", frontMatter(`["${join(root, "outside.txt")}"]`));
    await expect(loadReport(abs)).rejects.toThrow(/"corpus\.exports\[0\]": .* is an absolute path/);
    const linked = await makeReport("linked", frontMatter('["exports/*.txt"]'));
    await symlink(join(root, "outside.txt"), join(linked, "exports", "sneaky.txt"));
    await expect(loadReport(linked)).rejects.toThrow(/"exports\/sneaky\.txt" resolves outside the report folder/);
  });

  it("refuses a glob that matches more export files than any real report has", async () => {
    const files = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`exports/part-${String(i).padStart(4, "0")}.txt`, "x"]));
    const many = await makeReport("many", frontMatter('["exports/*.txt"]'), files);
    await expect(loadReport(many)).rejects.toThrow(/"corpus\.exports\[0\]": "exports\/\*\.txt" brings the report to 1001 export files, more than the 1000 allowed/);
  });

  it("reports invalid YAML and unknown keys with the file name", async () => {
    const bad = await makeReport("badyaml", "---\ntitle: [unclosed\n---\n");
    await expect(loadReport(bad)).rejects.toThrow(/badyaml[/\\]report\.mdx: front matter is not valid YAML/);
    const unknown = await makeReport("unknown", frontMatter('["exports/*.txt"]', "colour: blue"), { "exports/a.txt": "x" });
    await expect(loadReport(unknown)).rejects.toThrow(/front matter key "colour": unknown key/);
  });
});

describe("findReports", () => {
  it("lists report folders in slug order", async () => {
    const found = await findReports(root);
    expect(found.map((d) => d.split(/[/\\]/).at(-1))).toEqual(["abs", "badyaml", "linked", "many", "nomatch", "ok", "unknown", "up"]);
  });
});

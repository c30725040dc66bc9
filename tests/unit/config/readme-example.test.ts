import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { parseReportConfig } from "../../../analyses/config/report-config.ts";

// The README's example front matter is what users copy: it must stay valid.
describe("README's report example", () => {
  it("is front matter the build accepts", () => {
    const readme = readFileSync(resolve(import.meta.dirname, "../../../README.md"), "utf8");
    const block = readme.match(/```yaml\n(---\n[\s\S]*?\n---\n)/)?.[1];
    expect(block).toBeDefined();
    const config = parseReportConfig(matter(block!).data, "README.md");
    expect(config.analyses.thematicMap).toMatchObject({ field: "ID", n: 250, minFreq: 5, cluster: "walktrap" });
    expect(config.analyses.threeField).toBe(false);
  });
});

/**
 * Issue 7, item 4: the same content gives the same site, byte for byte. The repository's real
 * reports (content/) are built twice by scripts/build.ts, each into its own scratch project under
 * test-artifacts/, by child processes that differ in time zone, locale and working directory
 * (and in the project's path, so any absolute path leaking into the output shows too); then every
 * file of the two dist/ trees is compared by SHA-256.
 */
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInScratch, type ScratchBuild } from "../support/scratch-build.ts";
import { readTree, REPO_ROOT } from "../support/site-build.ts";

const BASE = "/bibliosite";
const CONTENT = join(REPO_ROOT, "content");
const VARIANTS = [
  { name: "repro-a", env: { TZ: "UTC", LANG: "C", LC_ALL: "C" }, cwd: undefined },
  { name: "repro-b", env: { TZ: "Pacific/Kiritimati", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" }, cwd: tmpdir() },
] as const;

let builds: ScratchBuild[];

const sha256 = (b: Buffer): string => createHash("sha256").update(b).digest("hex");

beforeAll(async () => {
  // Side by side: each build has its own project folder, so they cannot see each other's files.
  builds = await Promise.all(
    VARIANTS.map((v) => buildInScratch({ name: v.name, contentDir: CONTENT, base: BASE, env: { ...v.env }, ...(v.cwd ? { cwd: v.cwd } : {}), quiet: true })),
  );
  for (const b of builds) if (b.code !== 0) throw new Error(`build in ${b.root} failed (${b.code}):\n${b.stdout}\n${b.stderr}`);
}, 900_000);

describe("reproducible builds (TZ, LANG and working directory differ)", () => {
  it("gives byte-identical dist/ trees: same files, same SHA-256 for each", () => {
    const [a, b] = builds.map((x) => readTree(x.dist)) as [Map<string, Buffer>, Map<string, Buffer>];
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a.keys()].filter((f) => sha256(a.get(f)!) !== sha256(b.get(f)!));
    expect(differing).toEqual([]);
    const bytes = [...a.values()].reduce((n, x) => n + x.length, 0);
    expect(a.size).toBeGreaterThan(10);
    // Something real was built: a page per report of content/.
    expect([...a.keys()].filter((f) => /^reports\/[^/]+\/index\.html$/.test(f)).length).toBeGreaterThanOrEqual(2);
    console.info(
      `[e2e reproducible] ${a.size} files, ${bytes.toLocaleString("en")} bytes compared by SHA-256; ` +
        `builds ${builds.map((x) => `${x.ms} ms`).join(" and ")} (${VARIANTS.map((v) => `TZ=${v.env.TZ} LANG=${v.env.LANG} cwd=${v.cwd ?? "project"}`).join(" vs ")})`,
    );
  });
});

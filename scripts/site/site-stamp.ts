/**
 * Whether `astro build` can be skipped: the site's inputs (src/, generated pages and data included;
 * public/; astro.config.mjs; the authors' report folders, whose report.mdx the pages import; the
 * environment Astro reads; Astro's own version; the scripts/ code components may import) hash the same as at the last successful build, and
 * dist/ still holds exactly what that build (and its search index) wrote.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { hashTree, hashTrees } from "../report/content-hash.ts";
import { CACHE_DIR } from "../report/report-cache.ts";
import { generatorFingerprint } from "../report/report-cache-key.ts";

const REPO_ROOT = resolve(import.meta.dirname, "../..");

export interface SiteStamp {
  inputs: string;
  dist: string;
}

/** A report folder as the site sees it: every file but the exports (they reach the site only through generated data). */
export interface SiteReportInput {
  dir: string;
  exportNames: readonly string[];
}

export function siteInputsHash(root: string, reports: readonly SiteReportInput[]): string {
  const h = createHash("sha256");
  for (const file of ["astro.config.mjs", "tsconfig.json"]) {
    const path = join(root, file);
    h.update(`${file}\n`);
    if (existsSync(path)) h.update(readFileSync(path));
  }
  hashTree(h, "src", join(root, "src"));
  hashTree(h, "public", join(root, "public"));
  for (const report of reports) {
    const exports = new Set(report.exportNames);
    hashTree(h, `report ${report.dir}`, report.dir, (rel) => !exports.has(rel));
  }
  h.update(`BASE_URL=${process.env.BASE_URL ?? ""}\nSITE_URL=${process.env.SITE_URL ?? ""}\n`);
  h.update(readFileSync(join(REPO_ROOT, "node_modules", "astro", "package.json")));
  h.update(generatorFingerprint());
  return h.digest("hex");
}

export function distHash(root: string): string {
  return hashTrees([["dist", join(root, "dist")]]);
}

const stampFile = (root: string): string => join(root, CACHE_DIR, "site.json");

export function readSiteStamp(root: string): SiteStamp | null {
  try {
    return JSON.parse(readFileSync(stampFile(root), "utf8")) as SiteStamp;
  } catch {
    return null;
  }
}

export function writeSiteStamp(root: string, stamp: SiteStamp): void {
  mkdirSync(dirname(stampFile(root)), { recursive: true });
  writeFileSync(stampFile(root), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** Why the site must be rebuilt, or null when the last build's dist/ can stand. */
export function siteRebuildReason(root: string, inputs: string): string | null {
  const stamp = readSiteStamp(root);
  if (!stamp) return "no previous build recorded";
  if (stamp.inputs !== inputs) return "site inputs changed";
  if (!existsSync(join(root, "dist"))) return "dist/ missing";
  if (distHash(root) !== stamp.dist) return "dist/ changed since the last build";
  return null;
}

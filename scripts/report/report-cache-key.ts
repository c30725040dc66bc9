/**
 * What a report's cached results depend on, as content hashes. Three parts, so a cache miss can
 * say which one changed: the exports (names and bytes), the parameters (exactly what the engine
 * receives: filters, reference year, analysis parameters, thesaurus) and the engine (its version
 * and its source, so an edit to analyses/ that forgot to bump the version still invalidates).
 * Prose (title, description, body) is not part of the analysis key: editing it regenerates the
 * page from cached results without recomputing them.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ENGINE_VERSION } from "../../analyses/report/analyze-corpus.ts";
import { canonicalJson, hashTree, sha256 } from "./content-hash.ts";
import type { LoadedReport } from "./load-report.ts";

const REPO_ROOT = resolve(import.meta.dirname, "../..");

export interface AnalysisKeyParts {
  exports: string;
  params: string;
  engine: string;
}

export interface AnalysisKey {
  key: string;
  parts: AnalysisKeyParts;
}

export type MissReason = "not cached before" | "exports changed" | "parameters changed" | "engine changed";

const isSource = (rel: string): boolean => rel.endsWith(".ts") || rel.endsWith(".json");

let engineMemo: string | undefined;
/** ENGINE_VERSION + analyses/ sources + the lockfile (the engine's dependencies' versions). */
export function engineFingerprint(): string {
  if (engineMemo) return engineMemo;
  const h = createHash("sha256");
  h.update(`bibliosite-engine ${ENGINE_VERSION}\n`);
  hashTree(h, "analyses", join(REPO_ROOT, "analyses"), isSource);
  const lock = join(REPO_ROOT, "package-lock.json");
  if (existsSync(lock)) h.update(readFileSync(lock));
  engineMemo = h.digest("hex");
  return engineMemo;
}

let generatorMemo: string | undefined;
/** The engine plus the code that turns results into pages and downloads (not the CLI, benchmarks or parity scripts). */
const GENERATOR_DIRS = ["scripts/figures", "scripts/pages", "scripts/report", "scripts/site", "scripts/util", "src/lib"];

export function generatorFingerprint(): string {
  if (generatorMemo) return generatorMemo;
  const h = createHash("sha256");
  h.update(engineFingerprint());
  for (const dir of GENERATOR_DIRS) hashTree(h, dir, join(REPO_ROOT, dir), isSource);
  generatorMemo = h.digest("hex");
  return generatorMemo;
}

/** The parameters the engine receives for this report (see analyze-report.ts), nothing else. */
export function engineParams(report: LoadedReport): unknown {
  const { corpus, referenceYear, analyses } = report.config;
  return {
    years: corpus.years ?? null,
    documentTypes: corpus.documentTypes ?? null,
    referenceYear,
    analyses,
    thesaurus: report.thesaurus,
  };
}

export function analysisKey(report: LoadedReport): AnalysisKey {
  const parts: AnalysisKeyParts = {
    exports: sha256(...report.exports.flatMap((e) => [e.name, e.bytes])),
    params: sha256(canonicalJson(engineParams(report))),
    engine: engineFingerprint(),
  };
  return { key: sha256(parts.exports, parts.params, parts.engine), parts };
}

/** Why a report's results had to be computed, from the key parts of its last cached run. */
export function missReasons(now: AnalysisKeyParts, before: AnalysisKeyParts | null): MissReason[] {
  if (!before) return ["not cached before"];
  const reasons: MissReason[] = [];
  if (now.exports !== before.exports) reasons.push("exports changed");
  if (now.params !== before.params) reasons.push("parameters changed");
  if (now.engine !== before.engine) reasons.push("engine changed");
  // Same parts, different key is impossible; an evicted or unreadable entry is "not cached".
  return reasons.length > 0 ? reasons : ["not cached before"];
}

/**
 * The key of a report's generated page and downloads: its results, the generator's code, the whole
 * report.mdx (title and prose are on the page) and where the page imports the author's body from.
 */
export function pageKey(report: LoadedReport, analysis: AnalysisKey, root: string): string {
  return sha256(
    analysis.key,
    generatorFingerprint(),
    report.slug,
    readFileSync(join(report.dir, "report.mdx")),
    relative(root, report.dir),
  );
}

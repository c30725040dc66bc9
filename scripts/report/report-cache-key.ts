/**
 * What a report's cached results depend on, as content hashes. Three parts, so a cache miss can
 * say which one changed: the exports (names and bytes), the parameters (exactly what the engine
 * receives: filters, reference year, analysis parameters, thesaurus) and the engine (its version
 * and its source, so an edit to analyses/ that forgot to bump the version still invalidates).
 * Prose (title, description, body) is not part of the analysis key: editing it regenerates the
 * page from cached results without recomputing them.
 *
 * Below a report's key, two finer ones let a changed report reuse what its change did not touch:
 * the corpus key (exports, import options and filters, engine) names the imported records and
 * ledger; an analysis key adds one analysis's id, parsed parameters, the reference year and, for
 * the analyses that read it, the thesaurus.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ENGINE_VERSION, type PlannedAnalysis } from "../../analyses/report/analyze-corpus.ts";
import { canonicalJson, hashTree, sha256 } from "./content-hash.ts";
import type { LoadedReport } from "./load-report.ts";

const REPO_ROOT = resolve(import.meta.dirname, "../..");

/** The report-level key (a type, not an interface: it must fit KeyParts). */
export type AnalysisKeyParts = { exports: string; params: string; engine: string };

export type AnalysisKey = PartedKey<AnalysisKeyParts>;

export type MissReason =
  | "not cached before"
  | "exports changed"
  | "import options or filters changed"
  | "parameters changed"
  | "reference year changed"
  | "thesaurus changed"
  | "engine changed";

type PartName = "exports" | "corpus" | "params" | "referenceYear" | "thesaurus" | "engine";

/** The reason each key part names when it differs from the last stored entry's. */
const PART_REASONS: Record<PartName, MissReason> = {
  exports: "exports changed",
  corpus: "import options or filters changed",
  params: "parameters changed",
  referenceYear: "reference year changed",
  thesaurus: "thesaurus changed",
  engine: "engine changed",
};

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
    import: corpus.import ?? null,
    referenceYear,
    analyses,
    thesaurus: report.thesaurus,
  };
}

const exportsHash = (report: LoadedReport): string => sha256(...report.exports.flatMap((e) => [e.name, e.bytes]));

export function analysisKey(report: LoadedReport): AnalysisKey {
  const parts: AnalysisKeyParts = {
    exports: exportsHash(report),
    params: sha256(canonicalJson(engineParams(report))),
    engine: engineFingerprint(),
  };
  return { key: sha256(parts.exports, parts.params, parts.engine), parts };
}

type KeyParts = { [K in PartName]?: string | null };

/** A cache key with the parts it hashes, so a miss can say which part changed. */
export interface PartedKey<P extends KeyParts> {
  key: string;
  parts: P;
}

export type CorpusKeyParts = { exports: string; corpus: string; engine: string };

/** What the imported corpus (records and ledger) depends on: not the analyses, their parameters or the thesaurus. */
export function corpusKey(report: LoadedReport): PartedKey<CorpusKeyParts> {
  const { corpus } = report.config;
  const parts: CorpusKeyParts = {
    exports: exportsHash(report),
    corpus: sha256(canonicalJson({ years: corpus.years ?? null, documentTypes: corpus.documentTypes ?? null, import: corpus.import ?? null })),
    engine: engineFingerprint(),
  };
  return { key: sha256(canonicalJson(parts)), parts };
}

export type AnalysisEntryParts = CorpusKeyParts & { params: string; referenceYear: string; thesaurus: string | null };

/** One analysis's result: its corpus, id, parsed parameters, reference year, and the thesaurus only if it reads it. */
export function analysisEntryKey(
  corpus: PartedKey<CorpusKeyParts>,
  planned: PlannedAnalysis,
  referenceYear: number,
  report: Pick<LoadedReport, "thesaurus">,
): PartedKey<AnalysisEntryParts> {
  const parts: AnalysisEntryParts = {
    ...corpus.parts,
    params: sha256(planned.id, canonicalJson(planned.params)),
    referenceYear: String(referenceYear),
    thesaurus: planned.usesThesaurus ? sha256(canonicalJson(report.thesaurus)) : null,
  };
  return { key: sha256(canonicalJson(parts)), parts };
}

/** Why an entry had to be computed, from the key parts of the last entry stored in its place. */
export function missReasons<P extends KeyParts>(now: P, before: P | null): MissReason[] {
  if (!before) return ["not cached before"];
  const reasons = (Object.keys(now) as PartName[]).filter((part) => now[part] !== before[part]).map((part) => PART_REASONS[part]);
  // Same parts, different key is impossible; an evicted or unreadable entry is "not cached".
  return reasons.length > 0 ? [...new Set(reasons)] : ["not cached before"];
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

import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { hasShared, sharedPath } from "../support/shared.ts";
import { buildCorpus } from "../../analyses/corpus/build-corpus.ts";
import { UnknownFormatError } from "../../analyses/import/registry.ts";
import type { BibRecord } from "../../analyses/model/record.ts";

/**
 * The oracle datasets whose input file our importers can read. A format without an importer yet
 * (UnknownFormatError) is left out, so its datasets join these parity tests as soon as it lands;
 * any other import failure is a test failure.
 */

export interface OracleDataset {
  stem: string;
  input: string;
  status: string;
  errors: string[];
  records: BibRecord[];
}

interface IndexEntry {
  stem: string;
  input: string;
  status: string;
}

const cache = new Map<string, BibRecord[] | null>();

function load(input: string): BibRecord[] | null {
  if (!cache.has(input)) {
    const path = sharedPath("data", input);
    try {
      cache.set(input, buildCorpus([{ file: basename(path), bytes: readFileSync(path) }]).records);
    } catch (e) {
      if (e instanceof UnknownFormatError) cache.set(input, null);
      else throw e;
    }
  }
  return cache.get(input)!;
}

/** "## Errors" lines of PARAMS.md: step names where bibliometrix itself stopped. */
function oracleErrors(stem: string): string[] {
  const text = readFileSync(sharedPath("oracle", stem, "PARAMS.md"), "utf8");
  const at = text.indexOf("## Errors");
  if (at < 0) return [];
  return text
    .slice(at)
    .split("\n")
    .filter((l) => l.startsWith("- "))
    .map((l) => l.slice(2).split(":")[0]!.trim());
}

/** Datasets with the given oracle file (e.g. "thematic-map-ID.json") that we can import. */
export function readableDatasets(file: string): OracleDataset[] {
  if (!hasShared) return [];
  const index = JSON.parse(readFileSync(sharedPath("oracle", "index.json"), "utf8")) as IndexEntry[];
  const out: OracleDataset[] = [];
  for (const e of index) {
    if (!existsSync(sharedPath("oracle", e.stem, file))) continue;
    const records = load(e.input);
    if (records === null) continue;
    out.push({ stem: e.stem, input: e.input, status: e.status, errors: oracleErrors(e.stem), records });
  }
  return out;
}

export function readOracle<T = unknown>(stem: string, file: string): T {
  return JSON.parse(readFileSync(sharedPath("oracle", stem, file), "utf8")) as T;
}

/**
 * Differences between our value and the oracle's: numbers within `tol` (relative above 1),
 * everything else equal; `skip` names keys compared elsewhere. Returns readable paths.
 */
export function diffJson(ours: unknown, oracle: unknown, tol = 1e-9, skip: ReadonlySet<string> = new Set(), path = "$"): string[] {
  if (typeof oracle === "number" || oracle === null) {
    if (oracle === null && (ours === null || (typeof ours === "number" && Number.isNaN(ours)))) return [];
    if (typeof ours !== "number" || oracle === null) return [`${path}: ${JSON.stringify(ours)} vs ${JSON.stringify(oracle)}`];
    return Math.abs(ours - oracle) <= tol * Math.max(1, Math.abs(oracle)) ? [] : [`${path}: ${ours} vs ${oracle}`];
  }
  if (Array.isArray(oracle)) {
    if (!Array.isArray(ours)) return [`${path}: not an array`];
    const out = ours.length === oracle.length ? [] : [`${path}: length ${ours.length} vs ${oracle.length}`];
    for (let i = 0; i < Math.min(ours.length, oracle.length); i++) out.push(...diffJson(ours[i], oracle[i], tol, skip, `${path}[${i}]`));
    return out;
  }
  if (typeof oracle === "object") {
    if (typeof ours !== "object" || ours === null) return [`${path}: not an object`];
    const out: string[] = [];
    for (const k of Object.keys(oracle)) {
      if (skip.has(k)) continue;
      if (!(k in ours)) out.push(`${path}.${k}: missing`);
      else out.push(...diffJson((ours as Record<string, unknown>)[k], (oracle as Record<string, unknown>)[k], tol, skip, `${path}.${k}`));
    }
    return out;
  }
  return ours === oracle ? [] : [`${path}: ${JSON.stringify(ours)} vs ${JSON.stringify(oracle)}`];
}

/** Adjusted Rand index of two partitions of the same items. */
export function adjustedRandIndex(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  if (n < 2) return 1;
  const pairs = (x: number) => (x * (x - 1)) / 2;
  const table = new Map<string, number>();
  const ra = new Map<number, number>();
  const rb = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    table.set(`${a[i]}|${b[i]}`, (table.get(`${a[i]}|${b[i]}`) ?? 0) + 1);
    ra.set(a[i]!, (ra.get(a[i]!) ?? 0) + 1);
    rb.set(b[i]!, (rb.get(b[i]!) ?? 0) + 1);
  }
  const index = [...table.values()].reduce((s, x) => s + pairs(x), 0);
  const sa = [...ra.values()].reduce((s, x) => s + pairs(x), 0);
  const sb = [...rb.values()].reduce((s, x) => s + pairs(x), 0);
  const expected = (sa * sb) / pairs(n);
  const max = (sa + sb) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

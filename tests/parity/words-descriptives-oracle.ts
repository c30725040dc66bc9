import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename } from "node:path";
import { expect } from "vitest";
import { buildCorpus } from "../../analyses/corpus/build-corpus.ts";
import type { BibRecord } from "../../analyses/model/record.ts";
import { UnknownFormatError } from "../../analyses/import/registry.ts";
import { hasShared, sharedPath } from "../support/shared.ts";

/**
 * The oracle datasets (for the keyword, trend-topic and descriptive parity tests) whose input file
 * our importers read, with the corpus built from it. Importers for other formats land
 * independently: a dataset joins as soon as buildCorpus recognises its file — and then it must match.
 */

export const REFERENCE_YEAR = 2026; // the oracle ran on 3 December 2026

export interface OracleDataset {
  name: string;
  input: string;
  records: BibRecord[];
  has(file: string): boolean;
  json<T = unknown>(file: string): T;
  /** bibliometrix's errors per step (run-log.json), e.g. { fieldByYear: "..." }. */
  errors: Record<string, string>;
}

function inputOf(dataset: string): string | null {
  const params = readFileSync(sharedPath("oracle", dataset, "PARAMS.md"), "utf8");
  const m = /Input file: `shared\/([^`]+)`/.exec(params);
  return m ? m[1]! : null;
}

let cache: { readable: OracleDataset[]; unreadable: { name: string; reason: string }[] } | null = null;

export function oracleDatasets(): { readable: OracleDataset[]; unreadable: { name: string; reason: string }[] } {
  if (cache) return cache;
  const readable: OracleDataset[] = [];
  const unreadable: { name: string; reason: string }[] = [];
  if (!hasShared) return (cache = { readable, unreadable });
  const names = readdirSync(sharedPath("oracle"))
    .filter((d) => existsSync(sharedPath("oracle", d, "PARAMS.md")))
    .sort();
  for (const name of names) {
    const input = inputOf(name);
    // Only datasets where convert2df itself ran have outputs to compare with.
    if (input === null || !existsSync(sharedPath("oracle", name, "convert2df.json"))) continue;
    let records: BibRecord[];
    try {
      records = buildCorpus([{ file: basename(input), bytes: readFileSync(sharedPath(input)) }], {}).records;
    } catch (e) {
      if (e instanceof UnknownFormatError) {
        unreadable.push({ name, reason: e.message });
        continue;
      }
      throw e;
    }
    const dir = (f: string) => sharedPath("oracle", name, f);
    const runLog = existsSync(dir("run-log.json")) ? (JSON.parse(readFileSync(dir("run-log.json"), "utf8")) as { errors?: Record<string, string> }) : {};
    readable.push({
      name,
      input,
      records,
      has: (f) => existsSync(dir(f)),
      json: <T,>(f: string) => JSON.parse(readFileSync(dir(f), "utf8")) as T,
      errors: runLog.errors ?? {},
    });
  }
  return (cache = { readable, unreadable });
}

/**
 * Deep equality where numbers may differ by 1e-9 (relative to max(1, |expected|)): jsonlite writes
 * 15 significant digits; strings, nulls, keys and order must be identical. Returns the first few
 * mismatches with their JSON paths.
 */
export function jsonMismatches(got: unknown, want: unknown, path = "$", out: string[] = []): string[] {
  if (out.length >= 10) return out;
  if (typeof want === "number" && typeof got === "number") {
    if (Math.abs(got - want) > 1e-9 * Math.max(1, Math.abs(want))) out.push(`${path}: ${got} != ${want}`);
    return out;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return out.push(`${path}: not an array`), out;
    if (got.length !== want.length) out.push(`${path}: length ${got.length} != ${want.length}`);
    for (let i = 0; i < Math.min(got.length, want.length); i++) jsonMismatches(got[i], want[i], `${path}[${i}]`, out);
    return out;
  }
  if (want !== null && typeof want === "object") {
    if (got === null || typeof got !== "object") return out.push(`${path}: not an object`), out;
    const gk = Object.keys(got);
    const wk = Object.keys(want);
    if (gk.join("\u0000") !== wk.join("\u0000")) out.push(`${path}: keys ${JSON.stringify(gk)} != ${JSON.stringify(wk)}`);
    for (const k of wk) jsonMismatches((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], `${path}.${k}`, out);
    return out;
  }
  if (got !== want) out.push(`${path}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
  return out;
}

export function expectJsonEqual(got: unknown, want: unknown): void {
  expect(jsonMismatches(got, want)).toEqual([]);
}

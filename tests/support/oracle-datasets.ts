import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { buildCorpus } from "../../analyses/corpus/build-corpus.ts";
import { UnknownFormatError } from "../../analyses/import/registry.ts";
import type { BibRecord } from "../../analyses/model/record.ts";
import { hasShared, sharedPath } from "./shared.ts";

/**
 * The oracle datasets (shared/oracle/index.json) whose export our importers read, each with the
 * corpus built from it as a report would. A format without an importer yet (UnknownFormatError) is
 * listed as unreadable, so its datasets join the parity tests as soon as the importer lands — and
 * must then match; any other import failure fails the test file.
 */

/** The oracle ran on 3 December 2026: its "current year" for ages and citations per year. */
export const ORACLE_YEAR = 2026;

export interface OracleDataset {
  /** Folder name under shared/oracle. */
  stem: string;
  /** The export, relative to shared/data. */
  input: string;
  records: BibRecord[];
  /** bibliometrix's error per step where it stopped (run-log.json), e.g. { fieldByYear: "..." }. */
  errors: Readonly<Record<string, string>>;
  /** Whether bibliometrix wrote this output file (it writes none for a step that failed early). */
  has(file: string): boolean;
  json<T = unknown>(file: string): T;
}

export interface OracleDatasets {
  readable: OracleDataset[];
  unreadable: { stem: string; reason: string }[];
}

interface IndexEntry {
  stem: string;
  input: string;
}

// Importing every export takes seconds: once per test file, whichever tests ask.
let cache: OracleDatasets | null = null;

export function oracleDatasets(): OracleDatasets {
  if (cache) return cache;
  const found: OracleDatasets = { readable: [], unreadable: [] };
  if (!hasShared) return (cache = found);
  const index = JSON.parse(readFileSync(sharedPath("oracle", "index.json"), "utf8")) as IndexEntry[];
  const stemOrder = (a: IndexEntry, b: IndexEntry) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0);
  for (const { stem, input } of [...index].sort(stemOrder)) {
    const file = (name: string) => sharedPath("oracle", stem, name);
    // Only where convert2df itself ran (and the folder was not kept back) is there anything to compare.
    if (!existsSync(file("convert2df.json"))) continue;
    const path = sharedPath("data", input);
    let records: BibRecord[];
    try {
      records = buildCorpus([{ file: basename(path), bytes: readFileSync(path) }]).records;
    } catch (e) {
      if (!(e instanceof UnknownFormatError)) throw e;
      found.unreadable.push({ stem, reason: e.message });
      continue;
    }
    const json = <T,>(name: string): T => JSON.parse(readFileSync(file(name), "utf8")) as T;
    const runLog = existsSync(file("run-log.json")) ? json<{ errors?: Record<string, string> }>("run-log.json") : {};
    found.readable.push({ stem, input, records, errors: runLog.errors ?? {}, has: (name) => existsSync(file(name)), json });
  }
  return (cache = found);
}

/** The readable datasets for which bibliometrix wrote `file` (e.g. "thematic-map-ID.json"). */
export function datasetsWith(file: string): OracleDataset[] {
  return oracleDatasets().readable.filter((d) => d.has(file));
}

import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parse } from "csv-parse/sync";
import { buildCorpus, type Corpus } from "../../analyses/corpus/build-corpus.ts";
import type { BibRecord } from "../../analyses/model/record.ts";
import { sharedPath } from "../support/shared.ts";

/** The per-record fields the brief compares with bibliometrix's records.csv. */
export const PARITY_FIELDS = ["PY", "TI", "SO", "AU", "DE", "ID", "TC", "DT", "DI"] as const;
export type ParityField = (typeof PARITY_FIELDS)[number];

export function importShared(...parts: string[]): Corpus {
  const path = sharedPath("data", ...parts);
  return buildCorpus([{ file: basename(path), bytes: readFileSync(path) }]);
}

/** bibliometrix's records.csv of a dataset (an empty cell is NA). */
export function oracleRecords(dataset: string): Record<string, string>[] {
  return parse(readFileSync(sharedPath("oracle", dataset, "records.csv"), "utf8"), { columns: true }) as Record<string, string>[];
}

export function oracleCount(dataset: string): number {
  return (JSON.parse(readFileSync(sharedPath("oracle", dataset, "convert2df.json"), "utf8")) as { records: number }).records;
}

/** Our record's field as records.csv writes it. */
export function cell(r: BibRecord, field: string): string {
  const v = (r as unknown as Record<string, unknown>)[field];
  return v === null || v === undefined ? "" : String(v);
}

/** Row indexes (in bibliometrix's row order) where a field differs. */
export function mismatches(records: BibRecord[], oracle: Record<string, string>[], field: string): number[] {
  const out: number[] = [];
  oracle.forEach((row, i) => {
    const mine = records[i];
    if (!mine || cell(mine, field) !== row[field]) out.push(i);
  });
  return out;
}

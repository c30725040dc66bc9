import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parse } from "csv-parse/sync";
import { buildCorpus, type Corpus } from "../../analyses/corpus/build-corpus.ts";
import type { BibRecord } from "../../analyses/model/record.ts";
import { rStrsplit } from "../../analyses/util/r-semantics.ts";
import { sharedPath } from "./shared.ts";

/**
 * bibliometrix's per-record outputs (shared/oracle/<dataset>/records.csv) and our records in the
 * same columns, for the per-field parity tests of every importer.
 */

/** The per-record fields issue 3 compares with bibliometrix. */
export const PARITY_FIELDS = ["PY", "TI", "SO", "AU", "DE", "ID", "TC", "DT", "DI"] as const;
/** Every records.csv column we reproduce (NR_CR = number of cited references). */
export const RECORD_FIELDS = ["UT", ...PARITY_FIELDS, "SR", "DB", "AU_CO", "AU1_CO", "NR_CR"] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];
/** The columns compared where UT is not one of bibliometrix's (PubMed, OpenAlex). */
export const COMPARED_FIELDS = RECORD_FIELDS.filter((f) => f !== "UT");

/** A shared export through the whole import, as a report would read it. */
export function importShared(...parts: string[]): Corpus {
  const path = sharedPath("data", ...parts);
  return buildCorpus([{ file: basename(path), bytes: readFileSync(path) }]);
}

/** A records.csv (an empty cell is NA or an empty string: the oracle writes both the same). */
export function readOracleRecords(path: string): Record<string, string>[] {
  return parse(readFileSync(path, "utf8"), { columns: true }) as Record<string, string>[];
}

export function oracleRecords(dataset: string): Record<string, string>[] {
  return readOracleRecords(sharedPath("oracle", dataset, "records.csv"));
}

export function oracleCount(dataset: string): number {
  return (JSON.parse(readFileSync(sharedPath("oracle", dataset, "convert2df.json"), "utf8")) as { records: number }).records;
}

/** Our record as a records.csv row. */
export function asOracleRow(r: BibRecord): Record<RecordField, string> {
  const cell = (v: string | number | null): string => (v === null ? "" : String(v));
  return {
    UT: cell(r.UT), PY: cell(r.PY), TI: cell(r.TI), SO: cell(r.SO), AU: cell(r.AU), DE: cell(r.DE), ID: cell(r.ID),
    TC: cell(r.TC), DT: cell(r.DT), DI: cell(r.DI), SR: r.SR, DB: r.DB, AU_CO: cell(r.AU_CO), AU1_CO: cell(r.AU1_CO),
    // lengths(strsplit(CR, ";")): R drops one trailing empty piece ("A;B;" has 2 entries).
    NR_CR: String(rStrsplit(r.CR, ";").length),
  };
}

/** Row indexes (in bibliometrix's row order) where one field differs. */
export function mismatches(records: readonly BibRecord[], oracle: readonly Record<string, string>[], field: RecordField | string): number[] {
  const out: number[] = [];
  oracle.forEach((row, i) => {
    const mine = records[i];
    if (!mine || asOracleRow(mine)[field as RecordField] !== row[field]) out.push(i);
  });
  return out;
}

/** Per field: rows that agree, and the differing rows described (row numbers 1-based, as in R). */
export function agreement(records: readonly BibRecord[], rows: readonly Record<string, string>[], fields: readonly RecordField[] = COMPARED_FIELDS) {
  const agree: Partial<Record<RecordField, number>> = {};
  const differ: Partial<Record<RecordField, string[]>> = {};
  rows.forEach((want, i) => {
    const rec = records[i];
    const got = rec ? asOracleRow(rec) : undefined;
    for (const f of fields) {
      if (got?.[f] === want[f]) agree[f] = (agree[f] ?? 0) + 1;
      else (differ[f] ??= []).push(`row ${i + 1}: ours ${JSON.stringify(got?.[f]?.slice(0, 120) ?? "<missing>")}, bibliometrix ${JSON.stringify(want[f]?.slice(0, 120))}`);
    }
  });
  return { agree, mismatches: differ };
}

import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import type { BibRecord } from "../../analyses/model/record.ts";

/**
 * Per-field agreement of our records with an oracle records.csv (PubMed, OpenAlex), including
 * the derived columns (SR, DB, AU_CO, AU1_CO, NR_CR) the brief's core fields leave out.
 */

export function readOracleRecords(path: string): Record<string, string>[] {
  return parse(readFileSync(path, "utf8"), { columns: true }) as Record<string, string>[];
}

/** Our record as a records.csv row (an empty cell is NA or an empty string: the oracle writes both). */
export function asOracleRow(r: BibRecord): Record<string, string> {
  const cell = (v: string | number | null): string => (v === null ? "" : String(v));
  return {
    PY: cell(r.PY), TI: cell(r.TI), SO: cell(r.SO), AU: cell(r.AU), DE: cell(r.DE), ID: cell(r.ID),
    TC: cell(r.TC), DT: cell(r.DT), DI: cell(r.DI), SR: r.SR, DB: r.DB, AU_CO: cell(r.AU_CO), AU1_CO: cell(r.AU1_CO),
    NR_CR: String(r.CR === "" ? 0 : r.CR.split(";").length),
  };
}

export const COMPARED_FIELDS = ["PY", "TI", "SO", "AU", "DE", "ID", "TC", "DT", "DI", "SR", "DB", "AU_CO", "AU1_CO", "NR_CR"] as const;

/** Per field: rows that agree with the oracle, and the mismatches (rows in bibliometrix's order). */
export function agreement(records: readonly BibRecord[], rows: readonly Record<string, string>[]) {
  const agree: Record<string, number> = {};
  const mismatches: Record<string, string[]> = {};
  rows.forEach((want, i) => {
    const rec = records[i];
    const got = rec ? asOracleRow(rec) : {};
    for (const f of COMPARED_FIELDS) {
      if (got[f] === want[f]) agree[f] = (agree[f] ?? 0) + 1;
      else (mismatches[f] ??= []).push(`row ${i + 1}: ${JSON.stringify(got[f])} != ${JSON.stringify(want[f])}`);
    }
  });
  return { agree, mismatches };
}

import type { RecordProblem } from "../model/record.ts";
import type { TabularRecord } from "../normalize/tabular.ts";
import { parseCsvLines } from "./csv-table.ts";

/**
 * Embase's CSV export is vertical: one line per field, `"FIELD","value 1","value 2",…`, records
 * one after another (usually separated by a blank line), each starting with its "TITLE" line.
 * Values of a repeated field (authors, keywords) are separate cells; they are joined with ";".
 */

const FIRST_FIELD = "TITLE";

export interface EmbaseParse {
  records: TabularRecord[];
  rejected: RecordProblem[];
}

export function parseEmbaseVertical(text: string, file: string): EmbaseParse {
  const { rows, errors } = parseCsvLines(text);
  const records: TabularRecord[] = [];
  const rejected: RecordProblem[] = [];
  let current: { rec: TabularRecord; problem: string | null } | null = null;
  const close = () => {
    if (!current) return;
    if (current.problem) rejected.push({ location: current.rec.location, reason: current.problem });
    else records.push(current.rec);
    current = null;
  };
  // Events in file order: parsed field lines and unparsable lines.
  const events = [
    ...rows.map((r) => ({ line: r.line, cells: r.cells as string[] | null, message: "" })),
    ...errors.map((e) => ({ line: e.line, cells: null, message: e.message })),
  ].sort((a, b) => a.line - b.line);
  let orphan: { line: number } | null = null;
  for (const ev of events) {
    if (ev.cells === null) {
      const reason = `${file}:${ev.line}: not a valid Embase CSV line (${ev.message}); expected "FIELD","value",… with every value quoted`;
      if (current) (current as { problem: string | null }).problem ??= reason;
      else rejected.push({ location: { file, line: ev.line }, reason });
      continue;
    }
    const [field, ...values] = ev.cells;
    const name = (field ?? "").trim();
    if (name === FIRST_FIELD) {
      close();
      current = { rec: { location: { file, line: ev.line }, fields: new Map() }, problem: null };
      orphan = null;
    } else if (current && (current as { rec: TabularRecord }).rec.fields.has(name)) {
      // A field seen twice means the next record lost its TITLE line: end this record here.
      close();
    }
    if (!current) {
      // Field lines before any TITLE line belong to no record: report them once, as one cut record.
      if (!orphan) {
        orphan = { line: ev.line };
        rejected.push({
          location: { file, line: ev.line },
          reason: `${file}:${ev.line}: field "${name}" does not belong to a record with a "TITLE" line; every Embase record starts with its TITLE line (this record is cut)`,
        });
      }
      continue;
    }
    const rec: TabularRecord = (current as { rec: TabularRecord }).rec;
    const joined = values.map((v) => v.trim()).filter((v) => v !== "").join(";");
    const before = rec.fields.get(name);
    rec.fields.set(name, before === undefined ? joined : `${before};${joined}`);
  }
  close();
  rejected.sort((a, b) => a.location.line - b.location.line);
  return { records, rejected };
}

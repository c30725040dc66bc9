import { parse } from "csv-parse/sync";
import type { RecordProblem } from "../model/record.ts";

/**
 * A CSV export as a header and data rows, each row with the line it starts on, read the way
 * readr::read_csv reads it for bibliometrix: every cell is text, quotes are RFC 4180 quotes,
 * fields may hold line breaks, blank lines are skipped. A row that cannot be a record (cut short,
 * an unclosed or stray quote, non-empty cells past the header) is rejected with its line; the
 * rest of the file is still read.
 */

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  /** One cell per header column (never more, never fewer). */
  cells: string[];
}

export interface CsvTable {
  header: string[];
  /** 1-based line of the header. */
  headerLine: number;
  rows: CsvRow[];
  rejected: RecordProblem[];
}

/** What to do with a row that has more cells than the header: its cells fitted to the header, or why not. */
export type WideRowFit = { cells: string[] } | { reason: string };

export interface CsvTableOptions {
  /** Lines before the header (e.g. Dimensions' "About the data" line, a citation report's query). */
  skipLines?: number;
  /**
   * A format-specific repair of over-long rows (e.g. Scopus rows with unannounced extra "Funding
   * Text" cells). Rows whose surplus is only empty cells (a trailing comma) never reach it.
   */
  fitWideRow?: (cells: string[], header: readonly string[]) => WideRowFit;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

/** Line where a raw record starts, from the line where csv-parse finished it. */
function startLine(endLine: number, raw: string): number {
  const body = raw.endsWith("\n") ? raw.slice(0, -1) : raw;
  return endLine - countNewlines(body);
}

/** Human-readable cell list for messages: the first few cells, shortened. */
function preview(cells: readonly string[]): string {
  const first = cells.slice(0, 3).map((c) => JSON.stringify(c.length > 40 ? `${c.slice(0, 40)}…` : c));
  return first.join(", ");
}

/** A CSV row with the line it starts on, or a stretch csv-parse could not read. */
export interface CsvLines {
  rows: { line: number; cells: string[] }[];
  errors: { line: number; message: string }[];
}

/**
 * Every CSV row of a text with its starting line, any number of cells per row, blank lines
 * skipped; an unreadable stretch (e.g. an unclosed quote) is reported and the parse goes on.
 */
export function parseCsvLines(text: string): CsvLines {
  const errors: CsvLines["errors"] = [];
  const parsed = parse(text, {
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err, raw) => {
      // csv-parse reports the line where it gave up; the record starts where its raw text starts.
      const end = Number(err?.lines ?? 0);
      errors.push({ line: raw === undefined ? end : startLine(end, raw), message: err?.message ?? "parse error" });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  return { rows: parsed.map((p) => ({ line: startLine(p.info.lines, p.raw), cells: p.record })), errors };
}

export function parseCsvTable(text: string, file: string, options: CsvTableOptions = {}): CsvTable {
  const skip = options.skipLines ?? 0;
  let body = text;
  for (let i = 0; i < skip; i++) {
    const nl = body.indexOf("\n");
    body = nl < 0 ? "" : body.slice(nl + 1);
  }
  const { rows: parsed, errors } = parseCsvLines(body);
  const rejected: RecordProblem[] = errors.map(({ line: l, message }) => {
    const line = l + skip;
    return {
      location: { file, line },
      reason: `${file}:${line}: not a valid CSV row (${message}); expected comma-separated cells, quoted with '"' where they contain commas, quotes or line breaks`,
    };
  });

  const first = parsed[0];
  if (!first) return { header: [], headerLine: skip + 1, rows: [], rejected };
  const header = first.cells.map((h) => h.trim());
  const headerLine = first.line + skip;
  const rows: CsvRow[] = [];
  for (const { cells: record, line: at } of parsed.slice(1)) {
    const line = at + skip;
    if (record.length < header.length) {
      rejected.push({
        location: { file, line },
        reason:
          `${file}:${line}: row has ${record.length} cells but the header has ${header.length} columns ` +
          `(starts with ${preview(record)}); the row is cut short or a quote is missing`,
      });
      continue;
    }
    // A trailing comma adds only empty cells: drop them.
    const extra = record.slice(header.length);
    if (extra.some((c) => c.trim() !== "")) {
      const fit: WideRowFit = options.fitWideRow
        ? options.fitWideRow(record, header)
        : { reason: "the extra cells are not empty; a quote is probably missing" };
      if ("reason" in fit) {
        rejected.push({
          location: { file, line },
          reason: `${file}:${line}: row has ${record.length} cells but the header has ${header.length} columns (starts with ${preview(record)}): ${fit.reason}`,
        });
        continue;
      }
      rows.push({ line, cells: fit.cells });
      continue;
    }
    rows.push({ line, cells: record.slice(0, header.length) });
  }
  return { header, headerLine, rows, rejected };
}

/** Column name -> index; the first column of a repeated name wins, as R's `DATA$name` does. */
export function columnIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  return index;
}

/**
 * Detection asks every CSV importer about the same file head in turn; the parsed lines of the last
 * head are kept so each is parsed once (a JSON export is one 64 KB "line" that csv-parse is slow on).
 */
let cachedHead: string | null = null;
let cachedLines: string[] = [];
const cachedHeaders = new Map<number, string[] | null>();

/** The header row of a CSV text, parsed on its own (for format detection). Null when unreadable. */
export function csvHeader(head: string, skipLines = 0): string[] | null {
  if (head !== cachedHead) {
    cachedHead = head;
    cachedLines = head.split("\n");
    cachedHeaders.clear();
  }
  if (!cachedHeaders.has(skipLines)) cachedHeaders.set(skipLines, parseHeaderLine(cachedLines[skipLines]));
  const header = cachedHeaders.get(skipLines)!;
  return header === null ? null : [...header];
}

function parseHeaderLine(line: string | undefined): string[] | null {
  // The header may not be the first line when a preamble precedes it, and it never spans lines.
  if (line === undefined) return null;
  try {
    const rows = parse(line.replace(/^\uFEFF/, ""), { relax_column_count: true, relax_quotes: true }) as string[][];
    return rows[0]?.map((h) => h.trim()) ?? null;
  } catch {
    return null;
  }
}

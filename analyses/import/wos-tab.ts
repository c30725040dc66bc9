import type { RecordProblem } from "../model/record.ts";
import type { WosRawRecord } from "./wos-plaintext.ts";

/**
 * Web of Science tab-delimited export ("Tab delimited file", Win or Mac, UTF-8 or UTF-16) -> the
 * raw records the plain-text parser would have produced for the same documents (spec §1.3, "our
 * deliberate extension": bibliometrix has no reader for it). A header row of two-letter tags, then
 * one row per record. The plain-text export writes one author, full name or cited reference per
 * line and one address per C1 line, each ending with "."; the tab export puts them in one cell
 * separated by "; ". We split the cells back into those lines, so normalizeWosRecord builds the
 * very same strings and every downstream number equals the plain-text import.
 *
 * Layouts met: 53 to 79 columns, a trailing TAB on every line, `AU` twice in the 2025 header (the
 * second column is empty: the first non-empty one wins), BOM or none, CRLF or LF.
 */

/** Cells holding one list item per plain-text line. */
const ONE_PER_LINE = new Set(["AU", "AF", "CR"]);
const TAG = /^[A-Z][A-Z0-9]$/;

/** True when a line is a tab-delimited WoS header: PT first, then only two-letter tags. */
export function isWosTabHeader(line: string): boolean {
  const cells = line.replace(/^\uFEFF/, "").split("\t").filter((c) => c.trim() !== "");
  return cells.length >= 5 && cells[0] === "PT" && cells.every((c) => TAG.test(c.trim())) && cells.includes("AU");
}

/** C1 cell "[A; B] Addr 1; [C] Addr 2" -> one address per line, split on "; " outside brackets, each ending with ".". */
export function splitAddresses(cell: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === ";" && depth === 0 && cell[i + 1] === " ") {
      out.push(cell.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  out.push(cell.slice(start));
  return out
    .map((a) => a.trim())
    .filter((a) => a !== "")
    .map((a) => (a.endsWith(".") ? a : `${a}.`));
}

function cellLines(tag: string, value: string): string[] {
  if (ONE_PER_LINE.has(tag)) return value.split("; ").filter((v) => v.trim() !== "");
  if (tag === "C1") return splitAddresses(value);
  return [value];
}

export function parseWosTab(text: string, file: string): { records: WosRawRecord[]; rejected: RecordProblem[] } {
  const records: WosRawRecord[] = [];
  const rejected: RecordProblem[] = [];
  const lines = text.split("\n");
  const headerIndex = lines.findIndex((l) => l.trim() !== "");
  if (headerIndex < 0) return { records, rejected };
  const header = lines[headerIndex]!.replace(/^\uFEFF/, "").split("\t").map((c) => c.trim());
  // A trailing TAB gives an empty last column name: it holds nothing.
  let named = header.length;
  while (named > 0 && header[named - 1] === "") named--;

  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    const lineNo = i + 1;
    const cells = line.split("\t");
    const extra = cells.slice(named).some((c) => c.trim() !== "");
    if (cells.length < named || extra) {
      rejected.push({
        location: { file, line: lineNo },
        reason:
          `${file}: line ${lineNo}: expected ${named} TAB-separated fields as in the header, found ${cells.length}` +
          " (a value with a line break or a TAB inside, or a cut row)",
      });
      continue;
    }
    const fields = new Map<string, string[]>();
    for (let k = 0; k < named; k++) {
      const tag = header[k]!;
      const value = cells[k]!.trim();
      if (tag === "" || value === "" || fields.has(tag)) continue;
      const entries = cellLines(tag, value);
      if (entries.length > 0) fields.set(tag, entries);
    }
    if (!fields.has("UT") && !fields.has("TI")) {
      rejected.push({ location: { file, line: lineNo }, reason: `${file}: line ${lineNo}: record has neither UT (accession number) nor TI (title)` });
      continue;
    }
    records.push({ location: { file, line: lineNo }, fields, layout: "classic" });
  }
  return { records, rejected };
}

import type { ParseResult, RawRecord, RecordProblem } from "../model/record.ts";

/**
 * MEDLINE text (PubMed "Save → PubMed format", .txt/.nbib) -> raw records. A record starts at a
 * `PMID- ` line; every other line is a 4-character tag, "- " and the value (`AU  - Aria M`), or a
 * continuation indented by spaces. As bibliometrix's pubmed2df, a continuation line becomes one
 * more line of the previous tag (the normaliser joins a tag's lines), tags lose their padding
 * ("AU  " -> "AU") and blank lines are ignored.
 */

/** The 4-character tag field: 1-4 upper-case letters or digits, padded with spaces ("AU  "). */
const TAG_FIELD = /^[A-Z][A-Z0-9]{0,3} *$/;
/** Continuation lines are indented (6 spaces in real exports; R only checks the first 4). */
const CONTINUATION = /^ {4}/;

/** `TAG - value` -> tag without padding and the value from column 7, as pubmed2df reads it. */
function tagOf(line: string): { tag: string; value: string } | null {
  const field = line.slice(0, 4);
  if (line[4] !== "-" || !TAG_FIELD.test(field)) return null;
  return { tag: field.trimEnd(), value: line.slice(6) };
}

export function parseMedline(text: string, file: string): ParseResult {
  const records: RawRecord[] = [];
  const rejected: RecordProblem[] = [];
  const lines = text.split("\n");
  let current: { record: RawRecord; problem: string | null; lastTag: string | null } | null = null;

  const finish = () => {
    if (!current) return;
    const { record, problem } = current;
    const pmid = record.fields.get("PMID")?.[0]?.trim() ?? "";
    let reason = problem;
    if (reason === null && !/^\d+$/.test(pmid)) reason = `the PMID line holds ${JSON.stringify(pmid)}, expected a PubMed id (digits)`;
    if (reason === null && !record.fields.has("TI") && !record.fields.has("BTI")) {
      reason = "the record has no TI (title) line; it is probably cut short";
    }
    if (reason === null) records.push(record);
    else rejected.push({ location: record.location, reason: `${file}:${record.location.line}: ${reason}` });
    current = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (line.trim() === "") continue;
    if (line.startsWith("PMID-")) {
      finish();
      current = { record: { location: { file, line: lineNo }, fields: new Map() }, problem: null, lastTag: null };
      current.record.fields.set("PMID", [line.slice(6)]);
      current.lastTag = "PMID";
      continue;
    }
    if (!current) {
      // Text before the first record: nothing to attach it to, so it is reported, not guessed at.
      rejected.push({
        location: { file, line: lineNo },
        reason: `${file}:${lineNo}: text outside any record (${JSON.stringify(line.slice(0, 40))}); expected a record starting with "PMID- "`,
      });
      // Skip to the next record start.
      while (i + 1 < lines.length && !lines[i + 1]!.startsWith("PMID-")) i++;
      continue;
    }
    if (CONTINUATION.test(line)) {
      if (current.lastTag === null) continue;
      current.record.fields.get(current.lastTag)!.push(line.slice(6));
      continue;
    }
    const parsed = tagOf(line);
    if (!parsed) {
      current.problem ??= `line ${lineNo} is neither "TAG - value" nor an indented continuation (${JSON.stringify(line.slice(0, 40))})`;
      continue;
    }
    const list = current.record.fields.get(parsed.tag);
    if (list) list.push(parsed.value);
    else current.record.fields.set(parsed.tag, [parsed.value]);
    current.lastTag = parsed.tag;
  }
  finish();
  return { records, rejected, warnings: [] };
}

/** True when the text starts (after blank lines) with a MEDLINE `PMID- ` line. */
export function looksLikeMedline(head: string): boolean {
  for (const line of head.split("\n", 20)) {
    if (line.trim() === "") continue;
    return /^PMID- ?\d/.test(line);
  }
  return false;
}

import type { ParseResult, RawRecord, RecordProblem } from "../model/record.ts";

/**
 * RIS (Research Information Systems) text -> raw records. A record runs from `TY  - ` to
 * `ER  -`; every line inside is `XX  - value` (two-character tag, two spaces, dash) or, for
 * multi-line values (WoS's N1 "Times Cited…" block), an untagged line continuing the previous tag.
 * Line ends are already LF: the decoder turns CRLF and the bare CRs WoS puts between repeated tags
 * (`WE  - …\rWE  - …`) into LF, so those become ordinary tag lines.
 */

const TAG_LINE = /^([A-Z][A-Z0-9])  -(?: (.*))?$/;

export function parseRis(text: string, file: string): ParseResult {
  const records: RawRecord[] = [];
  const rejected: RecordProblem[] = [];
  const lines = text.split("\n");
  let current: { record: RawRecord; lastTag: string } | null = null;
  const reject = (line: number, reason: string) => rejected.push({ location: { file, line }, reason: `${file}:${line}: ${reason}` });

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\s+$/, "");
    const lineNo = i + 1;
    const m = TAG_LINE.exec(line);
    if (m?.[1] === "TY") {
      if (current) reject(current.record.location.line, `record has no "ER  -" line before the next "TY  -" on line ${lineNo}; it is cut short`);
      current = { record: { location: { file, line: lineNo }, fields: new Map([["TY", [m[2] ?? ""]]]) }, lastTag: "TY" };
      continue;
    }
    if (!current) {
      if (line.trim() !== "") {
        reject(lineNo, `text outside any record (${JSON.stringify(line.slice(0, 40))}); expected a record starting with "TY  - "`);
        while (i + 1 < lines.length && !lines[i + 1]!.startsWith("TY  -")) i++;
      }
      continue;
    }
    if (m?.[1] === "ER") {
      const f = current.record.fields;
      if (!f.has("TI") && !f.has("T1") && !f.has("CT") && !f.has("BT")) {
        reject(current.record.location.line, "record has no title (TI or T1 line)");
      } else records.push(current.record);
      current = null;
      continue;
    }
    if (m) {
      const list = current.record.fields.get(m[1]!);
      if (list) list.push(m[2] ?? "");
      else current.record.fields.set(m[1]!, [m[2] ?? ""]);
      current.lastTag = m[1]!;
    } else if (line.trim() !== "") {
      // An untagged line continues the previous tag's last value.
      const list = current.record.fields.get(current.lastTag)!;
      list[list.length - 1] = `${list[list.length - 1]}\n${line}`;
    }
  }
  if (current) reject(current.record.location.line, 'record has no "ER  -" line before the end of the file; the file is cut short');
  return { records, rejected, warnings: [] };
}

/** True when the text starts (after blank lines) with a `TY  - ` line. */
export function looksLikeRis(head: string): boolean {
  for (const line of head.split("\n", 20)) {
    if (line.trim() === "") continue;
    return /^TY  - ?\S/.test(line);
  }
  return false;
}

/** Which database wrote a RIS file, from its content (the rule is in docs/parity.md). */
export type RisFlavour = "wos" | "scopus" | "embase" | "generic";

export function risFlavour(head: string): RisFlavour {
  if (/^AN  - (WOS|CCC):/m.test(head)) return "wos";
  if (/^DB  - Scopus\s*$/m.test(head) || /^UR  - https?:\/\/www\.scopus\.com\//m.test(head) || /^N1  - Export Date:/m.test(head)) return "scopus";
  if (/^DB  - Embase\s*$/m.test(head) || /^UR  - https?:\/\/www\.embase\.com\//m.test(head)) return "embase";
  return "generic";
}

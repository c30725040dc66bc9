import type { ParseResult, RawRecord, RecordProblem } from "../model/record.ts";

/**
 * Web of Science plain text ("Full Record and Cited References", also .ciw) -> raw records.
 *
 * Two layouts exist in the wild:
 * - classic: `AU Aria, M` (tag, space, value), continuation lines indented by three spaces;
 * - the 2021 interface: `AU\tAria, M` (tag, TAB, value), continuation lines NOT indented,
 *   RI/OI entries written as `Name \tID`.
 * Several exports may be concatenated in one file (a second FN/VR header mid-file).
 *
 * The parser is a small state machine. A record runs from `PT` to `ER`; a record that is cut
 * (a new PT, a header or the end of the file before its ER), that contains a line which is neither
 * a tag nor a possible continuation, or that has neither UT nor TI, is reported in `rejected`
 * with the line where it starts and the reason, and skipped: the rest of the file is still read.
 */

export type WosLayout = "classic" | "tab";

/** A raw WoS record; `layout` tells the normaliser how multi-line list fields were written. */
export interface WosRawRecord extends RawRecord {
  layout: WosLayout;
}

/** Lines shaped like a field tag: two characters, upper-case letter then letter or digit. */
const TAG_CLASSIC = /^([A-Z][A-Z0-9])(?:[ \t]|$)/;
const TAG_TAB = /^([A-Z][A-Z0-9])(?:\t|[ \t]*$)/;
const HEADER_TAGS = new Set(["FN", "VR"]);

interface OpenRecord {
  start: number;
  layout: WosLayout;
  fields: Map<string, string[]>;
  currentTag: string | null;
  /** First structural problem found inside the record; it is then skipped up to its end. */
  broken: { line: number; reason: string } | null;
}

function preview(line: string): string {
  const t = line.length > 60 ? `${line.slice(0, 60)}…` : line;
  return JSON.stringify(t);
}

/** In the 2021 layout RI/OI continuation lines read `Name \tID`; rebuild the classic `Name/ID`. */
function tabListEntry(tag: string, content: string): string {
  if ((tag === "RI" || tag === "OI") && content.includes("\t")) {
    const [name, id] = content.split("\t", 2) as [string, string];
    return `${name.trim()}/${id.trim()}`;
  }
  return content;
}

export function parseWosPlaintext(text: string, file: string): ParseResult & { records: WosRawRecord[] } {
  const records: WosRawRecord[] = [];
  return { records, ...readWosPlaintext(text, file, (r) => records.push(r)) };
}

/**
 * parseWosPlaintext handing each record to `onRecord` as soon as it ends, so a caller can normalise
 * it while it is young (cheap for the garbage collector) instead of holding a whole file of raw records.
 */
export function readWosPlaintext(text: string, file: string, onRecord: (record: WosRawRecord) => void): Omit<ParseResult, "records"> {
  const rejected: RecordProblem[] = [];
  let layout: WosLayout = "classic";
  let open: OpenRecord | null = null;
  /** Lines outside any record (after an ER, before a PT) are reported once per run. */
  let orphanStart: number | null = null;

  const reject = (line: number, reason: string): void => {
    rejected.push({ location: { file, line }, reason });
  };

  const closeOrphans = (): void => {
    orphanStart = null;
  };

  const finish = (rec: OpenRecord): void => {
    if (rec.broken) {
      reject(rec.start, rec.broken.reason);
      return;
    }
    if (!rec.fields.has("UT") && !rec.fields.has("TI")) {
      reject(rec.start, `record starting at line ${rec.start} has neither UT (accession number) nor TI (title)`);
      return;
    }
    if (rec.layout === "tab") {
      // The 2021 layout writes an empty value on the tag line of list fields (`RI\t`) and puts the entries below.
      for (const [tag, values] of rec.fields) {
        if (values.length > 1) rec.fields.set(tag, values.filter((v) => v.trim() !== ""));
      }
    }
    onRecord({ location: { file, line: rec.start }, fields: rec.fields, layout: rec.layout });
  };

  const cutOff = (rec: OpenRecord, atLine: number, what: string): void => {
    if (!rec.broken) {
      rec.broken = {
        line: atLine,
        reason: `record starting at line ${rec.start} is incomplete: ${what} at line ${atLine} before its end-of-record line (ER)`,
      };
    }
    finish(rec);
  };

  // Lines cut one at a time (as text.split("\n") would cut them): an array of all of them would outlive many young-generation collections.
  // They stay slices of the decoded text, two bytes per character when the file holds one character
  // above U+00FF. One-byte copies (whose upper-casing is faster) made the import ~30 % slower: strings
  // of both kinds meeting at the same property loads make those loads megamorphic.
  let lineNo = 0;
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    let line = text.slice(pos, end);
    pos = end + 1;
    lineNo++;
    // A BOM can survive at the start of a second, concatenated export.
    if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    // R's reader drops empty lines; white-space-only lines carry nothing either.
    if (line.length < 2 || line.trim() === "") continue;

    // Fast path for the most frequent line: a classic continuation inside a healthy record.
    if (open && !open.broken && open.layout === "classic" && open.currentTag !== null && line.startsWith("   ")) {
      open.fields.get(open.currentTag)!.push(line.slice(3));
      continue;
    }

    const tagRe = layout === "tab" ? TAG_TAB : TAG_CLASSIC;
    let m = tagRe.exec(line);
    // A header or record start re-decides the layout (two exports of different vintages may be concatenated).
    if (!m) {
      const any = /^(FN|VR|PT)(?:([ \t])|$)/.exec(line);
      if (any) m = any;
    }
    const tag = m ? m[1]! : null;

    if (tag && (HEADER_TAGS.has(tag) || tag === "PT")) {
      const sep = line[2];
      if (sep === "\t") layout = "tab";
      else if (sep === " ") layout = "classic";
    }

    if (tag && HEADER_TAGS.has(tag)) {
      if (open) {
        cutOff(open, lineNo, `a new export header (${tag})`);
        open = null;
      }
      closeOrphans();
      continue;
    }
    if (tag === "EF") {
      if (open) {
        cutOff(open, lineNo, "the end-of-file marker (EF)");
        open = null;
      }
      closeOrphans();
      continue;
    }
    if (tag === "PT") {
      if (open) cutOff(open, lineNo, "a new record (PT)");
      closeOrphans();
      open = { start: lineNo, layout, fields: new Map(), currentTag: null, broken: null };
      open.fields.set("PT", [line.slice(3)]);
      open.currentTag = "PT";
      continue;
    }

    if (!open) {
      // Text between records: not part of any record we could rebuild.
      if (orphanStart === null) {
        orphanStart = lineNo;
        reject(
          lineNo,
          `line ${lineNo}: text outside any record (expected "PT" to start a record, or FN/VR/EF), found ${preview(line)}`,
        );
      }
      continue;
    }

    if (tag === "ER") {
      finish(open);
      open = null;
      continue;
    }
    if (open.broken) continue;

    if (tag) {
      const content = line.slice(3);
      const values = open.fields.get(tag);
      if (values) values.push(content);
      else open.fields.set(tag, [content]);
      open.currentTag = tag;
      continue;
    }

    // Not a tag line: a continuation of the current tag, if the layout allows it.
    const isContinuation = open.layout === "tab" ? true : line.startsWith("   ");
    if (!isContinuation || open.currentTag === null) {
      open.broken = {
        line: lineNo,
        reason:
          `record starting at line ${open.start}: line ${lineNo} is neither a field tag (two capitals and a space, e.g. "AU ") ` +
          `nor a continuation line indented by three spaces: ${preview(line)}`,
      };
      continue;
    }
    const content = open.layout === "tab" ? tabListEntry(open.currentTag, line) : line.slice(3);
    open.fields.get(open.currentTag)!.push(content);
  }

  if (open) {
    if (!open.broken) {
      open.broken = {
        line: lineNo,
        reason: `record starting at line ${open.start} is incomplete: the file ends before its end-of-record line (ER)`,
      };
    }
    finish(open);
  }

  return { rejected, warnings: [] };
}

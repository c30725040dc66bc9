import type { RecordProblem } from "../model/record.ts";

/**
 * BibTeX text -> entries with their raw field values, for every database that exports BibTeX
 * (WoS, Scopus, IEEE Xplore, ScienceDirect). The reader is deliberately literal: values keep their
 * inner braces, LaTeX and line breaks, because bibliometrix derives its strings from the raw lines
 * (a line break inside a keyword list becomes a separator); the normaliser decides what to strip.
 *
 * Tolerated: text before the first entry (`Scopus`, `EXPORT DATE: ...`), TAB or space indentation,
 * `{{double braces}}`, `"quoted"` and bare values (`year=2011`), empty values, a trailing comma
 * before the closing brace, entries glued to the previous one (`}@ARTICLE{`), citation keys with
 * spaces, field names with `-`, `(`, `)` (`Usage-Count-(Last-180-days)`) and several spaces
 * before `=`. An entry that cannot be read is rejected with its line and what was expected, and
 * reading resumes at the next line starting with `@`.
 */

export interface BibtexField {
  /** The field name as written (case kept), e.g. "Web-of-Science-Categories". */
  name: string;
  /** 1-based line of the field name. */
  line: number;
  /** Text between the value's outer delimiters; inner braces and line breaks kept. */
  value: string;
  /** How the value was delimited. */
  delimiter: "braces" | "quotes" | "bare";
}

export interface BibtexEntry {
  /** Entry type as written, e.g. "ARTICLE", "article". */
  type: string;
  /** Citation key, trimmed (may contain spaces: "La Salvia2022"). */
  key: string;
  /** 1-based line of the `@`. */
  line: number;
  fields: BibtexField[];
}

export interface BibtexParseResult {
  entries: BibtexEntry[];
  rejected: RecordProblem[];
}

/** Entry types that hold no bibliographic record. */
const NON_RECORD_TYPES = new Set(["comment", "preamble", "string"]);

class BibtexSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

function describe(ch: string | undefined): string {
  if (ch === undefined) return "the end of the file";
  if (ch === "\n") return "the end of the line";
  return JSON.stringify(ch);
}

export function parseBibtex(text: string, file: string): BibtexParseResult {
  const entries: BibtexEntry[] = [];
  const rejected: RecordProblem[] = [];
  // Line number of each offset, computed lazily from a table of line starts.
  const lineStarts: number[] = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  let pos = 0;
  const n = text.length;
  const skipSpace = (): void => {
    while (pos < n && /\s/.test(text[pos]!)) pos++;
  };

  /** A balanced {...} group starting at `pos` (on "{"); returns the inner text. */
  const readBraced = (what: string, startLine: number): string => {
    const open = pos;
    let depth = 0;
    // From brace to brace with indexOf (values are long, braces few): same result as a scan.
    let nextOpen = text.indexOf("{", pos);
    let nextClose = text.indexOf("}", pos);
    while (nextClose >= 0) {
      if (nextOpen >= 0 && nextOpen < nextClose) {
        depth++;
        nextOpen = text.indexOf("{", nextOpen + 1);
        continue;
      }
      depth--;
      if (depth === 0) {
        pos = nextClose + 1;
        return text.slice(open + 1, nextClose);
      }
      nextClose = text.indexOf("}", nextClose + 1);
    }
    pos = n;
    throw new BibtexSyntaxError(startLine, `${what} opened at line ${lineOf(open)} is never closed: expected "}" before the end of the file`);
  };

  const readQuoted = (what: string): string => {
    const open = pos;
    pos++;
    let depth = 0;
    for (; pos < n; pos++) {
      const c = text[pos]!;
      if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === '"' && depth <= 0) {
        pos++;
        return text.slice(open + 1, pos - 1);
      }
    }
    throw new BibtexSyntaxError(lineOf(open), `${what} opened with '"' at line ${lineOf(open)} is never closed`);
  };

  /** One entry from "@" at `pos`; throws BibtexSyntaxError on anything unreadable. */
  const readEntry = (): BibtexEntry | null => {
    const at = pos;
    const line = lineOf(at);
    pos++;
    const typeMatch = /^[A-Za-z][\w-]*/.exec(text.slice(pos, pos + 64));
    if (!typeMatch) throw new BibtexSyntaxError(line, `line ${line}: expected an entry type after "@" (e.g. @ARTICLE{), found ${describe(text[pos])}`);
    const type = typeMatch[0];
    pos += type.length;
    skipSpace();
    const opener = text[pos];
    if (opener !== "{" && opener !== "(") {
      throw new BibtexSyntaxError(line, `line ${line}: expected "{" after @${type}, found ${describe(opener)}`);
    }
    const closer = opener === "{" ? "}" : ")";
    if (NON_RECORD_TYPES.has(type.toLowerCase())) {
      readBraced(`@${type}`, line);
      return null;
    }
    pos++;
    // The key runs to the first comma; keys with spaces exist ("La Salvia2022").
    const keyEnd = text.slice(pos).search(/[,\n}]/);
    if (keyEnd < 0 || text[pos + keyEnd] !== ",") {
      throw new BibtexSyntaxError(line, `line ${line}: expected a citation key followed by "," after @${type}{`);
    }
    const key = text.slice(pos, pos + keyEnd).trim();
    pos += keyEnd + 1;
    const fields: BibtexField[] = [];
    for (;;) {
      skipSpace();
      if (pos >= n) throw new BibtexSyntaxError(line, `entry @${type}{${key}} starting at line ${line} is not closed: expected "${closer}" before the end of the file`);
      if (text[pos] === closer) {
        pos++;
        return { type, key, line, fields };
      }
      const fieldLine = lineOf(pos);
      // Names may hold spaces ("funding_text 1") and be followed by several spaces before "=".
      const nameMatch = /^[^\s=,{}"#][^=,{}"#\n]*/.exec(text.slice(pos, pos + 200));
      if (!nameMatch) {
        throw new BibtexSyntaxError(
          line,
          `entry starting at line ${line}: line ${fieldLine}: expected a field name (e.g. "title = {...}") or "${closer}", found ${describe(text[pos])}`,
        );
      }
      pos += nameMatch[0].length;
      const name = nameMatch[0].trimEnd();
      skipSpace();
      if (text[pos] !== "=") {
        throw new BibtexSyntaxError(line, `entry starting at line ${line}: line ${fieldLine}: expected "=" after field name "${name}", found ${describe(text[pos])}`);
      }
      pos++;
      // Spaces and TABs only: a value never starts on the next line in real exports, and a bare
      // newline here means the value is missing.
      while (pos < n && (text[pos] === " " || text[pos] === "\t")) pos++;
      const what = `the value of "${name}"`;
      let value: string;
      let delimiter: BibtexField["delimiter"];
      const c = text[pos];
      if (c === "{") {
        value = readBraced(what, line);
        delimiter = "braces";
      } else if (c === '"') {
        value = readQuoted(what);
        delimiter = "quotes";
      } else {
        const bare = /^[^\s,{}"#]+/.exec(text.slice(pos, pos + 200));
        if (!bare) throw new BibtexSyntaxError(line, `entry starting at line ${line}: line ${fieldLine}: expected a value after "${name} =", found ${describe(c)}`);
        value = bare[0];
        delimiter = "bare";
        pos += value.length;
      }
      fields.push({ name, line: fieldLine, value, delimiter });
      skipSpace();
      if (text[pos] === ",") pos++;
      else if (text[pos] !== closer) {
        throw new BibtexSyntaxError(line, `entry starting at line ${line}: line ${lineOf(pos)}: expected "," or "${closer}" after the value of "${name}", found ${describe(text[pos])}`);
      }
    }
  };

  /** The next "@" that can start an entry: outside entries anything else is a comment. */
  const nextAt = (from: number): number => text.indexOf("@", from);
  /** After a broken entry: the next line that starts with "@". */
  const nextLineAt = (from: number): number => {
    const m = /\n[ \t]*@/g;
    m.lastIndex = from;
    const hit = m.exec(text);
    return hit ? hit.index + hit[0].length - 1 : -1;
  };

  pos = nextAt(0);
  while (pos >= 0 && pos < n) {
    const start = pos;
    try {
      const entry = readEntry();
      if (entry) entries.push(entry);
      pos = nextAt(pos);
    } catch (e) {
      if (!(e instanceof BibtexSyntaxError)) throw e;
      rejected.push({ location: { file, line: lineOf(start) }, reason: `${file}: ${e.message}` });
      pos = nextLineAt(start);
    }
  }
  return { entries, rejected };
}

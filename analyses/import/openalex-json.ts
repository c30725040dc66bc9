import type { RecordProblem, SourceLocation } from "../model/record.ts";

/**
 * OpenAlex API output -> the works it holds, each with the line where it starts. Three shapes are
 * accepted: an API result page `{"meta": …, "results": [work, …]}`, a bare JSON array of works,
 * and JSON Lines (one work per line, what paging scripts usually write). A JSON Lines line that is
 * not valid JSON is rejected with its line; the other lines are still read.
 */

export interface LocatedValue {
  location: SourceLocation;
  value: unknown;
}

export interface OpenAlexJsonFile {
  shape: "page" | "array" | "json-lines";
  works: LocatedValue[];
  rejected: RecordProblem[];
}

function skipWs(text: string, i: number): number {
  while (i < text.length && (text[i] === " " || text[i] === "\n" || text[i] === "\t" || text[i] === "\r")) i++;
  return i;
}

/** Index just past the JSON value starting at i (the text is already known to be valid JSON). */
function skipValue(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22 /* " */) {
      j = stringEnd(text, j);
      if (depth === 0) return j + 1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) depth++;
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
      if (depth === 0) return j + 1;
      if (depth < 0) return j;
    } else if (depth === 0 && (c === 0x2c /* , */ || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d)) return j;
  }
  return text.length;
}

/** Index of the quote that closes the string opening at `open`: the next quote not escaped by an odd run of backslashes. */
function stringEnd(text: string, open: number): number {
  for (let q = text.indexOf('"', open + 1); q !== -1; q = text.indexOf('"', q + 1)) {
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 0x5c /* \ */) slashes++;
    if (slashes % 2 === 0) return q;
  }
  return text.length;
}

/** Start offsets of the elements of the array that starts at i. */
function arrayElementStarts(text: string, i: number): number[] {
  const starts: number[] = [];
  let j = skipWs(text, i + 1);
  while (j < text.length && text[j] !== "]") {
    starts.push(j);
    j = skipWs(text, skipValue(text, j));
    if (text[j] === ",") j = skipWs(text, j + 1);
  }
  return starts;
}

/** Start offsets of the elements of the top-level object's "results" array. */
function resultsElementStarts(text: string, i: number): number[] {
  let j = skipWs(text, i + 1);
  while (j < text.length && text[j] !== "}") {
    const keyEnd = skipValue(text, j);
    const key = JSON.parse(text.slice(j, keyEnd)) as string;
    j = skipWs(text, skipWs(text, keyEnd) + 1); // past ':'
    if (key === "results" && text[j] === "[") return arrayElementStarts(text, j);
    j = skipWs(text, skipValue(text, j));
    if (text[j] === ",") j = skipWs(text, j + 1);
  }
  return [];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of a character offset. */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** JSON Lines: several non-blank lines, each one a JSON object by itself. */
function isJsonLines(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  return lines.length > 1 && lines.every((l) => l.trimStart().startsWith("{")) && (() => {
    try {
      JSON.parse(lines[0]!);
      return true;
    } catch {
      return false;
    }
  })();
}

export function parseOpenAlexJson(text: string, file: string): OpenAlexJsonFile {
  const rejected: RecordProblem[] = [];
  if (isJsonLines(text)) {
    const works: LocatedValue[] = [];
    text.split("\n").forEach((line, i) => {
      if (line.trim() === "") return;
      const location = { file, line: i + 1 };
      try {
        works.push({ location, value: JSON.parse(line) });
      } catch (e) {
        rejected.push({ location, reason: `${file}:${i + 1}: not valid JSON (${(e as Error).message}); expected one OpenAlex work per line` });
      }
    });
    return { shape: "json-lines", works, rejected };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const line = m ? lineOf(lineStarts(text), Number(m[1])) : 1;
    rejected.push({
      location: { file, line },
      reason: `${file}:${line}: not valid JSON (${(e as Error).message}); expected an OpenAlex API page {"meta":…,"results":[…]}, a JSON array of works or JSON Lines. The file is cut or damaged: no work could be read from it`,
    });
    return { shape: "page", works: [], rejected };
  }
  const starts = lineStarts(text);
  const first = skipWs(text, 0);
  // All on one line (as the API sends a page): every work is on line 1, no need to find where each starts.
  const oneLine = starts.length === 1 || text.slice(starts[1]).trim() === "";
  if (Array.isArray(parsed)) {
    const offsets = oneLine ? [] : arrayElementStarts(text, first);
    return { shape: "array", works: parsed.map((value, k) => ({ location: { file, line: lineOf(starts, offsets[k] ?? first) }, value })), rejected };
  }
  const results = (parsed as { results?: unknown } | null)?.results;
  if (!Array.isArray(results)) {
    rejected.push({ location: { file, line: 1 }, reason: `${file}:1: a JSON object without a "results" array; expected an OpenAlex API page {"meta":…,"results":[…]}` });
    return { shape: "page", works: [], rejected };
  }
  const offsets = oneLine ? [] : resultsElementStarts(text, first);
  return { shape: "page", works: results.map((value, k) => ({ location: { file, line: lineOf(starts, offsets[k] ?? first) }, value })), rejected };
}

/** An OpenAlex API page, array of works or JSON Lines of works: JSON that holds work ids. */
export function looksLikeOpenAlexJson(head: string): boolean {
  const t = head.trimStart();
  return (t.startsWith("{") || t.startsWith("[")) && /"id"\s*:\s*"https:\/\/openalex\.org\/W\d+/.test(t);
}

/**
 * How exports get damaged on the way to a report, as byte-level mutations: cut short, bytes
 * flipped, lines deleted, duplicated or swapped (hand edits, bad concatenation), mixed line ends,
 * a BOM in the middle (two exports concatenated), UTF-16 without BOM, stray bytes. Positions are
 * plain numbers taken modulo the file's size, so fast-check can shrink them.
 */
import fc from "fast-check";

export type Mutation =
  | { kind: "truncate"; at: number }
  | { kind: "flip"; at: number; mask: number }
  | { kind: "deleteLine"; line: number }
  | { kind: "duplicateLine"; line: number }
  | { kind: "swapLines"; a: number; b: number }
  | { kind: "lineEndings"; every: number; ending: "\r\n" | "\r" }
  | { kind: "bom"; line: number }
  | { kind: "insert"; at: number; bytes: number[] }
  | { kind: "utf16"; endian: "le" | "be" };

const BOM = [0xef, 0xbb, 0xbf];

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
    lines.push(bytes.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

function concat(parts: readonly (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Text re-encoded as UTF-16 code units, without the BOM that would let the decoder recognise it. */
function toUtf16(bytes: Uint8Array, endian: "le" | "be"): Uint8Array {
  const text = new TextDecoder("utf-8").decode(bytes);
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 * i + (endian === "le" ? 0 : 1)] = u & 0xff;
    out[2 * i + (endian === "le" ? 1 : 0)] = u >> 8;
  }
  return out;
}

export function applyMutation(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.length;
  switch (m.kind) {
    case "truncate":
      return bytes.subarray(0, m.at % (n + 1));
    case "flip": {
      if (n === 0) return bytes;
      const out = bytes.slice();
      out[m.at % n]! ^= m.mask;
      return out;
    }
    case "insert":
      return concat([bytes.subarray(0, m.at % (n + 1)), m.bytes, bytes.subarray(m.at % (n + 1))]);
    case "utf16":
      return toUtf16(bytes, m.endian);
    default:
      break;
  }
  const lines = splitLines(bytes);
  if (lines.length === 0) return bytes;
  const k = lines.length;
  switch (m.kind) {
    case "deleteLine":
      lines.splice(m.line % k, 1);
      break;
    case "duplicateLine":
      lines.splice(m.line % k, 0, lines[m.line % k]!);
      break;
    case "swapLines": {
      const a = m.a % k;
      const b = m.b % k;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      break;
    }
    case "lineEndings": {
      const ending = new TextEncoder().encode(m.ending);
      for (let i = 0; i < k; i += m.every) {
        const l = lines[i]!;
        if (l[l.length - 1] === 0x0a) lines[i] = concat([l.subarray(0, l.length - 1), ending]);
      }
      break;
    }
    case "bom":
      lines.splice(m.line % k, 0, new Uint8Array(BOM));
      break;
  }
  return concat(lines);
}

export function applyMutations(bytes: Uint8Array, ms: readonly Mutation[]): Uint8Array {
  return ms.reduce(applyMutation, bytes);
}

const position = fc.nat({ max: 1 << 24 });

/** One mutation; UTF-16 (a whole-file change that no importer survives) is rarer than the rest. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: position }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("flip" as const), at: position, mask: fc.integer({ min: 1, max: 255 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("deleteLine" as const), line: position }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("duplicateLine" as const), line: position }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("swapLines" as const), a: position, b: position }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("lineEndings" as const), every: fc.integer({ min: 1, max: 7 }), ending: fc.constantFrom("\r\n" as const, "\r" as const) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("bom" as const), line: position }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("insert" as const),
      at: position,
      // Quotes, braces, tabs, NUL, lone surrogate halves' UTF-8 bytes, invalid UTF-8.
      bytes: fc.array(fc.oneof(fc.constantFrom(0x22, 0x7b, 0x7d, 0x09, 0x00, 0x0d, 0x0a, 0x2c, 0x40, 0xed, 0xa0, 0xff), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 16 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("utf16" as const), endian: fc.constantFrom("le" as const, "be" as const) }) },
);

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 4 });

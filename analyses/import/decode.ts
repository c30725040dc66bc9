import { isUtf8 } from "node:buffer";
import type { FileWarning } from "../model/record.ts";

/**
 * Bytes of an export file -> text. Exports arrive as UTF-8 (with or without BOM), sometimes as
 * UTF-16 (Excel/Windows tools, recognisable only by their BOM), and occasionally as Latin-1 from
 * old tools. Decoding never fails: bytes that are not valid UTF-8 are read as Latin-1 and the
 * fallback is reported, so a user can see why accented names may look wrong.
 */

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "latin1";

export interface DecodedText {
  /** The text with the BOM removed and every line ending normalised to "\n". */
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  warnings: FileWarning[];
}

/** ISO-8859-1: every byte is the code point of the same value (TextDecoder("latin1") is windows-1252). */
function decodeLatin1(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let out = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return out;
}

/** CRLF and lone CR (old Mac, some Windows tools) both become LF. */
export function normalizeLineEndings(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

export function decodeBytes(bytes: Uint8Array, file: string): DecodedText {
  const warnings: FileWarning[] = [];
  let text: string;
  let encoding: TextEncodingName;
  let bom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true;
    ({ text, encoding } = decodeUtf8OrLatin1(bytes.subarray(3), file, warnings));
  } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    bom = true;
    encoding = "utf-16le";
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    bom = true;
    encoding = "utf-16be";
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  } else {
    ({ text, encoding } = decodeUtf8OrLatin1(bytes, file, warnings));
  }
  return { text: normalizeLineEndings(text), encoding, bom, warnings };
}

function decodeUtf8OrLatin1(
  bytes: Uint8Array,
  file: string,
  warnings: FileWarning[],
): { text: string; encoding: TextEncodingName } {
  // Validated apart (simdutf) and then decoded without `fatal`: Node 20's fatal decoder takes a
  // slower path, 1.6x the time on a 1.6 MB Web of Science export.
  if (isUtf8(bytes)) return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  const line = firstInvalidUtf8Line(bytes);
  warnings.push({
    file,
    ...(line !== null ? { line } : {}),
    message:
      `${file} is not valid UTF-8` +
      (line !== null ? ` (first invalid byte on line ${line})` : "") +
      "; it was read as Latin-1 (ISO-8859-1). Accented characters may be wrong; re-export the file as UTF-8 if they are.",
  });
  return { text: decodeLatin1(bytes), encoding: "latin1" };
}

/** 1-based line of the first byte sequence that is not valid UTF-8 (for the warning). */
function firstInvalidUtf8Line(bytes: Uint8Array): number | null {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      i++;
      continue;
    }
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return line;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return line;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return line;
    i += need + 1;
  }
  return null;
}

/**
 * The few pieces of R behaviour that decide whether our numbers and strings equal bibliometrix's
 * (spec §0.3). Everything here copies R 4.x, including where R differs from JavaScript's defaults.
 */

// ---------------------------------------------------------------------------------------------
// Numbers

/** 10^k as an exact double for the small k we need (Math.pow(10, k) is exact for k <= 22). */
function pow10(k: number): number {
  return Math.pow(10, k);
}

/**
 * Exact decimal digits of a finite positive double, rounded to `sig` significant digits with
 * ties to even on the *exact binary value* (what glibc's printf and R's long-double scaling do).
 * JavaScript's toExponential rounds exact ties up ("1.625" -> "1.63"), so ties are detected by
 * looking at a 100-digit expansion, which is exact for every value that can be a tie at <= 22 digits.
 */
function roundSignificant(r: number, sig: number): { digits: string; exp: number } {
  const up = r.toExponential(sig - 1); // correctly rounded, ties away from zero
  const long = r.toExponential(100);
  const [longMant, longExp] = long.split("e") as [string, string];
  const longDigits = longMant.replace(".", "");
  const rest = longDigits.slice(sig);
  const isTie = rest.length > 0 && rest[0] === "5" && /^50*$/.test(rest);
  if (isTie) {
    const kept = longDigits.slice(0, sig);
    const lastDigit = Number(kept[kept.length - 1]);
    if (lastDigit % 2 === 0) return { digits: kept, exp: Number(longExp) };
  }
  const [mant, exp] = up.split("e") as [string, string];
  return { digits: mant.replace(".", ""), exp: Number(exp) };
}

/**
 * R's round(x, digits) (R >= 4.0): the representable candidate nearest to x among
 * floor/ceil at the requested decimal, ties to the even candidate. round(0.125, 2) = 0.12,
 * round(2.5) = 2, round(0.15, 1) = 0.1 (0.15 is really 0.1499999...).
 */
export function rRound(x: number, digits = 0): number {
  if (!Number.isFinite(x)) return x;
  if (digits === 0) return roundHalfEven(x);
  if (digits > 0) {
    const p = pow10(digits);
    const scaled = x * p;
    if (!Number.isFinite(scaled)) return x;
    const lo = Math.floor(scaled);
    const hi = Math.ceil(scaled);
    if (lo === hi) return x; // already has at most `digits` decimals (as far as doubles can tell)
    const loV = lo / p;
    const hiV = hi / p;
    const dLo = x - loV;
    const dHi = hiV - x;
    if (dLo < dHi) return loV;
    if (dHi < dLo) return hiV;
    return lo % 2 === 0 ? loV : hiV;
  }
  const p = pow10(-digits);
  return roundHalfEven(x / p) * p;
}

function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff < 0.5) return f;
  if (diff > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/** Digits of x printed with exactly `decimals` decimals, ties to even on the exact binary value (C's %.*f). */
function toFixedHalfEven(x: number, decimals: number): string {
  const up = x.toFixed(decimals); // ties away from zero
  if (Math.abs(x) >= 1e21) return up;
  const long = Math.abs(x).toFixed(100);
  const dot = long.indexOf(".");
  const rest = dot < 0 ? "" : long.slice(dot + 1 + decimals);
  if (/^50*$/.test(rest)) {
    const keptStr = dot < 0 ? long : long.slice(0, dot + 1 + decimals).replace(/\.$/, "");
    const last = keptStr.replace(".", "").slice(-1);
    if (Number(last) % 2 === 0) return (x < 0 ? "-" : "") + keptStr;
  }
  return up;
}

const KP_MAX = 22;

/**
 * R's format(x, digits = k) for one number (formatReal with scipen = 0): at most k significant
 * digits, trailing zeros dropped, fixed notation unless scientific is narrower.
 * format(2, digits = 3) = "2", format(1.625, digits = 3) = "1.62", format(0.158249, digits = 3) = "0.158".
 */
export function rFormat(x: number | null, digits: number): string {
  if (x === null) return "NA";
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Inf";
  if (x === -Infinity) return "-Inf";
  const R = Math.max(1, Math.min(22, Math.trunc(digits)));
  const neg = x < 0 ? 1 : 0;
  const r = Math.abs(x);
  let kpower: number;
  let nsig: number;
  let roundingWidens = false;
  if (r === 0) {
    kpower = 0;
    nsig = 1;
  } else {
    const { digits: ds, exp } = roundSignificant(r, R);
    kpower = exp;
    nsig = ds.replace(/0+$/, "").length || 1;
    // Fixed notation may show a value that scientific rounding pushed up a power (9996 vs 1e+04).
    let rgt = R - kpower;
    rgt = rgt < 0 ? 0 : rgt > KP_MAX ? KP_MAX : rgt;
    const fuzz = 0.5 / pow10(rgt);
    roundingWidens = kpower > 0 && kpower <= KP_MAX && r < pow10(kpower) - fuzz;
  }
  let left = kpower + 1;
  if (roundingWidens) left--;
  const sleft = neg + (left <= 0 ? 1 : left);
  let rgt = nsig - left;
  if (rgt < 0) rgt = 0;
  const wF = sleft + rgt + (rgt !== 0 ? 1 : 0);
  const e = kpower >= 100 || kpower <= -100 ? 2 : 1;
  const d = nsig - 1;
  const wE = neg + (d > 0 ? 1 : 0) + d + 4 + e;
  if (wF <= wE) return toFixedHalfEven(x, rgt);
  // Scientific: mantissa with d decimals, exponent with at least two digits.
  const { digits: ds, exp } = roundSignificant(r, d + 1);
  const mant = ds.length > 1 ? `${ds[0]}.${ds.slice(1)}` : ds;
  const expAbs = Math.abs(exp);
  const expStr = expAbs < 10 ? `0${expAbs}` : String(expAbs);
  return `${neg ? "-" : ""}${mant}e${exp < 0 ? "-" : "+"}${expStr}`;
}

/** as.character(x) for a double as paste() prints it (15 significant digits). */
export function rAsCharacter(x: number | null): string {
  if (x === null) return "NA";
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  return rFormat(x, 15);
}

/**
 * R's mean(): sum / n, then one refinement pass with the residuals (R accumulates in long double
 * and corrects; the refinement recovers most of that accuracy in double arithmetic).
 * Returns NaN for an empty vector, as R does.
 */
export function rMean(xs: readonly number[]): number {
  const n = xs.length;
  if (n === 0) return NaN;
  let s = 0;
  for (const x of xs) s += x;
  const m = s / n;
  if (!Number.isFinite(m)) return m;
  let t = 0;
  for (const x of xs) t += x - m;
  return m + t / n;
}

/**
 * quantile(x, p, type = 7): h = (n - 1) p; x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])
 * on the sorted values (0-based here). NaN for an empty vector.
 */
export function quantile7(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const xs = [...values].sort((a, b) => a - b);
  const h = (xs.length - 1) * p;
  const lo = Math.floor(h);
  const xlo = xs[lo]!;
  const xhi = xs[Math.min(lo + 1, xs.length - 1)]!;
  return xlo + (h - lo) * (xhi - xlo);
}

/**
 * R's as.numeric() on a string: surrounding white space allowed, decimal or scientific notation,
 * anything else is NA (null). "2021" -> 2021, "2021 " -> 2021, "2021a" -> null.
 */
export function rAsNumeric(s: string | null | undefined): number | null {
  if (s === null || s === undefined) return null;
  const t = s.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, "");
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(t)) return Number.parseInt(t, 16);
  if (/^[+-]?(Inf|inf)$/.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Strings (R with a UTF-8 locale on glibc: regex classes follow iswspace/iswpunct/iswblank)

/** [[:space:]] / \s in R's default (TRE) regex engine: NOT the no-break spaces U+00A0, U+2007, U+202F. */
export const R_SPACE_CLASS = "\\t\\n\\v\\f\\r \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000";
/** [[:blank:]]: space, tab and the horizontal Unicode spaces glibc counts as blank. */
export const R_BLANK_CLASS = "\\t \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u205F\\u3000";
/** [[:punct:]]: every graphic character that is neither a letter nor a digit (ASCII and Unicode). */
export const R_PUNCT_CLASS = "\\p{P}\\p{S}";

/** Only runs that actually change: two or more white-space characters, or one that is not a plain space. */
const SPACE_RUNS = new RegExp(`[${R_SPACE_CLASS}]{2,}|[${R_SPACE_CLASS.replace(" ", "")}]`, "g");

/** Whether a UTF-16 code unit is in R_SPACE_CLASS. */
export function isRSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return false;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x3000;
}

/** Scratch for tableTagClean, grown on demand. */
let cleanBuffer = new Uint16Array(1024);

/**
 * bibliometrix tableTag()'s item cleaning (spec §3.1): rTrimws(piece.replace(/[[:space:]]+|\.|,/g,
 * " ")) without the regex engine. A white-space run becomes one space, each "." and "," one space,
 * then spaces are trimmed at both ends (no \t, \r or \n is left to trim). A piece that needs only
 * the trim is sliced; any other is rebuilt in a reused buffer (the regex, and string
 * concatenation, were the cost of counting 300,000 references). It lives beside isRSpaceCode
 * because calling that across modules in this loop ran twice as slow.
 */
export function tableTagClean(piece: string): string {
  const n = piece.length;
  let clean = true;
  for (let i = 0; i < n; i++) {
    const c = piece.charCodeAt(i);
    if (c === 0x2e || c === 0x2c || (isRSpaceCode(c) && (c !== 0x20 || (i + 1 < n && isRSpaceCode(piece.charCodeAt(i + 1)))))) {
      clean = false;
      break;
    }
  }
  let s = piece;
  if (!clean) s = rebuilt(piece);
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) === 0x20) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** tableTagClean's rebuild of a piece that has something to replace, in the reused buffer. */
function rebuilt(piece: string): string {
  const n = piece.length;
  if (cleanBuffer.length < n) cleanBuffer = new Uint16Array(2 * n);
  let k = 0;
  let surrogates = false;
  for (let i = 0; i < n; ) {
    const c = piece.charCodeAt(i);
    if ((c & 0xf800) === 0xd800) surrogates = true;
    if (c === 0x2e || c === 0x2c) {
      cleanBuffer[k++] = 0x20;
      i++;
    } else if (isRSpaceCode(c)) {
      cleanBuffer[k++] = 0x20;
      while (i < n && isRSpaceCode(piece.charCodeAt(i))) i++;
    } else {
      cleanBuffer[k++] = c;
      i++;
    }
  }
  // One native decode of the code units (String.fromCharCode.apply cost more than the loop); the
  // decoder would replace a lone surrogate, so a piece with surrogates is built code unit by code unit.
  const units = cleanBuffer.subarray(0, k);
  return surrogates ? String.fromCharCode.apply(null, units as unknown as number[]) : utf16Decoder.decode(units);
}
const utf16Decoder = new TextDecoder("utf-16le");

/**
 * The importers' `gsub("---", sep, paste(lines, collapse = "---"))`: lines glued with "---", then every
 * "---" (a value's own included) replaced by `sep`. When no line ends with "-" or holds "---", the only
 * matches are the glue itself and a plain join gives the same string without the second pass.
 */
export function glueLines(lines: readonly string[], sep: string): string {
  for (const line of lines) if (line.endsWith("-") || line.includes("---")) return lines.join("---").replaceAll("---", sep);
  return lines.join(sep);
}

/** bibliometrix's trimES(): every white-space run becomes one space (ends are NOT trimmed). */
export function trimES(s: string): string {
  // Most values have nothing to collapse: a scan is cheaper than a regex replace that finds nothing.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isRSpaceCode(c) && (c !== 0x20 || (i + 1 < s.length && isRSpaceCode(s.charCodeAt(i + 1))))) return s.replace(SPACE_RUNS, " ");
  }
  return s;
}

/** bibliometrix's trim(): strips \s runs at both ends. */
export function rTrim(s: string): string {
  // A scan from each end instead of a regex replace (the parts of every split value pass here).
  let a = 0;
  let b = s.length;
  while (a < b && isRSpaceCode(s.charCodeAt(a))) a++;
  while (b > a && isRSpaceCode(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** bibliometrix's trim.leading(): strips \s runs at the start. */
export function rTrimLeading(s: string): string {
  return s.replace(LEADING_SPACE, "");
}
const LEADING_SPACE = new RegExp(`^[${R_SPACE_CLASS}]+`);

/** base::trimws(): only [ \t\r\n] at both ends. */
export function rTrimws(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isTrimwsSpace(s.charCodeAt(a))) a++;
  while (b > a && isTrimwsSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
const isTrimwsSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

/**
 * strsplit(s, sep, fixed = TRUE) for one string: like String.split, but a trailing empty piece is
 * dropped ("A;" -> ["A"]) and "" gives no pieces at all (R's character(0)).
 */
export function rStrsplit(s: string, sep: string): string[] {
  if (s === "") return [];
  const parts = s.split(sep);
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/**
 * toupper() in a UTF-8 locale maps character by character (towupper): a character whose upper
 * case is several characters stays as it is ("ß" stays "ß"; JavaScript would give "SS").
 */
export function rToUpper(s: string): string {
  const up = s.toUpperCase();
  if (up.length === s.length) return up;
  let out = "";
  for (const ch of s) {
    const u = ch.toUpperCase();
    out += [...u].length === 1 ? u : ch;
  }
  return out;
}

/** tolower(), character by character for the same reason as rToUpper. */
export function rToLower(s: string): string {
  const low = s.toLowerCase();
  if (low.length === s.length) return low;
  let out = "";
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += [...l].length === 1 ? l : ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Ordering

/** ICU-like collation, which R uses to sort names on Linux/macOS ("CO WORD" < "CO-WORD" < "COWORD"). */
export const collator = new Intl.Collator("en");

/**
 * ICU 72 (R's) gives the typographic quotes ‘ ’ their own primary weights after the apostrophe;
 * the ICU 78 of Node 20 gives them the apostrophe's, which moves "D’ACUNTO M" before "D'SOUZA J".
 * Comparing them as `"` (the next punctuation in that order) restores R's order.
 */
function icu72Quotes(s: string): string {
  return s.includes("\u2018") || s.includes("\u2019") ? s.replace(/[\u2018\u2019]/g, '"') : s;
}

/**
 * The collator's weights for the 128 ASCII characters, read from the collator itself: per code a
 * primary rank (0 = ignored entirely) and a tertiary rank (case). ICU has no contractions or
 * expansions among ASCII characters, so it orders two ASCII strings by their primary sequences,
 * then their tertiary sequences: comparing those directly gives the collator's answer without a
 * call into ICU, which dominated the sorting of large frequency tables.
 */
const ASCII_PRIMARY = new Uint8Array(128);
const ASCII_TERTIARY = new Uint8Array(128);
{
  const base = new Intl.Collator("en", { sensitivity: "base" });
  const chars = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).filter((c) => collator.compare(`a${c}b`, "ab") !== 0);
  chars.sort((x, y) => collator.compare(x, y) || (x < y ? -1 : 1));
  let primary = 0;
  let tertiary = 0;
  chars.forEach((c, i) => {
    if (i === 0 || base.compare(chars[i - 1]!, c) !== 0) {
      primary++;
      tertiary = 1;
    } else tertiary++;
    ASCII_PRIMARY[c.charCodeAt(0)] = primary;
    ASCII_TERTIARY[c.charCodeAt(0)] = tertiary;
  });
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * The first seven primary weights of an ASCII string packed in one number (7 bits each; 0 once
 * the string has no more): a < b as numbers implies a sorts before b, so most comparisons of a
 * sort are one number comparison and only equal prefixes need compareAscii. Null for a string
 * with a non-ASCII character. (Full collation keys cost more to build than the sort saved.)
 */
export function asciiPrimaryPrefix(s: string): number | null {
  let prefix = 0;
  let taken = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return null;
    const p = ASCII_PRIMARY[c]!;
    if (p !== 0 && taken < PREFIX_WEIGHTS) {
      prefix = prefix * 128 + p;
      taken++;
    }
  }
  for (; taken < PREFIX_WEIGHTS; taken++) prefix *= 128;
  return prefix;
}
const PREFIX_WEIGHTS = 7;

function compareAscii(a: string, b: string): number {
  // Primary level, ignorable characters skipped.
  let i = 0;
  let j = 0;
  for (;;) {
    let pa = 0;
    let pb = 0;
    while (i < a.length && (pa = ASCII_PRIMARY[a.charCodeAt(i++)]!) === 0);
    while (j < b.length && (pb = ASCII_PRIMARY[b.charCodeAt(j++)]!) === 0);
    if (pa !== pb) return pa < pb ? -1 : 1;
    if (pa === 0) break;
  }
  // Tertiary level over the same characters.
  i = 0;
  j = 0;
  for (;;) {
    while (i < a.length && ASCII_PRIMARY[a.charCodeAt(i)] === 0) i++;
    while (j < b.length && ASCII_PRIMARY[b.charCodeAt(j)] === 0) j++;
    if (i >= a.length || j >= b.length) return 0;
    const ta = ASCII_TERTIARY[a.charCodeAt(i++)]!;
    const tb = ASCII_TERTIARY[b.charCodeAt(j++)]!;
    if (ta !== tb) return ta < tb ? -1 : 1;
  }
}

/** Collation order with code-point order as a last resort, so the result never depends on input order. */
export function collate(a: string, b: string): number {
  if (a === b) return 0;
  const c = isAscii(a) && isAscii(b) ? compareAscii(a, b) : collator.compare(icu72Quotes(a), icu72Quotes(b));
  if (c !== 0) return c;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** C-locale (code point) order, as dplyr >= 1.1 arrange() uses. */
export function codePointCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * R's `sort(table(x), decreasing = TRUE)`: table() lists names in collation order, then a stable
 * sort by count descending keeps that order among ties. Returns a new array.
 */
export function sortByCountThenCollation<T>(items: readonly T[], count: (t: T) => number, name: (t: T) => string): T[] {
  // Counts, names and prefixes computed once per item rather than once per comparison.
  const ascii: CollationRow<T>[] = [];
  const other: CollationRow<T>[] = [];
  for (const item of items) {
    const n = name(item);
    const prefix = asciiPrimaryPrefix(n);
    if (prefix !== null) ascii.push({ item, count: count(item), name: n, prefix, prefixDecides: true, icuName: n });
    else {
      const icuName = icu72Quotes(n);
      const lead = leadingAsciiPrefix(icuName);
      other.push({ item, count: count(item), name: n, prefix: lead ?? 0, prefixDecides: lead !== null, icuName });
    }
  }
  // ASCII names compare without ICU; the others need ICU, so they are sorted apart and merged in:
  // O(n) ICU comparisons for them instead of O(n log n) for everything.
  ascii.sort((a, b) => b.count - a.count || a.prefix - b.prefix || compareAscii(a.name, b.name) || codePointCompare(a.name, b.name));
  if (other.length === 0) return ascii.map((r) => r.item);
  other.sort(compareRowsIcu);
  const out: T[] = new Array(items.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < ascii.length && j < other.length) {
    if (compareRowsIcu(ascii[i]!, other[j]!) <= 0) out[k++] = ascii[i++]!.item;
    else out[k++] = other[j++]!.item;
  }
  while (i < ascii.length) out[k++] = ascii[i++]!.item;
  while (j < other.length) out[k++] = other[j++]!.item;
  return out;
}

/**
 * An item of sortByCountThenCollation: `icuName` is what ICU compares; `prefix` packs its first
 * primary weights, and `prefixDecides` says whether two different prefixes settle the order (always
 * for an ASCII name; for another name when seven weights come before its first non-ASCII character).
 */
interface CollationRow<T> {
  item: T;
  count: number;
  name: string;
  prefix: number;
  prefixDecides: boolean;
  icuName: string;
}

function compareRowsIcu<T>(a: CollationRow<T>, b: CollationRow<T>): number {
  if (b.count !== a.count) return b.count - a.count;
  // Primary weights differing among leading ASCII characters order the two as ICU would.
  if (a.prefixDecides && b.prefixDecides && a.prefix !== b.prefix) return a.prefix - b.prefix;
  return collator.compare(a.icuName, b.icuName) || codePointCompare(a.name, b.name);
}

/**
 * asciiPrimaryPrefix of the ASCII characters before a string's first non-ASCII one, when they give
 * all its weights: ICU compares primary weights first, so a difference among these orders the
 * string whatever follows (a cited reference usually starts with an ASCII surname). Null otherwise.
 */
function leadingAsciiPrefix(s: string): number | null {
  let prefix = 0;
  let taken = 0;
  for (let i = 0; i < s.length && taken < PREFIX_WEIGHTS; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return null;
    const p = ASCII_PRIMARY[c]!;
    if (p !== 0) {
      prefix = prefix * 128 + p;
      taken++;
    }
  }
  return taken === PREFIX_WEIGHTS ? prefix : null;
}

/** Frequency table of strings, sorted as R's sort(table(x), decreasing = TRUE). */
export function frequencyTable(values: Iterable<string>): { item: string; n: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return countsTable(counts);
}

/** Counts already made (item -> n) as frequencyTable sorts them. */
export function countsTable(counts: ReadonlyMap<string, number>): { item: string; n: number }[] {
  const rows = [...counts].map(([item, n]) => ({ item, n }));
  return sortByCountThenCollation(rows, (r) => r.n, (r) => r.item);
}

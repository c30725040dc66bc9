import { rFormat } from "../util/r-semantics.ts";

/**
 * R's format() of a whole column, as summary.bibliometrix prints its top-k tables: numbers share
 * one number of decimals (the most any element needs for `digits` significant digits) and are
 * right-justified to a common width; strings are left-justified to the longest. The oracle's
 * `summary_k20` tables are these printed strings.
 */

interface Shape {
  neg: boolean;
  /** Characters left of the decimal point, sign included. */
  sleft: number;
  /** Decimals needed for `digits` significant digits (may be <= 0). */
  right: number;
  nsig: number;
  kpower: number;
}

/** One element's needs, read from R's own single-number format (rFormat, ties to even). */
function shape(x: number, digits: number): Shape {
  const s = rFormat(x, digits);
  const neg = s.startsWith("-");
  const body = neg ? s.slice(1) : s;
  const e = body.indexOf("e");
  if (e >= 0) {
    const mant = body.slice(0, e).replace(".", "");
    const kpower = Number(body.slice(e + 1));
    const nsig = mant.replace(/0+$/, "").length || 1;
    const left = kpower + 1;
    return { neg, sleft: (neg ? 1 : 0) + (left <= 0 ? 1 : left), right: nsig - left, nsig, kpower };
  }
  const [int, dec = ""] = body.split(".") as [string, string?];
  const digitsOnly = (int + dec).replace(/^0+/, "");
  const nsig = (dec === "" ? digitsOnly.replace(/0+$/, "") : digitsOnly).length || 1;
  const kpower = int !== "0" ? int.length - 1 : -((dec.match(/^0*/)?.[0].length ?? 0) + 1);
  return { neg, sleft: (neg ? 1 : 0) + int.length, right: dec.length, nsig, kpower };
}

/** format(xs, digits = d) for a numeric column (NA -> "NA"). */
export function rFormatNumbers(xs: readonly (number | null)[], digits: number): string[] {
  const finite = xs.filter((x): x is number => x !== null && Number.isFinite(x));
  let rgt = 0;
  let mxsl = 1;
  let mxns = 1;
  let mxe = -Infinity;
  let mne = Infinity;
  let anyNeg = false;
  for (const x of finite) {
    const s = x === 0 ? { neg: false, sleft: 1, right: 0, nsig: 1, kpower: 0 } : shape(x, digits);
    rgt = Math.max(rgt, s.right);
    mxsl = Math.max(mxsl, s.sleft);
    mxns = Math.max(mxns, s.nsig);
    mxe = Math.max(mxe, s.kpower);
    mne = Math.min(mne, s.kpower);
    if (s.neg) anyNeg = true;
  }
  const wF = mxsl + rgt + (rgt !== 0 ? 1 : 0);
  const eDigits = mxe >= 100 || mne <= -99 ? 2 : 1;
  const wE = (anyNeg ? 1 : 0) + (mxns > 1 ? 1 : 0) + (mxns - 1) + 4 + eDigits;
  const fixed = finite.length === 0 || wF <= wE;
  const out = xs.map((x) => {
    if (x === null) return "NA";
    if (Number.isNaN(x)) return "NaN";
    if (!Number.isFinite(x)) return x > 0 ? "Inf" : "-Inf";
    if (fixed) return sprintfFixed(x, rgt);
    return rFormat(x, mxns);
  });
  return padLeft(out);
}

/**
 * C's sprintf("%.*f", d, x): the exact binary value rounded to d decimals, exact ties to even.
 * JavaScript's toFixed is exact too but sends ties up; a double that is exactly a tie at d decimals
 * has a short decimal expansion, so 30 more digits show "5000…" only for a true tie.
 */
export function sprintfFixed(x: number, d: number): string {
  const up = x.toFixed(d);
  const long = Math.abs(x).toFixed(Math.min(100, d + 30));
  const cut = long.indexOf(".") + 1 + d - (d === 0 ? 1 : 0);
  const rest = d === 0 ? long.slice(long.indexOf(".") + 1) : long.slice(cut);
  if (!/^50*$/.test(rest)) return up;
  const kept = d === 0 ? long.slice(0, long.indexOf(".")) : long.slice(0, cut);
  const last = Number(kept[kept.length - 1]);
  if (last % 2 === 1) return up; // rounding up reaches the even neighbour
  return (x < 0 && /[1-9]/.test(kept) ? "-" : "") + kept;
}

/** format() of an integer column: right-justified to the widest. */
export function rFormatIntegers(xs: readonly (number | null)[]): string[] {
  return padLeft(xs.map((x) => (x === null ? "NA" : String(x))));
}

/** format() of a character column: left-justified to the widest (NA -> "NA"). */
export function rFormatStrings(xs: readonly (string | null)[]): string[] {
  const s = xs.map((x) => (x === null ? "NA" : x));
  const w = Math.max(0, ...s.map(width));
  return s.map((x) => x + " ".repeat(w - width(x)));
}

/** Display width as R's format() measures it: code points, a backslash counting 2 (R measures its escaped form). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += ch === "\\" ? 2 : 1;
  return w;
}

function padLeft(s: string[]): string[] {
  const w = Math.max(0, ...s.map(width));
  return s.map((x) => " ".repeat(w - width(x)) + x);
}

/**
 * make.names(x, unique = TRUE): what R does to the author names of summary()'s top-k table when
 * fewer than k authors exist and the missing rows are NA (characters other than letters, digits,
 * "." and "_" become "."; NA becomes "NA."; repeats get ".1", ".2", ...).
 */
export function rMakeNames(xs: readonly (string | null)[]): string[] {
  const base = xs.map((x) => {
    if (x === null) return "NA.";
    let s = x.replace(/[^\p{L}\p{N}._]/gu, ".");
    if (s === "" || /^[\p{N}_]/u.test(s) || /^\.\p{N}/u.test(s)) s = `X${s}`;
    return s;
  });
  const seen = new Map<string, number>();
  const used = new Set(base);
  return base.map((s) => {
    const n = seen.get(s);
    if (n === undefined) {
      seen.set(s, 0);
      return s;
    }
    let k = n + 1;
    while (used.has(`${s}.${k}`)) k++;
    seen.set(s, k);
    used.add(`${s}.${k}`);
    return `${s}.${k}`;
  });
}

/**
 * Our bibliometrix-shaped outputs against bibliometrix's own files, leaf by leaf. One walk serves
 * two readers: `compareJson` counts matching leaves for `npm run parity`, `jsonDifferences` lists
 * every difference for the parity tests (which import it from here; scripts never import tests).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Our value where it has nothing at a path of bibliometrix's file (distinct from a real `undefined`). */
const MISSING: unique symbol = Symbol("missing");

interface JsonVisitor {
  /** A leaf of bibliometrix's file (a scalar, or an empty array or object) and our value at its path, or MISSING. */
  leaf(path: string, ours: unknown, theirs: Json): void;
  /** Our value is shaped differently here; every leaf below is still visited (ours then MISSING). */
  shape(path: string, problem: string): void;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

interface WalkOptions {
  /** Object keys left out on both sides. */
  skipKeys: ReadonlySet<string>;
  /** Same key set suffices; otherwise the same keys in the same order. */
  ignoreKeyOrder: boolean;
}

/**
 * Walks bibliometrix's value in document order, pairing each leaf with ours. Paths read
 * `table[1].n` (no root prefix), so path patterns stay simple.
 */
function walk(ours: unknown, theirs: Json, path: string, opts: WalkOptions, visit: JsonVisitor): void {
  if (Array.isArray(theirs) && theirs.length > 0) {
    const list = Array.isArray(ours) ? ours : null;
    if (ours !== MISSING && list === null) visit.shape(path, "not an array");
    else if (list !== null && list.length !== theirs.length) visit.shape(path, `length ${list.length} vs ${theirs.length}`);
    theirs.forEach((t, i) => walk(list !== null && i < list.length ? list[i] : MISSING, t, `${path}[${i}]`, opts, visit));
  } else if (isObject(theirs) && Object.keys(theirs).length > 0) {
    const object = isObject(ours) ? ours : null;
    const theirKeys = Object.keys(theirs).filter((k) => !opts.skipKeys.has(k));
    if (ours !== MISSING && object === null) visit.shape(path, "not an object");
    else if (object !== null) {
      // A renamed or extra column is a difference too, as is (unless ignored) a reordered one.
      const ourKeys = Object.keys(object).filter((k) => !opts.skipKeys.has(k));
      const sameSet = ourKeys.length === theirKeys.length && ourKeys.every((k) => Object.hasOwn(theirs, k));
      const sameOrder = ourKeys.every((k, i) => k === theirKeys[i]);
      if (!sameSet || (!opts.ignoreKeyOrder && !sameOrder)) visit.shape(path, `keys ${JSON.stringify(ourKeys)} vs ${JSON.stringify(theirKeys)}`);
    }
    for (const k of theirKeys) {
      walk(object !== null && Object.hasOwn(object, k) ? object[k] : MISSING, theirs[k]!, path ? `${path}.${k}` : k, opts, visit);
    }
  } else {
    visit.leaf(path, ours, theirs);
  }
}

/**
 * One leaf of bibliometrix's file against ours: numbers within `tolerance` × max(1, |theirs|)
 * (relative above 1, absolute below; jsonlite keeps 15 significant digits), everything else
 * identical. NaN is no number's match and not NA's either: NA is written as null.
 */
function sameLeaf(ours: unknown, theirs: Json, tolerance: number): boolean {
  if (typeof theirs === "number") {
    return typeof ours === "number" && (ours === theirs || Math.abs(ours - theirs) <= tolerance * Math.max(1, Math.abs(theirs)));
  }
  if (Array.isArray(theirs)) return Array.isArray(ours) && ours.length === 0;
  if (isObject(theirs)) return isObject(ours) && Object.keys(ours).length === 0;
  return ours === theirs;
}

const show = (v: unknown): string => (v === MISSING ? "(missing)" : typeof v === "number" ? String(v) : JSON.stringify(v));

export interface JsonDifferenceOptions {
  /** Relative tolerance for numbers (see above); default 1e-9. */
  tolerance?: number;
  /** Object keys compared elsewhere, left out on both sides. */
  skipKeys?: ReadonlySet<string>;
  /** Accept an object's keys in another order (default: the order must be bibliometrix's too). */
  ignoreKeyOrder?: boolean;
}

/**
 * Every difference between our value and bibliometrix's, as `$.path: ours vs theirs` (or a shape
 * problem: `$.path: length 3 vs 4`, `keys [...] vs [...]`, `not an array`); empty when they agree.
 * A leaf we lack is reported once, by the shape problem above it.
 */
export function jsonDifferences(ours: unknown, theirs: unknown, opts: JsonDifferenceOptions = {}): string[] {
  const tolerance = opts.tolerance ?? 1e-9;
  const at = (path: string) => (path === "" ? "$" : path.startsWith("[") ? `$${path}` : `$.${path}`);
  const out: string[] = [];
  const walkOptions = { skipKeys: opts.skipKeys ?? new Set<string>(), ignoreKeyOrder: opts.ignoreKeyOrder ?? false };
  walk(ours, theirs as Json, "", walkOptions, {
    leaf(path, o, t) {
      if (o !== MISSING && !sameLeaf(o, t, tolerance)) out.push(`${at(path)}: ${show(o)} vs ${show(t)}`);
    },
    shape(path, problem) {
      out.push(`${at(path)}: ${problem}`);
    },
  });
  return out;
}

export interface JsonComparison {
  matched: number;
  total: number;
  /** Path and both values of the first leaf that differs, in document order. */
  firstMismatch: string | null;
}

/**
 * Compares every leaf of `theirs` (bibliometrix) with the same path in `ours`: the figure's
 * "values matched / total" and its first mismatch. Numbers agree within `tolerance` (as
 * `jsonDifferences`); `pathTolerance` widens it for the paths it names; leaves whose path matches
 * `ignore` (e.g. R's column names) are not counted. Our extra leaves are not counted either.
 */
export function compareJson(
  ours: unknown,
  theirs: unknown,
  opts: { tolerance?: number; ignore?: RegExp; pathTolerance?: { path: RegExp; relative: number } } = {},
): JsonComparison {
  const tolerance = opts.tolerance ?? 1e-9;
  let matched = 0;
  let total = 0;
  let firstMismatch: string | null = null;
  // Our extra or reordered keys are not leaves of bibliometrix's file: the shape is not counted.
  walk(ours, theirs as Json, "", { skipKeys: new Set(), ignoreKeyOrder: true }, {
    leaf(path, o, t) {
      if (opts.ignore?.test(path)) return;
      total++;
      const tol = opts.pathTolerance?.path.test(path) ? opts.pathTolerance.relative : tolerance;
      if (sameLeaf(o, t, tol)) matched++;
      else firstMismatch ??= `${path}: ours ${show(o)}, bibliometrix ${JSON.stringify(t)}`;
    },
    shape() {},
  });
  return { matched, total, firstMismatch };
}

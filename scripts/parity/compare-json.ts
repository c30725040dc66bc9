/**
 * Leaf-by-leaf comparison of one of our bibliometrix-shaped outputs with bibliometrix's own file:
 * the figure's "values matched / total" and the first mismatch, for `npm run parity` and the tests.
 */

export interface JsonComparison {
  matched: number;
  total: number;
  /** Path and both values of the first leaf that differs, in document order. */
  firstMismatch: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function leaves(value: Json, path: string, out: Map<string, Json>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, []);
    value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) out.set(path, {});
    for (const key of keys) leaves(value[key]!, path ? `${path}.${key}` : key, out);
  } else {
    out.set(path, value);
  }
}

function same(a: Json | undefined, b: Json | undefined, tolerance: number): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Compares every leaf of `theirs` (bibliometrix) with the same path in `ours`. Numbers agree within
 * `tolerance` (relative above 1, absolute below). Keys listed in `ignore` (e.g. timings) are skipped.
 */
export function compareJson(
  ours: unknown,
  theirs: unknown,
  opts: { tolerance?: number; ignore?: RegExp; pathTolerance?: { path: RegExp; relative: number } } = {},
): JsonComparison {
  const tolerance = opts.tolerance ?? 1e-9;
  const a = new Map<string, Json>();
  const b = new Map<string, Json>();
  leaves(ours as Json, "", a);
  leaves(theirs as Json, "", b);
  let matched = 0;
  let total = 0;
  let firstMismatch: string | null = null;
  for (const [path, expected] of b) {
    if (opts.ignore?.test(path)) continue;
    total++;
    const actual = a.get(path);
    const t = opts.pathTolerance?.path.test(path) ? opts.pathTolerance.relative : tolerance;
    if (same(actual, expected, t)) matched++;
    else firstMismatch ??= `${path}: ours ${actual === undefined ? "(missing)" : JSON.stringify(actual)}, bibliometrix ${JSON.stringify(expected)}`;
  }
  return { matched, total, firstMismatch };
}

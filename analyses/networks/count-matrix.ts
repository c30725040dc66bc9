import type { DocItemMatrix } from "./doc-item-matrix.ts";

/**
 * A symmetric item x item matrix of co-occurrence counts (or similarities), stored sparse: one
 * Map per row holding its non-zero columns, the diagonal included. Networks of thousands of
 * references stay small this way while the thematic map's 250 x 250 case stays simple.
 */
export interface SymmetricMatrix {
  labels: string[];
  rows: Map<number, number>[];
}

export function cell(m: SymmetricMatrix, i: number, j: number): number {
  return m.rows[i]?.get(j) ?? 0;
}

/** A row-sparse matrix: per row the (column, value) cells, columns ascending. */
export interface SparseRows {
  nCols: number;
  rows: { cols: Int32Array; values: Float64Array }[];
}

/** Up to this many columns crossprod accumulates in a dense n x n array (8 MB at the limit). */
const DENSE_CROSSPROD_LIMIT = 1024;

/** crossprod(W) = W^T W over the rows of W: column x column. */
export function crossprod(W: SparseRows, labels: string[]): SymmetricMatrix {
  if (W.nCols <= DENSE_CROSSPROD_LIMIT) return denseCrossprod(W, labels);
  const rows = Array.from({ length: W.nCols }, () => new Map<number, number>());
  for (const { cols, values } of W.rows) {
    for (let a = 0; a < cols.length; a++) {
      const i = cols[a]!;
      const vi = values[a]!;
      const ri = rows[i]!;
      for (let b = 0; b < cols.length; b++) {
        const j = cols[b]!;
        ri.set(j, (ri.get(j) ?? 0) + vi * values[b]!);
      }
    }
  }
  return { labels, rows };
}

/**
 * crossprod for a few hundred columns (the thematic map's 250 words): the same sums in the same
 * order (documents in input order, each cell starting from 0), accumulated in a typed array
 * instead of Maps; each row's Map then lists its cells in the order they were first reached, as
 * the Map version inserts them.
 */
function denseCrossprod(W: SparseRows, labels: string[]): SymmetricMatrix {
  const n = W.nCols;
  const acc = new Float64Array(n * n);
  const reached = new Uint8Array(n * n);
  const firstReached: number[][] = Array.from({ length: n }, () => []);
  for (const { cols, values } of W.rows) {
    for (let a = 0; a < cols.length; a++) {
      const i = cols[a]!;
      const vi = values[a]!;
      const base = i * n;
      for (let b = 0; b < cols.length; b++) {
        const j = cols[b]!;
        const cell = base + j;
        if (reached[cell] === 0) {
          reached[cell] = 1;
          firstReached[i]!.push(j);
        }
        acc[cell] = acc[cell]! + vi * values[b]!;
      }
    }
  }
  const rows = firstReached.map((js, i) => new Map<number, number>(js.map((j) => [j, acc[i * n + j]!])));
  return { labels, rows };
}

/** W^T as row-sparse (columns become rows). */
export function transpose(W: SparseRows): SparseRows {
  const cols: number[][] = Array.from({ length: W.nCols }, () => []);
  const vals: number[][] = Array.from({ length: W.nCols }, () => []);
  W.rows.forEach((r, i) => {
    for (let a = 0; a < r.cols.length; a++) {
      cols[r.cols[a]!]!.push(i);
      vals[r.cols[a]!]!.push(r.values[a]!);
    }
  });
  return { nCols: W.rows.length, rows: cols.map((c, k) => ({ cols: Int32Array.from(c), values: Float64Array.from(vals[k]!) })) };
}

/** A (rows x k) times B (rows x m) summed over shared rows: A^T B as row-sparse (k rows, m columns). */
export function crossprodAB(A: SparseRows, B: SparseRows): SparseRows {
  const out = Array.from({ length: A.nCols }, () => new Map<number, number>());
  A.rows.forEach((ra, d) => {
    const rb = B.rows[d]!;
    for (let a = 0; a < ra.cols.length; a++) {
      const o = out[ra.cols[a]!]!;
      for (let b = 0; b < rb.cols.length; b++) o.set(rb.cols[b]!, (o.get(rb.cols[b]!) ?? 0) + ra.values[a]! * rb.values[b]!);
    }
  });
  return {
    nCols: B.nCols,
    rows: out.map((m) => {
      const cols = Int32Array.from([...m.keys()].sort((x, y) => x - y));
      return { cols, values: Float64Array.from(cols, (c) => m.get(c)!) };
    }),
  };
}

export function asSparseRows(m: DocItemMatrix): SparseRows {
  return { nCols: m.items.length, rows: m.rows };
}

/** The diagonal (for a co-occurrence matrix: documents containing each item). */
export function diagonal(m: SymmetricMatrix): number[] {
  return m.rows.map((r, i) => r.get(i) ?? 0);
}

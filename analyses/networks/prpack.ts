import type { WeightedEdge } from "./walktrap.ts";

/**
 * PageRank of an undirected weighted graph as R igraph's page_rank() returns it: igraph hands the
 * graph to PRPACK with tolerance 1e-10 and no personalisation, and PRPACK picks its method by size,
 * Gaussian elimination below 128 vertices and Gauss–Seidel over strongly connected components
 * otherwise. Each step below keeps PRPACK's order of floating-point operations (and its Kahan sums),
 * so the values agree with igraph's to the last bit rather than to ~1e-12 as a power iteration does.
 *
 * The graph as PRPACK holds it: for each vertex, the list of edges arriving at it (for an
 * undirected graph, every incident edge, neighbours ascending as igraph lists them; a self-loop
 * twice), each weight divided by its source's total weight. Edges of weight <= 0 are left out.
 */
interface PrpackGraph {
  n: number;
  /** Per vertex v, its incoming entries are heads/vals[tails[v] .. tails[v + 1]). */
  tails: Int32Array;
  heads: Int32Array;
  vals: Float64Array;
}

const TOLERANCE = 1e-10;
/** PRPACK's size below which it solves by Gaussian elimination. */
const GE_BELOW = 128;

/** PageRank, damping 0.85, edge weights, normalised to sum 1; vertex order. */
export function pageRank(n: number, edges: readonly WeightedEdge[], damping = 0.85): number[] {
  if (n === 0) return [];
  const g = prpackGraph(n, edges);
  return n < GE_BELOW ? solveByElimination(g, damping) : solveBySccGaussSeidel(g, damping);
}

function prpackGraph(n: number, edges: readonly WeightedEdge[]): PrpackGraph {
  // Each edge of positive weight gives one entry at each end (a self-loop two at its vertex, as
  // igraph's IGRAPH_LOOPS lists it). Entries of a vertex in igraph_incident's order: by neighbour,
  // then by edge position; made by two stable counting passes, by neighbour and then by vertex.
  let m = 0;
  for (const e of edges) if (e.weight > 0) m += 2;
  const at = new Int32Array(m);
  const other = new Int32Array(m);
  const owner = new Int32Array(m);
  let q = 0;
  edges.forEach((e, k) => {
    if (!(e.weight > 0)) return;
    at[q] = k;
    owner[q] = e.from;
    other[q++] = e.to;
    at[q] = k;
    owner[q] = e.to;
    other[q++] = e.from;
  });
  const byNeighbour = stableBucketOrder(other, n, null);
  const order = stableBucketOrder(owner, n, byNeighbour);
  const tails = new Int32Array(n + 1);
  for (let r = 0; r < m; r++) tails[owner[r]! + 1]!++;
  for (let v = 0; v < n; v++) tails[v + 1]! += tails[v]!;
  const heads = new Int32Array(m);
  const vals = new Float64Array(m);
  for (let r = 0; r < m; r++) {
    const entry = order[r]!;
    heads[r] = other[entry]!;
    vals[r] = edges[at[entry]!]!.weight;
  }
  // normalize_weights: each weight times 1 / (its source's total), the totals summed entry by entry.
  const rowsums = new Float64Array(n);
  for (let e = 0; e < m; e++) rowsums[heads[e]!]! += vals[e]!;
  for (let v = 0; v < n; v++) rowsums[v] = 1 / rowsums[v]!;
  for (let e = 0; e < m; e++) vals[e] = vals[e]! * rowsums[heads[e]!]!;
  return { n, tails, heads, vals };
}

/** Entry indices ordered by key (0 <= key < n), stably: in `within` order, or index order when null. */
function stableBucketOrder(key: Int32Array, n: number, within: Int32Array | null): Int32Array {
  const start = new Int32Array(n + 1);
  for (let r = 0; r < key.length; r++) start[key[r]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const out = new Int32Array(key.length);
  for (let r = 0; r < key.length; r++) {
    const entry = within === null ? r : within[r]!;
    out[start[key[entry]!]!++] = entry;
  }
  return out;
}

/** S += a with carry c (PRPACK's COMPENSATED_SUM), returning [S, c]. */
function kahan(sum: number, a: number, carry: number): [number, number] {
  const y = a - carry;
  const t = sum + y;
  return [t, t - sum - y];
}

/** Divides x by its (Kahan) sum, as PRPACK's normalize: by multiplying with the reciprocal. */
function normalize(x: Float64Array): void {
  let norm = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) [norm, c] = kahan(norm, x[i]!, c);
  norm = 1 / norm;
  for (let i = 0; i < x.length; i++) x[i] = x[i]! * norm;
}

/** (I - alpha P) x = 1/n by Gaussian elimination without pivoting, then normalised (solve_via_ge). */
function solveByElimination(g: PrpackGraph, alpha: number): number[] {
  const { n, tails, heads, vals } = g;
  // The transition matrix summed entry by entry, then turned into I - alpha P in place (PRPACK's order).
  const A = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = tails[i]!; j < tails[i + 1]!; j++) A[i * n + heads[j]!]! += vals[j]!;
  for (let i = 0; i < n * n; i++) A[i] = -alpha * A[i]!;
  for (let i = 0; i < n * n; i += n + 1) A[i]! += 1;
  const b = new Float64Array(n).fill(1 / n);
  for (let i = 0; i < n; i++) {
    const isz = i * n;
    for (let k = 0; k < i; k++) {
      const ksz = k * n;
      if (A[isz + k] === 0) continue;
      const coeff = A[isz + k]! / A[ksz + k]!;
      A[isz + k] = 0;
      for (let j = k + 1; j < n; j++) A[isz + j] = A[isz + j]! - coeff * A[ksz + j]!;
      b[i] = b[i]! - coeff * b[k]!;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const isz = i * n;
    for (let j = i + 1; j < n; j++) b[i] = b[i]! - A[isz + j]! * b[j]!;
    b[i] = b[i]! / A[isz + i]!;
  }
  normalize(b);
  return [...b];
}

/**
 * Strongly connected components by PRPACK's iterative Tarjan (depth first along incoming entries,
 * roots ascending): `decoding` lists the vertices component by component in the order they close,
 * `divisions` where each component starts in it.
 */
function sccOrder(g: PrpackGraph): { decoding: Int32Array; divisions: number[] } {
  const { n, tails, heads } = g;
  const num = new Int32Array(n).fill(-1);
  const scc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const st = new Int32Array(n);
  const callVertex = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const decoding = new Int32Array(n);
  const divisions: number[] = [];
  let mn = 0;
  let sz = 0;
  let filled = 0;
  let comps = 0;
  for (let root = 0; root < n; root++) {
    if (num[root] !== -1) continue;
    let csz = 1;
    callVertex[0] = root;
    callEdge[0] = tails[root]!;
    while (csz > 0) {
      const top = csz - 1;
      const p = callVertex[top]!;
      let it = callEdge[top]!;
      if (it === tails[p]) {
        low[p] = num[p] = mn++;
        st[sz++] = p;
      } else {
        low[p] = Math.min(low[p]!, low[heads[it - 1]!]!);
      }
      let descended = false;
      for (const end = tails[p + 1]!; it < end; it++) {
        const h = heads[it]!;
        if (scc[h] !== -1) continue;
        if (num[h] === -1) {
          callVertex[csz] = h;
          callEdge[csz++] = tails[h]!;
          it++;
          descended = true;
          break;
        }
        low[p] = Math.min(low[p]!, low[h]!);
      }
      callEdge[top] = it;
      if (descended) continue;
      if (low[p] === num[p]) {
        divisions.push(filled);
        while (scc[p] !== comps) {
          const v = st[--sz]!;
          scc[v] = comps;
          decoding[filled++] = v;
        }
        comps++;
      }
      csz--;
    }
  }
  return { decoding, divisions };
}

/** Gauss–Seidel component by component (solve_via_scc_gs, weighted, uniform teleport), normalised. */
function solveBySccGaussSeidel(g: PrpackGraph, alpha: number): number[] {
  const { n, tails, heads, vals } = g;
  const { decoding, divisions } = sccOrder(g);
  const encoding = new Int32Array(n);
  for (let i = 0; i < n; i++) encoding[decoding[i]!] = i;
  // Entries split into those inside the vertex's component and those from earlier ones; self-loops apart.
  const ii = new Float64Array(n);
  const tailsIn = new Int32Array(n + 1);
  const tailsOut = new Int32Array(n + 1);
  const headsIn = new Int32Array(heads.length);
  const valsIn = new Float64Array(heads.length);
  const headsOut = new Int32Array(heads.length);
  const valsOut = new Float64Array(heads.length);
  let nIn = 0;
  let nOut = 0;
  for (let c = 0; c < divisions.length; c++) {
    const startC = divisions[c]!;
    const endC = c + 1 < divisions.length ? divisions[c + 1]! : n;
    for (let i = startC; i < endC; i++) {
      const v = decoding[i]!;
      tailsIn[i] = nIn;
      tailsOut[i] = nOut;
      for (let j = tails[v]!; j < tails[v + 1]!; j++) {
        const h = encoding[heads[j]!]!;
        if (h === i) ii[i] = ii[i]! + vals[j]!;
        else if (startC <= h && h < endC) {
          headsIn[nIn] = h;
          valsIn[nIn++] = vals[j]!;
        } else {
          headsOut[nOut] = h;
          valsOut[nOut++] = vals[j]!;
        }
      }
    }
  }
  tailsIn[n] = nIn;
  tailsOut[n] = nOut;
  const uv = 1 / n;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = uv / (1 - alpha * ii[i]!);
  const xOutside = new Float64Array(n);
  for (let c = 0; c < divisions.length; c++) {
    const startC = divisions[c]!;
    const endC = c + 1 < divisions.length ? divisions[c + 1]! : n;
    for (let i = startC; i < endC; i++) {
      let sum = 0;
      for (let j = tailsOut[i]!; j < tailsOut[i + 1]!; j++) sum = sum + x[headsOut[j]!]! * valsOut[j]!;
      xOutside[i] = sum;
    }
    const bound = (TOLERANCE * (endC - startC)) / n;
    let err: number;
    do {
      // The residuals summed with Kahan's carry (PRPACK's COMPENSATED_SUM), written out: this is the hot loop.
      err = 0;
      let carry = 0;
      for (let i = startC; i < endC; i++) {
        let next = xOutside[i]!;
        for (let j = tailsIn[i]!; j < tailsIn[i + 1]!; j++) next = next + x[headsIn[j]!]! * valsIn[j]!;
        const y = Math.abs(uv + alpha * next - (1 - alpha * ii[i]!) * x[i]!) - carry;
        const t = err + y;
        carry = t - err - y;
        err = t;
        x[i] = (alpha * next + uv) / (1 - alpha * ii[i]!);
      }
    } while (err / (1 - alpha) >= bound);
  }
  normalize(x);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[decoding[i]!] = x[i]!;
  return out;
}

/**
 * Walktrap community detection (Pons & Latapy) reproducing R igraph's `cluster_walktrap(g, steps = 4)`
 * bit for bit, written from spec/walktrap-igraph.md. Every floating-point operation below is in
 * the order that document gives, because real co-word graphs are full of ties and the order of
 * rounding decides which pair merges first. Do not "simplify" a formula here without re-running
 * the 468 oracle cases (tests/unit/networks/walktrap.test.ts).
 */

/** An undirected edge between 0-based vertices, weight >= 0. */
export interface WeightedEdge {
  from: number;
  to: number;
  weight: number;
}

export interface WalktrapResult {
  /** 0-based cluster number per vertex, numbered as igraph does (R's membership minus 1). */
  membership: number[];
  /** Merge rows [a, b] (0-based community ids; id >= n is the community made by row id - n). */
  merges: [number, number][];
  /** Walktrap's own modularity after 0, 1, ... merges (a single NaN for an edgeless graph). */
  modularity: number[];
  /** The modularity at the cut (first maximum). */
  maxModularity: number;
}

/** A finished probability vector: sorted vertex indices with their non-zero values. */
interface ProbVector {
  idx: Int32Array;
  val: Float64Array;
}

interface Pair {
  a: number;
  b: number;
  ds: number;
  exact: boolean;
  w: number;
  pos: number;
}

interface Community {
  size: number;
  T: number;
  I: number;
  active: boolean;
  P: ProbVector | null;
  /** Pairs this community belongs to, sorted by the other community's id. */
  pairs: Pair[];
}

function other(p: Pair, c: number): number {
  return p.a === c ? p.b : p.a;
}

/** The min-heap of spec §8: parent of p is floor(p/2), children 2p and 2p+1, slot 0 on top. */
class PairHeap {
  readonly h: Pair[] = [];

  private swap(i: number, j: number): void {
    const x = this.h[i]!;
    const y = this.h[j]!;
    this.h[i] = y;
    this.h[j] = x;
    y.pos = i;
    x.pos = j;
  }

  siftUp(p: number): number {
    while (this.h[p >> 1]!.ds > this.h[p]!.ds) {
      this.swap(p >> 1, p);
      p >>= 1;
    }
    return p;
  }

  siftDown(p: number): void {
    const m = this.h.length;
    for (;;) {
      let q = p;
      if (2 * p < m && this.h[2 * p]!.ds < this.h[q]!.ds) q = 2 * p;
      if (2 * p + 1 < m && this.h[2 * p + 1]!.ds < this.h[q]!.ds) q = 2 * p + 1;
      if (q === p) return;
      this.swap(p, q);
      p = q;
    }
  }

  insert(e: Pair): void {
    e.pos = this.h.length;
    this.h.push(e);
    this.siftUp(e.pos);
  }

  delete(e: Pair): void {
    const z = this.h.pop()!;
    if (z === e) return;
    z.pos = e.pos;
    this.h[e.pos] = z;
    const at = this.siftUp(z.pos);
    this.siftDown(at);
  }

  rekey(e: Pair): void {
    this.siftUp(e.pos);
    this.siftDown(e.pos);
  }

  top(): Pair | undefined {
    return this.h[0];
  }

  get size(): number {
    return this.h.length;
  }
}

/** Squared distance of two vectors, summed in ascending vertex index (spec §5). */
function distance2(A: ProbVector, B: ProbVector): number {
  let r = 0;
  let i = 0;
  let j = 0;
  const na = A.idx.length;
  const nb = B.idx.length;
  while (i < na || j < nb) {
    const ia = i < na ? A.idx[i]! : Infinity;
    const ib = j < nb ? B.idx[j]! : Infinity;
    let d: number;
    if (ia === ib) {
      d = A.val[i++]! - B.val[j++]!;
    } else if (ia < ib) {
      d = A.val[i++]!;
    } else {
      d = B.val[j++]!;
    }
    r = r + d * d;
  }
  return r;
}

/** P_c = P_a * w1 + P_b * w2 over the union of supports (spec §7 step 3). */
function mix(A: ProbVector, B: ProbVector, w1: number, w2: number): ProbVector {
  const idx: number[] = [];
  const val: number[] = [];
  let i = 0;
  let j = 0;
  const na = A.idx.length;
  const nb = B.idx.length;
  while (i < na || j < nb) {
    const ia = i < na ? A.idx[i]! : Infinity;
    const ib = j < nb ? B.idx[j]! : Infinity;
    if (ia === ib) {
      idx.push(ia);
      val.push(A.val[i++]! * w1 + B.val[j++]! * w2);
    } else if (ia < ib) {
      idx.push(ia);
      val.push(A.val[i++]! * w1);
    } else {
      idx.push(ib);
      val.push(B.val[j++]! * w2);
    }
  }
  return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
}

/**
 * Runs walktrap on an undirected weighted graph with n vertices (0-based). Parallel edges are
 * allowed (their weights add up); self-loops are not expected (bibliometrix removes them).
 */
export function walktrap(n: number, edges: readonly WeightedEdge[], steps = 4): WalktrapResult {
  if (n === 0) return { membership: [], merges: [], modularity: [Number.NaN], maxModularity: Number.NaN };
  // §2: degree, strength (input edge order), total weight.
  const k = new Array<number>(n).fill(0);
  const s = new Array<number>(n).fill(0);
  let W = 0;
  for (const e of edges) {
    if (!(e.weight >= 0)) throw new Error(`walktrap: edge ${e.from}-${e.to} has weight ${e.weight}; weights must be >= 0`);
    k[e.from]! += 1;
    s[e.from]! += e.weight;
    k[e.to]! += 1;
    s[e.to]! += e.weight;
    W += e.weight;
  }
  // Distinct neighbours with summed weights (parallel edges summed in input order).
  const nbr: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const e of edges) {
    nbr[e.from]!.set(e.to, (nbr[e.from]!.get(e.to) ?? 0) + e.weight);
    if (e.to !== e.from) nbr[e.to]!.set(e.from, (nbr[e.to]!.get(e.from) ?? 0) + e.weight);
  }
  const adjIdx: Int32Array[] = [];
  const adjW: Float64Array[] = [];
  const d = new Float64Array(n);
  const communities: Community[] = [];
  for (let i = 0; i < n; i++) {
    const loop = k[i]! > 0 ? s[i]! / k[i]! : 1;
    d[i] = s[i]! + loop;
    if (d[i] === 0) throw new Error(`walktrap: vertex ${i} has only zero-weight edges`);
    const m = nbr[i]!;
    m.set(i, (m.get(i) ?? 0) + loop);
    const keys = [...m.keys()].sort((x, y) => x - y);
    adjIdx.push(Int32Array.from(keys));
    adjW.push(Float64Array.from(keys.map((u) => m.get(u)!)));
    let T = 0;
    for (let q = 0; q < keys.length; q++) if (keys[q] !== i) T = T + adjW[i]![q]! / 2;
    communities.push({ size: 1, T, I: 0, active: true, P: null, pairs: [] });
  }

  // §4: the walk from a single vertex, with igraph's summation order.
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const reached = new Int32Array(n).fill(-1);
  let stamp = 0;
  const half = Math.floor(n / 2);
  const walkFrom = (v: number): ProbVector => {
    x.fill(0);
    x[v] = 1;
    let S: number[] = [v];
    let full = false;
    for (let t = 0; t < steps; t++) {
      y.fill(0);
      if (!full && S.length <= half) {
        const next: number[] = [];
        stamp++;
        for (const u of S) {
          const p = x[u]! / d[u]!;
          const ai = adjIdx[u]!;
          const aw = adjW[u]!;
          for (let q = 0; q < ai.length; q++) {
            const j = ai[q]!;
            y[j] = y[j]! + p * aw[q]!;
            if (reached[j] !== stamp) {
              reached[j] = stamp;
              next.push(j);
            }
          }
        }
        S = next;
      } else {
        const order = !full && S.length < n ? S : null;
        const visit = (u: number): void => {
          if (x[u] === 0) return;
          const p = x[u]! / d[u]!;
          const ai = adjIdx[u]!;
          const aw = adjW[u]!;
          for (let q = 0; q < ai.length; q++) {
            const j = ai[q]!;
            y[j] = y[j]! + p * aw[q]!;
          }
        };
        if (order) for (const u of order) visit(u);
        else for (let u = 0; u < n; u++) visit(u);
        full = true;
      }
      x.set(y);
    }
    const idx: number[] = [];
    const val: number[] = [];
    for (let j = 0; j < n; j++) {
      if (x[j] !== 0) {
        idx.push(j);
        val.push(x[j]! / Math.sqrt(d[j]!));
      }
    }
    return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
  };

  const heap = new PairHeap();
  const exactDs = (p: Pair): number => {
    const A = communities[p.a]!;
    const B = communities[p.b]!;
    if (!A.P) A.P = walkFrom(p.a);
    if (!B.P) B.P = walkFrom(p.b);
    const r = distance2(A.P, B.P);
    return ((r * A.size) * B.size) / (A.size + B.size);
  };

  // §3: initial pairs.
  let hasEdges = false;
  for (let i = 0; i < n; i++) {
    const ai = adjIdx[i]!;
    for (let q = 0; q < ai.length; q++) {
      const u = ai[q]!;
      if (u <= i) continue;
      hasEdges = true;
      const pair: Pair = { a: i, b: u, ds: -1 / Math.min(ai.length, adjIdx[u]!.length), exact: false, w: adjW[i]![q]!, pos: -1 };
      communities[i]!.pairs.push(pair);
      communities[u]!.pairs.push(pair);
      heap.insert(pair);
    }
  }
  const makeTopExact = (): void => {
    for (;;) {
      const top = heap.top();
      if (!top || top.exact) return;
      top.ds = exactDs(top);
      heap.rekey(top);
      top.exact = true;
    }
  };
  makeTopExact();

  // §9: modularity in ascending community id over active communities.
  const modularityNow = (): number => {
    let Q = 0;
    for (const c of communities) if (c.active) Q = Q + (c.I - (c.T * c.T) / W);
    return Q / W;
  };
  const modularity: number[] = [hasEdges ? modularityNow() : Number.NaN];
  const merges: [number, number][] = [];

  const removeFrom = (list: Pair[], p: Pair): void => {
    const at = list.indexOf(p);
    if (at >= 0) list.splice(at, 1);
  };

  while (heap.size > 0) {
    makeTopExact();
    const M = heap.top()!;
    const a = M.a;
    const b = M.b;
    const ca = communities[a]!;
    const cb = communities[b]!;
    removeFrom(ca.pairs, M);
    removeFrom(cb.pairs, M);
    heap.delete(M);
    const dab = M.ds;
    const cid = communities.length;
    const w1 = ca.size / (ca.size + cb.size);
    const w2 = cb.size / (ca.size + cb.size);
    const c: Community = {
      size: ca.size + cb.size,
      T: ca.T + cb.T,
      I: ca.I + cb.I + M.w,
      active: true,
      P: mix(ca.P!, cb.P!, w1, w2),
      pairs: [],
    };
    communities.push(c);
    ca.active = false;
    cb.active = false;
    ca.P = null;
    cb.P = null;

    const la = ca.pairs;
    const lb = cb.pairs;
    ca.pairs = [];
    cb.pairs = [];
    const sa = ca.size;
    const sb = cb.size;
    let i = 0;
    let j = 0;
    while (i < la.length || j < lb.length) {
      const xa = i < la.length ? other(la[i]!, a) : Infinity;
      const xb = j < lb.length ? other(lb[j]!, b) : Infinity;
      const xId = Math.min(xa, xb);
      const cx = communities[xId]!;
      const sx = cx.size;
      const L = sa + sb + sx;
      let pair: Pair;
      if (xa === xb) {
        const A = la[i++]!;
        const B = lb[j++]!;
        removeFrom(cx.pairs, A);
        heap.delete(A);
        removeFrom(cx.pairs, B);
        heap.delete(B);
        pair = { a: xId, b: cid, ds: ((sa + sx) * A.ds + (sb + sx) * B.ds - sx * dab) / L, exact: A.exact && B.exact, w: A.w + B.w, pos: -1 };
      } else if (xa < xb) {
        const A = la[i++]!;
        removeFrom(cx.pairs, A);
        heap.delete(A);
        pair = { a: xId, b: cid, ds: ((sa + sx) * A.ds + sb * dab) / L, exact: false, w: A.w, pos: -1 };
      } else {
        const B = lb[j++]!;
        removeFrom(cx.pairs, B);
        heap.delete(B);
        pair = { a: xId, b: cid, ds: (sa * dab + (sb + sx) * B.ds) / L, exact: false, w: B.w, pos: -1 };
      }
      cx.pairs.push(pair);
      c.pairs.push(pair);
      heap.insert(pair);
    }
    merges.push([a, b]);
    modularity.push(modularityNow());
  }

  // §10: first maximum (a NaN stops the scan), then igraph's numbering.
  let kStar = 0;
  for (let p = 0; p < modularity.length; p++) {
    if (Number.isNaN(modularity[p]!)) {
      kStar = p;
      break;
    }
    if (modularity[p]! > modularity[kStar]!) kStar = p;
  }
  const parent = new Int32Array(n + kStar).fill(-1);
  for (let r = 0; r < kStar; r++) {
    const [ma, mb] = merges[r]!;
    parent[ma] = n + r;
    parent[mb] = n + r;
  }
  const number = new Int32Array(n + kStar).fill(-1);
  let next = 0;
  for (let r = kStar - 1; r >= 0; r--) if (parent[n + r] === -1) number[n + r] = next++;
  const membership = new Array<number>(n);
  for (let v = 0; v < n; v++) {
    let root = v;
    while (parent[root] !== -1) root = parent[root]!;
    membership[v] = root >= n ? number[root]! : -1;
  }
  for (let v = 0; v < n; v++) if (membership[v] === -1) membership[v] = next++;

  return { membership, merges, modularity, maxModularity: modularity[kStar]! };
}

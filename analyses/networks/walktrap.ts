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

/**
 * A finished probability vector P[j] = x[j] / sqrt(d_j). Stored sparse (ascending vertex indices
 * with their non-zero values) or, when more than half the entries are non-zero, dense (idx null,
 * val of length n). The choice changes no value or sum (spec §4): missing entries are exact zeros.
 */
interface ProbVector {
  idx: Int32Array | null;
  val: Float64Array;
}

interface Pair {
  a: number;
  b: number;
  ds: number;
  exact: boolean;
  w: number;
  pos: number;
  /** Removed from the heap; still listed in a community's pairs until that list is next read. */
  dead: boolean;
}

interface Community {
  size: number;
  T: number;
  I: number;
  active: boolean;
  P: ProbVector | null;
  /** Pairs this community belongs to, sorted by the other community's id (dead ones skipped on read). */
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
  const av = A.val;
  const bv = B.val;
  let r = 0;
  if (A.idx === null && B.idx === null) {
    for (let j = 0; j < av.length; j++) {
      const d = av[j]! - bv[j]!;
      r = r + d * d;
    }
    return r;
  }
  if (A.idx === null || B.idx === null) {
    // One dense, one sparse: walk the dense one, the sparse one's entries fall in as they come.
    const [dense, sparse] = A.idx === null ? [A, B] : [B, A];
    const dv = dense.val;
    const si = sparse.idx!;
    const sv = sparse.val;
    let q = 0;
    for (let j = 0; j < dv.length; j++) {
      const d = q < si.length && si[q] === j ? dv[j]! - sv[q++]! : dv[j]!;
      r = r + d * d;
    }
    return r;
  }
  const ai = A.idx;
  const bi = B.idx;
  let i = 0;
  let j = 0;
  const na = ai.length;
  const nb = bi.length;
  while (i < na || j < nb) {
    const ia = i < na ? ai[i]! : Infinity;
    const ib = j < nb ? bi[j]! : Infinity;
    let d: number;
    if (ia === ib) {
      d = av[i++]! - bv[j++]!;
    } else if (ia < ib) {
      d = av[i++]!;
    } else {
      d = bv[j++]!;
    }
    r = r + d * d;
  }
  return r;
}

/** A vector as n values (missing entries are exact zeros). */
function toDense(P: ProbVector, n: number): Float64Array {
  if (P.idx === null) return P.val;
  const out = new Float64Array(n);
  for (let q = 0; q < P.idx.length; q++) out[P.idx[q]!] = P.val[q]!;
  return out;
}

/** P_c = P_a * w1 + P_b * w2 over the union of supports (spec §7 step 3). */
function mix(A: ProbVector, B: ProbVector, w1: number, w2: number, n: number): ProbVector {
  if (A.idx === null || B.idx === null) {
    // A term missing on one side is an exact zero: x * w1 + 0 equals x * w1 for x >= 0.
    const av = toDense(A, n);
    const bv = toDense(B, n);
    const val = new Float64Array(n);
    for (let j = 0; j < n; j++) val[j] = av[j]! * w1 + bv[j]! * w2;
    return { idx: null, val };
  }
  const ai = A.idx;
  const bi = B.idx;
  const na = ai.length;
  const nb = bi.length;
  const idx = new Int32Array(na + nb);
  const val = new Float64Array(na + nb);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < na || j < nb) {
    const ia = i < na ? ai[i]! : Infinity;
    const ib = j < nb ? bi[j]! : Infinity;
    if (ia === ib) {
      idx[k] = ia;
      val[k++] = A.val[i++]! * w1 + B.val[j++]! * w2;
    } else if (ia < ib) {
      idx[k] = ia;
      val[k++] = A.val[i++]! * w1;
    } else {
      idx[k] = ib;
      val[k++] = B.val[j++]! * w2;
    }
  }
  return { idx: idx.slice(0, k), val: val.slice(0, k) };
}

/** Walks computed together in the dense steps (independent sums side by side). */
const LANES = 4;

/**
 * §4: walks from single vertices, with igraph's summation order. A class so that the hot loops
 * read their arrays from locals (closure slots made them two to three times slower). The sparse
 * and first dense steps run walk by walk; the later dense steps (sources ascending) run for four
 * walks at once, each target's four sums kept apart, so every sum is the one a lone walk makes.
 */
class Walker {
  private readonly xs: Float64Array[] = [];
  private readonly ys: Float64Array[] = [];
  private readonly p4: Float64Array;
  private readonly reached: Int32Array;
  private stamp = 0;
  private S: Int32Array;
  private next: Int32Array;

  constructor(
    private readonly n: number,
    private readonly adjStart: Int32Array,
    private readonly adjTo: Int32Array,
    private readonly adjW: Float64Array,
    private readonly d: Float64Array,
    private readonly steps: number,
  ) {
    for (let lane = 0; lane < LANES; lane++) {
      this.xs.push(new Float64Array(n));
      this.ys.push(new Float64Array(n));
    }
    this.p4 = new Float64Array(LANES * n);
    this.reached = new Int32Array(n).fill(-1);
    this.S = new Int32Array(n);
    this.next = new Int32Array(n);
  }

  /** The walks from each of vs, in that order. */
  walkMany(vs: readonly number[]): ProbVector[] {
    const out: ProbVector[] = [];
    const left = new Int32Array(LANES);
    for (let b = 0; b < vs.length; b += LANES) {
      const m = Math.min(LANES, vs.length - b);
      let rounds = 0;
      for (let lane = 0; lane < LANES; lane++) {
        left[lane] = lane < m ? this.firstSteps(vs[b + lane]!, lane) : 0;
        rounds = Math.max(rounds, left[lane]!);
      }
      for (let r = 0; r < rounds; r++) this.denseSteps(left);
      for (let lane = 0; lane < m; lane++) out.push(this.finish(this.xs[lane]!));
    }
    return out;
  }

  /**
   * The walk from v up to its first step with sources ascending, in xs[lane]; returns how many
   * such steps are left.
   */
  private firstSteps(v: number, lane: number): number {
    const { n, adjStart, adjTo, adjW, d, reached } = this;
    const half = Math.floor(n / 2);
    let x = this.xs[lane]!;
    let y = this.ys[lane]!;
    let S = this.S;
    let next = this.next;
    x.fill(0);
    x[v] = 1;
    S[0] = v;
    let sLen = 1;
    let full = false;
    let t = 0;
    for (; t < this.steps; t++) {
      if (!full && sLen <= half) {
        y.fill(0);
        let nextLen = 0;
        const stamp = ++this.stamp;
        for (let r = 0; r < sLen; r++) {
          const u = S[r]!;
          const pu = x[u]! / d[u]!;
          for (let q = adjStart[u]!, end = adjStart[u + 1]!; q < end; q++) {
            const j = adjTo[q]!;
            y[j] = y[j]! + pu * adjW[q]!;
            if (reached[j] !== stamp) {
              reached[j] = stamp;
              next[nextLen++] = j;
            }
          }
        }
        const swap = S;
        S = next;
        next = swap;
        sLen = nextLen;
      } else if (!full && sLen < n) {
        // Sources in order of first arrival: each target's terms arrive in that order.
        y.fill(0);
        for (let r = 0; r < sLen; r++) {
          const u = S[r]!;
          if (x[u] === 0) continue;
          const pu = x[u]! / d[u]!;
          for (let q = adjStart[u]!, end = adjStart[u + 1]!; q < end; q++) {
            const j = adjTo[q]!;
            y[j] = y[j]! + pu * adjW[q]!;
          }
        }
        full = true;
      } else break;
      const swap = x;
      x = y;
      y = swap;
    }
    this.xs[lane] = x;
    this.ys[lane] = y;
    this.S = S;
    this.next = next;
    return this.steps - t;
  }

  /**
   * One step with sources ascending for every lane with steps left, gathered per target: each
   * target's neighbours are ascending too (weights are symmetric), and a source with x = 0 adds
   * an exact +0, as if skipped. Lanes without steps left compute on and are not kept.
   */
  private denseSteps(left: Int32Array): void {
    const { n, adjStart, adjTo, adjW, d, p4, xs, ys } = this;
    for (let lane = 0; lane < LANES; lane++) {
      const x = xs[lane]!;
      for (let u = 0; u < n; u++) p4[LANES * u + lane] = x[u]! / d[u]!;
    }
    const y0 = ys[0]!;
    const y1 = ys[1]!;
    const y2 = ys[2]!;
    const y3 = ys[3]!;
    for (let j = 0; j < n; j++) {
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      for (let q = adjStart[j]!, end = adjStart[j + 1]!; q < end; q++) {
        const base = LANES * adjTo[q]!;
        const w = adjW[q]!;
        a0 = a0 + p4[base]! * w;
        a1 = a1 + p4[base + 1]! * w;
        a2 = a2 + p4[base + 2]! * w;
        a3 = a3 + p4[base + 3]! * w;
      }
      y0[j] = a0;
      y1[j] = a1;
      y2[j] = a2;
      y3[j] = a3;
    }
    for (let lane = 0; lane < LANES; lane++) {
      if (left[lane] === 0) continue;
      left[lane]!--;
      const swap = xs[lane]!;
      xs[lane] = ys[lane]!;
      ys[lane] = swap;
    }
  }

  /** P[j] = x[j] / sqrt(d_j), stored dense when more than half the entries are non-zero. */
  private finish(x: Float64Array): ProbVector {
    const { n, d } = this;
    const half = Math.floor(n / 2);
    let nz = 0;
    for (let j = 0; j < n; j++) if (x[j] !== 0) nz++;
    if (nz > half) {
      const val = new Float64Array(n);
      for (let j = 0; j < n; j++) if (x[j] !== 0) val[j] = x[j]! / Math.sqrt(d[j]!);
      return { idx: null, val };
    }
    const idx = new Int32Array(nz);
    const val = new Float64Array(nz);
    for (let j = 0, q = 0; j < n; j++) {
      if (x[j] !== 0) {
        idx[q] = j;
        val[q++] = x[j]! / Math.sqrt(d[j]!);
      }
    }
    return { idx, val };
  }
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
  // Distinct neighbours with summed weights (parallel edges summed in input order), plus the
  // loop of §2, as compressed rows: vertex i's entries are adjTo/adjW[adjStart[i] .. adjStart[i+1]).
  const raw: number[][] = Array.from({ length: n }, () => []);
  edges.forEach((e, at) => {
    raw[e.from]!.push(e.to, at);
    if (e.to !== e.from) raw[e.to]!.push(e.from, at);
  });
  const adjStart = new Int32Array(n + 1);
  const to: number[] = [];
  const wt: number[] = [];
  const d = new Float64Array(n);
  const communities: Community[] = [];
  for (let i = 0; i < n; i++) {
    const loop = k[i]! > 0 ? s[i]! / k[i]! : 1;
    d[i] = s[i]! + loop;
    if (d[i] === 0) throw new Error(`walktrap: vertex ${i} has only zero-weight edges`);
    const list = raw[i]!;
    // (neighbour, edge position) pairs by neighbour, then input order: the order of the sums.
    const order = Array.from({ length: list.length / 2 }, (_, q) => q).sort((x, y) => list[2 * x]! - list[2 * y]! || list[2 * x + 1]! - list[2 * y + 1]!);
    let selfAt = -1;
    let T = 0;
    for (let q = 0; q < order.length; ) {
      const u = list[2 * order[q]!]!;
      if (u > i && selfAt < 0) {
        selfAt = to.length;
        to.push(i);
        wt.push(0);
      }
      let sum = 0;
      for (; q < order.length && list[2 * order[q]!] === u; q++) sum = sum + edges[list[2 * order[q]! + 1]!]!.weight;
      if (u === i) selfAt = to.length;
      to.push(u);
      wt.push(sum);
    }
    if (selfAt < 0) {
      selfAt = to.length;
      to.push(i);
      wt.push(0);
    }
    wt[selfAt] = wt[selfAt]! + loop;
    adjStart[i + 1] = to.length;
    for (let q = adjStart[i]!; q < to.length; q++) if (to[q] !== i) T = T + wt[q]! / 2;
    communities.push({ size: 1, T, I: 0, active: true, P: null, pairs: [] });
  }
  const adjTo = Int32Array.from(to);
  const adjW = Float64Array.from(wt);

  // Every vertex with an edge needs its walk before it can merge; computing them all up front
  // (in blocks) gives the same vectors as computing each when first needed.
  const linked = communities.map((_, v) => v).filter((v) => k[v]! > 0);
  new Walker(n, adjStart, adjTo, adjW, d, steps).walkMany(linked).forEach((P, i) => {
    communities[linked[i]!]!.P = P;
  });

  const heap = new PairHeap();
  const exactDs = (p: Pair): number => {
    const A = communities[p.a]!;
    const B = communities[p.b]!;
    const r = distance2(A.P!, B.P!);
    return ((r * A.size) * B.size) / (A.size + B.size);
  };

  // §3: initial pairs.
  let hasEdges = false;
  for (let i = 0; i < n; i++) {
    const len = adjStart[i + 1]! - adjStart[i]!;
    for (let q = adjStart[i]!; q < adjStart[i + 1]!; q++) {
      const u = adjTo[q]!;
      if (u <= i) continue;
      hasEdges = true;
      const pair: Pair = { a: i, b: u, ds: -1 / Math.min(len, adjStart[u + 1]! - adjStart[u]!), exact: false, w: adjW[q]!, pos: -1, dead: false };
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

  // A pair leaves its communities' lists lazily: marked dead here, skipped when a list is read.
  const remove = (p: Pair): void => {
    p.dead = true;
    heap.delete(p);
  };
  const alive = (list: Pair[]): Pair[] => list.filter((p) => !p.dead);

  while (heap.size > 0) {
    makeTopExact();
    const M = heap.top()!;
    const a = M.a;
    const b = M.b;
    const ca = communities[a]!;
    const cb = communities[b]!;
    remove(M);
    const dab = M.ds;
    const cid = communities.length;
    const w1 = ca.size / (ca.size + cb.size);
    const w2 = cb.size / (ca.size + cb.size);
    const c: Community = {
      size: ca.size + cb.size,
      T: ca.T + cb.T,
      I: ca.I + cb.I + M.w,
      active: true,
      P: mix(ca.P!, cb.P!, w1, w2, n),
      pairs: [],
    };
    communities.push(c);
    ca.active = false;
    cb.active = false;
    ca.P = null;
    cb.P = null;

    const la = alive(ca.pairs);
    const lb = alive(cb.pairs);
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
        remove(A);
        remove(B);
        pair = { a: xId, b: cid, ds: ((sa + sx) * A.ds + (sb + sx) * B.ds - sx * dab) / L, exact: A.exact && B.exact, w: A.w + B.w, pos: -1, dead: false };
      } else if (xa < xb) {
        const A = la[i++]!;
        remove(A);
        pair = { a: xId, b: cid, ds: ((sa + sx) * A.ds + sb * dab) / L, exact: false, w: A.w, pos: -1, dead: false };
      } else {
        const B = lb[j++]!;
        remove(B);
        pair = { a: xId, b: cid, ds: (sa * dab + (sb + sx) * B.ds) / L, exact: false, w: B.w, pos: -1, dead: false };
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

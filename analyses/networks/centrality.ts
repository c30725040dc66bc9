import type { WeightedEdge } from "./walktrap.ts";

/**
 * Vertex statistics of networkPlot (spec §5 step 9) on an undirected weighted graph. Written here
 * rather than taken from graphology-metrics because igraph uses the weights as *distances* for
 * betweenness and closeness, and its PageRank redistributes dangling mass uniformly.
 */

/** PageRank as igraph's PRPACK computes it, to the last bit (see prpack.ts). */
export { pageRank } from "./prpack.ts";

/** igraph compares path lengths with a relative tolerance, so float sums that should tie do tie. */
function cmp(a: number, b: number): number {
  if (a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a < b ? -1 : 1;
  const diff = Math.abs(a - b);
  if (diff <= 1e-10 * Math.max(Math.abs(a), Math.abs(b))) return 0;
  return a < b ? -1 : 1;
}

/**
 * The graph as compressed rows (typed arrays): per vertex its neighbours and edge weights in the
 * order adjacency() lists them, which is the order Dijkstra relaxes them and so decides the
 * order of every floating-point sum below.
 */
interface CompactAdjacency {
  start: Int32Array;
  to: Int32Array;
  w: Float64Array;
}

function compactAdjacency(n: number, edges: readonly WeightedEdge[]): CompactAdjacency {
  const start = new Int32Array(n + 1);
  for (const e of edges) {
    start[e.from + 1]!++;
    if (e.to !== e.from) start[e.to + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const to = new Int32Array(start[n]!);
  const w = new Float64Array(start[n]!);
  for (const e of edges) {
    let at = fill[e.from]!++;
    to[at] = e.to;
    w[at] = e.weight;
    if (e.to !== e.from) {
      at = fill[e.to]!++;
      to[at] = e.from;
      w[at] = e.weight;
    }
  }
  return { start, to, w };
}

/** What allSources hands over after each source: distances, path counts, predecessors and the settling order. */
type SourceVisitor = (s: number, dist: Float64Array, sigma: Float64Array, predCount: Int32Array, preds: Int32Array, order: Int32Array, reached: number) => void;

/** The largest edge length for which Dijkstra runs on a bucket queue (one bucket per length + 1). */
const MAX_BUCKET_LENGTH = 1 << 16;

/**
 * Dijkstra from every source with weights as lengths, counting shortest paths (Brandes), with
 * buffers allocated once for all sources; calls visit(s, dist, sigma, predCount, preds, order,
 * reached) after each source, `order` holding the reached vertices by non-decreasing distance.
 * Co-occurrence counts are whole numbers >= 1, so path lengths are exact integers: a bucket queue
 * (Dial) settles them without a heap and without tolerances. Other lengths take a binary heap.
 */
function allSources(
  n: number,
  adj: CompactAdjacency,
  visit: SourceVisitor,
): void {
  let maxW = 0;
  let integral = true;
  for (const x of adj.w) {
    if (!(Number.isInteger(x) && x >= 1 && x <= MAX_BUCKET_LENGTH)) {
      integral = false;
      break;
    }
    if (x > maxW) maxW = x;
  }
  if (integral) allSourcesIntegral(n, adj, maxW, visit);
  else allSourcesHeap(n, adj, visit);
}

/**
 * Dial's algorithm: vertices wait in the bucket of their tentative distance modulo (longest edge
 * + 1), in doubly linked lists so an improved vertex moves in O(1). Every edge is at least 1 long,
 * so a vertex's predecessors are settled before it and an equal-length path never reaches a
 * settled vertex.
 */
function allSourcesIntegral(
  n: number,
  adj: CompactAdjacency,
  maxW: number,
  visit: SourceVisitor,
): void {
  const { start, to, w } = adj;
  const B = maxW + 1;
  const dist = new Float64Array(n);
  const sigma = new Float64Array(n);
  const predCount = new Int32Array(n);
  const preds = new Int32Array(to.length);
  const order = new Int32Array(n);
  const head = new Int32Array(B);
  const next = new Int32Array(n);
  const prev = new Int32Array(n);
  const bucketOf = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    dist.fill(Infinity);
    head.fill(-1);
    let reached = 0;
    dist[s] = 0;
    sigma[s] = 1;
    predCount[s] = 0;
    head[0] = s;
    next[s] = -1;
    prev[s] = -1;
    bucketOf[s] = 0;
    let queued = 1;
    let cur = 0;
    let b = 0;
    while (queued > 0) {
      while (head[b] === -1) {
        cur++;
        b = b + 1 === B ? 0 : b + 1;
      }
      const u = head[b]!;
      const nu = next[u]!;
      head[b] = nu;
      if (nu !== -1) prev[nu] = -1;
      queued--;
      order[reached++] = u;
      const su = sigma[u]!;
      for (let q = start[u]!, end = start[u + 1]!; q < end; q++) {
        const v = to[q]!;
        const alt = cur + w[q]!;
        const dv = dist[v]!;
        if (alt > dv) continue;
        if (alt === dv) {
          sigma[v]! += su;
          preds[start[v]! + predCount[v]!++] = u;
          continue;
        }
        if (dv === Infinity) queued++;
        else {
          const pv = prev[v]!;
          const nv = next[v]!;
          if (pv === -1) head[bucketOf[v]!] = nv;
          else next[pv] = nv;
          if (nv !== -1) prev[nv] = pv;
        }
        dist[v] = alt;
        sigma[v] = su;
        preds[start[v]!] = u;
        predCount[v] = 1;
        let nb = b + (alt - cur);
        if (nb >= B) nb -= B;
        bucketOf[v] = nb;
        const h = head[nb]!;
        next[v] = h;
        prev[v] = -1;
        if (h !== -1) prev[h] = v;
        head[nb] = v;
      }
    }
    visit(s, dist, sigma, predCount, preds, order, reached);
  }
}

/**
 * Lengths that are not whole numbers: a lazy binary heap of (distance when pushed, vertex), one
 * entry per improvement; an entry outdated by a later improvement comes out after the current one
 * and is skipped. Ties within igraph's relative tolerance count as equal paths. (Comparing entries
 * on live distances instead, as this heap once did, breaks the heap order when a distance drops
 * and can settle a vertex before its shortest path is known.)
 */
function allSourcesHeap(
  n: number,
  adj: CompactAdjacency,
  visit: SourceVisitor,
): void {
  const { start, to, w } = adj;
  const dist = new Float64Array(n);
  const sigma = new Float64Array(n);
  // A vertex's predecessors are among its neighbours: its slots in `preds` mirror its adjacency.
  const predCount = new Int32Array(n);
  const preds = new Int32Array(to.length);
  const order = new Int32Array(n);
  const done = new Uint8Array(n);
  // Every push follows a strict improvement of some vertex: at most one per edge end plus the source.
  const heap = new Int32Array(to.length + 1);
  const key = new Float64Array(to.length + 1);
  // Entry a comes before entry b: smaller distance, then smaller vertex.
  const before = (a: number, b: number): boolean => key[a]! < key[b]! || (key[a] === key[b] && heap[a]! < heap[b]!);
  for (let s = 0; s < n; s++) {
    dist.fill(Infinity);
    sigma.fill(0);
    predCount.fill(0);
    done.fill(0);
    let reached = 0;
    dist[s] = 0;
    sigma[s] = 1;
    let size = 1;
    heap[0] = s;
    key[0] = 0;
    while (size > 0) {
      // Pop: the last entry goes to the top and sifts down.
      const u: number = heap[0]!;
      size--;
      if (size > 0) {
        heap[0] = heap[size]!;
        key[0] = key[size]!;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < size && before(l, m)) m = l;
          if (r < size && before(r, m)) m = r;
          if (m === i) break;
          const hv = heap[m]!;
          const hk = key[m]!;
          heap[m] = heap[i]!;
          key[m] = key[i]!;
          heap[i] = hv;
          key[i] = hk;
          i = m;
        }
      }
      if (done[u]) continue;
      done[u] = 1;
      order[reached++] = u;
      const du = dist[u]!;
      for (let q: number = start[u]!, end: number = start[u + 1]!; q < end; q++) {
        const v = to[q]!;
        const alt = du + w[q]!;
        const dv = dist[v]!;
        // The common case first: cmp(alt, dv) > 0, nothing to do whether v is settled or not
        // (lengths are >= 0, so alt is the larger of the two).
        if (alt > dv && dv >= 0 && alt - dv > 1e-10 * alt) continue;
        if (done[v]) continue;
        const c = dv === Infinity ? (alt === Infinity ? 0 : -1) : cmp(alt, dv);
        if (c < 0) {
          dist[v] = alt;
          sigma[v] = sigma[u]!;
          preds[start[v]!] = u;
          predCount[v] = 1;
          // Push: sift up from the end.
          let i = size++;
          while (i > 0) {
            const p = (i - 1) >> 1;
            const hp = heap[p]!;
            const kp = key[p]!;
            if (!(alt < kp || (alt === kp && v < hp))) break;
            heap[i] = hp;
            key[i] = kp;
            i = p;
          }
          heap[i] = v;
          key[i] = alt;
        } else if (c === 0) {
          sigma[v]! += sigma[u]!;
          preds[start[v]! + predCount[v]!++] = u;
        }
      }
    }
    visit(s, dist, sigma, predCount, preds, order, reached);
  }
}

export interface PathCentralities {
  betweenness: number[];
  closeness: number[];
}

/** Betweenness and closeness from one Dijkstra per source (each is what its own function returns). */
export function pathCentralities(n: number, edges: readonly WeightedEdge[]): PathCentralities {
  const adj = compactAdjacency(n, edges);
  const cb = new Float64Array(n);
  const delta = new Float64Array(n);
  const clo: number[] = [];
  const start = adj.start;
  allSources(n, adj, (s, dist, sigma, predCount, preds, order, reached) => {
    delta.fill(0);
    for (let k = reached - 1; k >= 0; k--) {
      const x = order[k]!;
      for (let q: number = start[x]!, end = q + predCount[x]!; q < end; q++) {
        const v = preds[q]!;
        delta[v]! += (sigma[v]! / sigma[x]!) * (1 + delta[x]!);
      }
      if (x !== s) cb[x]! += delta[x]!;
    }
    let sum = 0;
    for (let k = 0; k < reached; k++) if (order[k] !== s) sum += dist[order[k]!]!;
    clo.push(reached > 1 ? 1 / sum : Number.NaN);
  });
  return { betweenness: [...cb].map((x) => x / 2), closeness: clo };
}

/** Betweenness with weights as distances, undirected (each pair once), not normalised. */
export function betweenness(n: number, edges: readonly WeightedEdge[]): number[] {
  return pathCentralities(n, edges).betweenness;
}

/** Closeness: 1 / sum of weighted distances to the vertices reachable from each vertex (NaN if none). */
export function closeness(n: number, edges: readonly WeightedEdge[]): number[] {
  return pathCentralities(n, edges).closeness;
}

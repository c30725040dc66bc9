import type { WeightedEdge } from "./walktrap.ts";
import { adjacency } from "./graph.ts";

/**
 * Vertex statistics of networkPlot (spec §5 step 9) on an undirected weighted graph. Written here
 * rather than taken from graphology-metrics because igraph uses the weights as *distances* for
 * betweenness and closeness, and its PageRank redistributes dangling mass uniformly.
 */

/** PageRank, damping 0.85, edge weights, normalised to sum 1; iterated to convergence (~1e-15). */
export function pageRank(n: number, edges: readonly WeightedEdge[], damping = 0.85): number[] {
  if (n === 0) return [];
  const adj = adjacency(n, edges);
  const strength = adj.map((a) => a.w.reduce((s, w) => s + w, 0));
  let pr = new Float64Array(n).fill(1 / n);
  for (let iter = 0; iter < 10_000; iter++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (strength[i] === 0) dangling += pr[i]!;
    const base = (1 - damping) / n + (damping * dangling) / n;
    const next = new Float64Array(n).fill(base);
    for (let i = 0; i < n; i++) {
      if (strength[i] === 0) continue;
      const share = (damping * pr[i]!) / strength[i]!;
      const a = adj[i]!;
      for (let q = 0; q < a.to.length; q++) next[a.to[q]!]! += share * a.w[q]!;
    }
    let sum = 0;
    for (let i = 0; i < n; i++) sum += next[i]!;
    let diff = 0;
    for (let i = 0; i < n; i++) {
      next[i] = next[i]! / sum;
      diff += Math.abs(next[i]! - pr[i]!);
    }
    pr = next;
    if (diff < 1e-15) break;
  }
  return [...pr];
}

/** igraph compares path lengths with a relative tolerance, so float sums that should tie do tie. */
function cmp(a: number, b: number): number {
  if (a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a < b ? -1 : 1;
  const diff = Math.abs(a - b);
  if (diff <= 1e-10 * Math.max(Math.abs(a), Math.abs(b))) return 0;
  return a < b ? -1 : 1;
}

interface ShortestPaths {
  dist: Float64Array;
  sigma: Float64Array;
  preds: number[][];
  order: number[];
}

/** Dijkstra from s with weights as lengths, counting shortest paths (Brandes). */
function dijkstra(n: number, adj: { to: number[]; w: number[] }[], s: number): ShortestPaths {
  const dist = new Float64Array(n).fill(Infinity);
  const sigma = new Float64Array(n);
  const preds: number[][] = Array.from({ length: n }, () => []);
  const order: number[] = [];
  const done = new Uint8Array(n);
  dist[s] = 0;
  sigma[s] = 1;
  // Binary heap on (dist, vertex).
  const heap: number[] = [s];
  const less = (x: number, y: number): boolean => dist[x]! < dist[y]! || (dist[x] === dist[y] && x < y);
  const push = (v: number): void => {
    heap.push(v);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  while (heap.length > 0) {
    const u = pop();
    if (done[u]) continue;
    done[u] = 1;
    order.push(u);
    const a = adj[u]!;
    for (let q = 0; q < a.to.length; q++) {
      const v = a.to[q]!;
      if (done[v]) continue;
      const alt = dist[u]! + a.w[q]!;
      const c = cmp(alt, dist[v]!);
      if (c < 0) {
        dist[v] = alt;
        sigma[v] = sigma[u]!;
        preds[v] = [u];
        push(v);
      } else if (c === 0) {
        sigma[v]! += sigma[u]!;
        preds[v]!.push(u);
      }
    }
  }
  return { dist, sigma, preds, order };
}

/** Betweenness with weights as distances, undirected (each pair once), not normalised. */
export function betweenness(n: number, edges: readonly WeightedEdge[]): number[] {
  const adj = adjacency(n, edges);
  const cb = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const { sigma, preds, order } = dijkstra(n, adj, s);
    const delta = new Float64Array(n);
    for (let k = order.length - 1; k >= 0; k--) {
      const w = order[k]!;
      for (const v of preds[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) cb[w]! += delta[w]!;
    }
  }
  return [...cb].map((x) => x / 2);
}

/** Closeness: 1 / sum of weighted distances to the vertices reachable from each vertex (NaN if none). */
export function closeness(n: number, edges: readonly WeightedEdge[]): number[] {
  const adj = adjacency(n, edges);
  const out: number[] = [];
  for (let s = 0; s < n; s++) {
    const { dist, order } = dijkstra(n, adj, s);
    let sum = 0;
    for (const v of order) if (v !== s) sum += dist[v]!;
    out.push(order.length > 1 ? 1 / sum : Number.NaN);
  }
  return out;
}

import { ComponentsAlgorithm, GradientDescentVOSLayoutAlgorithm, Layout, type Network } from "networkanalysis-ts";
import { Random } from "networkanalysis-ts/utils/index.js";
import { cwtsNetwork, type WeightedGraph } from "./graph.ts";

/**
 * A deterministic map layout for the site's network figures: VOSviewer's VOS layout
 * (networkanalysis-ts, the CWTS library behind VOSviewer) with a seeded random start, on the
 * association-strength-normalised network as VOSviewer does, standardised so that the mean
 * distance between nodes is 1 and the map is centred.
 *
 * A network of several connected components is laid out one component at a time, the components
 * then set side by side. Laid out as one, its components repel each other without end: the
 * gradient descent never settles and runs its full 1,000 iterations (45 ms for a 50-node keyword
 * map in three components, against 4 ms for a connected one), and the distances between
 * components, which mean nothing, dwarf those within them.
 */

export interface NodePosition {
  label: string;
  x: number;
  y: number;
}

export interface VosLayoutOptions {
  seed?: number;
  attraction?: number;
  repulsion?: number;
  randomStarts?: number;
}

/** Space left between two components, in units of the mean node distance within a component. */
const COMPONENT_GAP = 0.5;

export function vosLayout(g: WeightedGraph, options: VosLayoutOptions = {}): NodePosition[] {
  const n = g.labels.length;
  if (n === 0) return [];
  if (n === 1) return [{ label: g.labels[0]!, x: 0, y: 0 }];
  const random = new Random(options.seed ?? 0);
  const network = cwtsNetwork(g);
  // Components by size, largest first (ties in order of their first node), each node list ascending.
  const components = new ComponentsAlgorithm().findClustering(network);
  if (components.getNClusters() === 1) {
    const [xs, ys] = componentLayout(network, options, random);
    return g.labels.map((label, v) => ({ label, x: xs[v]!, y: ys[v]! }));
  }
  const xs = new Array<number>(n).fill(0);
  const ys = new Array<number>(n).fill(0);
  const subnetworks = network.createSubnetworks(components);
  const boxes = components.getNodesPerCluster().map((vertices, c) => {
    const [cx, cy] = vertices.length === 1 ? [[0], [0]] : componentLayout(subnetworks[c]!, options, random);
    // A larger component takes more room: its mean node distance grows with the square root of its size.
    const scale = Math.sqrt(vertices.length);
    const px = cx.map((x) => x * scale);
    const py = cy.map((y) => y * scale);
    const minX = Math.min(...px);
    const minY = Math.min(...py);
    return { vertices, px, py, minX, minY, width: Math.max(...px) - minX, height: Math.max(...py) - minY };
  });
  // Shelf packing, largest component first: rows no wider than the widest component or the side of
  // a square holding them all, whichever is larger.
  const area = boxes.reduce((s, b) => s + (b.width + COMPONENT_GAP) * (b.height + COMPONENT_GAP), 0);
  const rowWidth = Math.max(Math.sqrt(area), ...boxes.map((b) => b.width));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.width > rowWidth) {
      x = 0;
      y += rowHeight + COMPONENT_GAP;
      rowHeight = 0;
    }
    b.vertices.forEach((v, i) => {
      xs[v] = x + b.px[i]! - b.minX;
      ys[v] = y + b.py[i]! - b.minY;
    });
    x += b.width + COMPONENT_GAP;
    rowHeight = Math.max(rowHeight, b.height);
  }
  centreAndScale(xs, ys);
  return g.labels.map((label, v) => ({ label, x: xs[v]!, y: ys[v]! }));
}

/** One connected network: best of `randomStarts` VOS layouts, standardised (centred, principal axes, mean distance 1). */
function componentLayout(component: Network, options: VosLayoutOptions, random: Random): [number[], number[]] {
  const network = component.createNormalizedNetworkUsingAssociationStrength();
  const algorithm = new GradientDescentVOSLayoutAlgorithm();
  algorithm.initializeBasedOnAttractionAndRepulsionAndEdgeWeightIncrementAndRandom(options.attraction ?? 2, options.repulsion ?? 1, 0, random);
  let best: Layout | null = null;
  let bestQuality = Infinity;
  for (let start = 0; start < (options.randomStarts ?? 1); start++) {
    const layout = new Layout({ nNodes: network.getNNodes(), random });
    algorithm.improveLayout(network, layout);
    const quality = algorithm.calcQuality(network, layout);
    if (quality < bestQuality) {
      bestQuality = quality;
      best = layout;
    }
  }
  best!.standardize(true);
  return best!.getCoordinates() as [number[], number[]];
}

/** Centred on the mean, scaled to a mean distance of 1 between nodes, as a standardised layout. */
function centreAndScale(xs: number[], ys: number[]): void {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let total = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) total += Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!);
  const mean = total / ((n * (n - 1)) / 2);
  for (let i = 0; i < n; i++) {
    xs[i] = (xs[i]! - mx) / mean;
    ys[i] = (ys[i]! - my) / mean;
  }
}

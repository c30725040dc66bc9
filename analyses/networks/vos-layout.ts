import { GradientDescentVOSLayoutAlgorithm, Layout } from "networkanalysis-ts";
import { Random } from "networkanalysis-ts/utils/index.js";
import { cwtsNetwork, type WeightedGraph } from "./graph.ts";

/**
 * A deterministic map layout for the site's network figures: VOSviewer's VOS layout
 * (networkanalysis-ts, the CWTS library behind VOSviewer) with a seeded random start, on the
 * association-strength-normalised network as VOSviewer does, standardised so that the mean
 * distance between nodes is 1 and the map is centred.
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

export function vosLayout(g: WeightedGraph, options: VosLayoutOptions = {}): NodePosition[] {
  const n = g.labels.length;
  if (n === 0) return [];
  if (n === 1) return [{ label: g.labels[0]!, x: 0, y: 0 }];
  const network = cwtsNetwork(g).createNormalizedNetworkUsingAssociationStrength();
  const random = new Random(options.seed ?? 0);
  const algorithm = new GradientDescentVOSLayoutAlgorithm();
  algorithm.initializeBasedOnAttractionAndRepulsionAndEdgeWeightIncrementAndRandom(
    options.attraction ?? 2,
    options.repulsion ?? 1,
    0,
    random,
  );
  let best: Layout | null = null;
  let bestQuality = Infinity;
  for (let start = 0; start < (options.randomStarts ?? 1); start++) {
    const layout = new Layout({ nNodes: n, random });
    algorithm.improveLayout(network, layout);
    const quality = algorithm.calcQuality(network, layout);
    if (quality < bestQuality) {
      bestQuality = quality;
      best = layout;
    }
  }
  best!.standardize(true);
  const [xs, ys] = best!.getCoordinates() as [number[], number[]];
  return g.labels.map((label, v) => ({ label, x: xs[v]!, y: ys[v]! }));
}

/**
 * Figure: the thematic map (spec §6.5). Clusters as bubbles on the rank axes, x = rcentrality
 * ("relevance degree"), y = rdensity ("development degree"); the two reference lines at the axis
 * origin (the mean ranks, (k+1)/2); the four quadrant names; bubble radius proportional to
 * log(freq) as in bibliometrix; labelled by the theme label (labels only when freq > 1).
 * Plot limits: origin ± 1.2 × the largest distance of a rank from the origin on each axis.
 */
import { toCsv } from "../util/csv.ts";
import { type BuiltFigure, categoryColor, expectInput, fmtInt, listText, VEGA_LITE_SCHEMA, VL_CONFIG } from "./figure-types.ts";
import type { ThematicClusterInput, ThematicMapInput } from "./inputs.ts";
import { renderFigure, type VegaLiteSpec } from "./render-svg.ts";

export const QUADRANTS = {
  motor: "Motor themes",
  niche: "Niche themes",
  emerging: "Emerging or declining themes",
  basic: "Basic themes",
} as const;

export type QuadrantName = (typeof QUADRANTS)[keyof typeof QUADRANTS];

/**
 * Our quadrant rule (spec §6.5): strictly above the mean rank = high. A rank exactly on a
 * mean is "borderline" between the two candidate quadrants (named in `candidates`).
 */
export function quadrantOf(c: Pick<ThematicClusterInput, "rcentrality" | "rdensity">, origin: ThematicMapInput["axisOrigin"]): {
  quadrant: QuadrantName | "Borderline";
  candidates: QuadrantName[];
} {
  const sides = (v: number, o: number): ("high" | "low")[] => (v > o ? ["high"] : v < o ? ["low"] : ["high", "low"]);
  const names: QuadrantName[] = [];
  for (const cx of sides(c.rcentrality, origin.mean_rcentrality)) {
    for (const dy of sides(c.rdensity, origin.mean_rdensity)) {
      names.push(cx === "high" ? (dy === "high" ? QUADRANTS.motor : QUADRANTS.basic) : dy === "high" ? QUADRANTS.niche : QUADRANTS.emerging);
    }
  }
  return { quadrant: names.length === 1 ? names[0]! : "Borderline", candidates: names };
}

/** Top words of a cluster from "word score\nword score" (scores dropped). */
export function topWords(c: ThematicClusterInput): string[] {
  return (c.top_words_with_score ?? "")
    .split("\n")
    .map((line) => line.replace(/\s+-?[\d.]+(e[-+]?\d+)?$/i, "").trim())
    .filter((w) => w !== "");
}

function validate(input: ThematicMapInput): void {
  expectInput(Array.isArray(input.clusters), "thematic map", "`clusters` must be an array");
  expectInput(input.axisOrigin && Number.isFinite(input.axisOrigin.mean_rcentrality) && Number.isFinite(input.axisOrigin.mean_rdensity),
    "thematic map", "`axisOrigin` must hold mean_rcentrality and mean_rdensity");
  input.clusters.forEach((c, i) => {
    for (const key of ["rcentrality", "rdensity", "freq", "centrality", "density", "n"] as const) {
      expectInput(Number.isFinite(c[key]), "thematic map", `clusters[${i}].${key} must be a number`);
    }
    expectInput(typeof c.label === "string", "thematic map", `clusters[${i}].label must be a string`);
  });
}

export interface ThematicMapOptions {
  title?: string;
  width?: number;
  height?: number;
}

export async function thematicMapFigure(input: ThematicMapInput, opts: ThematicMapOptions = {}): Promise<BuiltFigure> {
  validate(input);
  const title = opts.title ?? "Thematic map";
  const origin = input.axisOrigin;
  const ox = origin.mean_rcentrality;
  const oy = origin.mean_rdensity;
  const spread = (vals: number[], o: number): number => 1.2 * Math.max(0.5, ...vals.map((v) => Math.abs(v - o)));
  const dx = spread(input.clusters.map((c) => c.rcentrality), ox);
  const dy = spread(input.clusters.map((c) => c.rdensity), oy);
  const xDomain = [ox - dx, ox + dx];
  const yDomain = [oy - dy, oy + dy];

  const logs = input.clusters.map((c) => Math.log(Math.max(1, c.freq)));
  const lo = Math.min(...logs, 0);
  const hi = Math.max(...logs, 1);
  // bibliometrix: scale_radius over log(freq); here radius 6..28 px, Vega-Lite sizes are areas.
  const radius = (f: number): number => 6 + ((Math.log(Math.max(1, f)) - lo) / (hi - lo || 1)) * 22;

  const rows = input.clusters.map((c, i) => {
    const q = quadrantOf(c, origin);
    return {
      cluster: i + 1,
      label: c.label,
      words: topWords(c).join(", "),
      n: c.n,
      freq: c.freq,
      centrality: c.centrality,
      density: c.density,
      rcentrality: c.rcentrality,
      rdensity: c.rdensity,
      quadrant: q.quadrant === "Borderline" ? `Borderline (${q.candidates.join(" / ")})` : q.quadrant,
      area: Math.round(Math.PI * radius(c.freq) ** 2),
      color: categoryColor(i),
      shown: c.freq > 1 ? c.label : "",
    };
  });

  const corners = [
    { text: QUADRANTS.motor, x: xDomain[1], y: yDomain[1], align: "right" as const, baseline: "top" as const },
    { text: QUADRANTS.niche, x: xDomain[0], y: yDomain[1], align: "left" as const, baseline: "top" as const },
    { text: QUADRANTS.emerging, x: xDomain[0], y: yDomain[0], align: "left" as const, baseline: "bottom" as const },
    { text: QUADRANTS.basic, x: xDomain[1], y: yDomain[0], align: "right" as const, baseline: "bottom" as const },
  ];
  const counts = new Map<string, string[]>();
  for (const r of rows) counts.set(r.quadrant, [...(counts.get(r.quadrant) ?? []), r.label]);
  const motor = counts.get(QUADRANTS.motor) ?? [];
  const alt = rows.length
    ? `Thematic map of ${rows.length} themes on relevance (centrality rank, x) and development (density rank, y). ` +
      [...counts.entries()].map(([q, labels]) => `${q}: ${labels.length}`).join("; ") + "." +
      (motor.length ? ` Motor themes: ${listText(motor.slice(0, 5))}${motor.length > 5 ? ", ..." : ""}.` : "")
    : "No theme: the co-word network had no cluster.";
  const caption =
    `Themes (clusters of ${input.field ? `${input.field} ` : ""}keywords) placed by the rank of their centrality (relevance) and density (development); ` +
    `the lines cross at the mean ranks (${ox}, ${oy}); bubble area grows with the log of the theme's occurrences.`;

  const x = { field: "rcentrality", type: "quantitative", scale: { domain: xDomain, nice: false, zero: false }, title: "Relevance degree (centrality rank)" } as const;
  const y = { field: "rdensity", type: "quantitative", scale: { domain: yDomain, nice: false, zero: false }, title: "Development degree (density rank)" } as const;
  const spec: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, anchor: "start" },
    description: alt,
    width: opts.width ?? 620,
    height: opts.height ?? 460,
    layer: [
      { data: { values: [{ v: ox }] }, mark: { type: "rule", color: "#666", strokeDash: [4, 3] }, encoding: { x: { ...x, field: "v" } } },
      { data: { values: [{ v: oy }] }, mark: { type: "rule", color: "#666", strokeDash: [4, 3] }, encoding: { y: { ...y, field: "v" } } },
      ...corners.map((c) => ({
        data: { values: [c] },
        mark: { type: "text" as const, fontSize: 12, fontWeight: "bold" as const, color: "#555", align: c.align, baseline: c.baseline },
        encoding: { x: { ...x, field: "x" }, y: { ...y, field: "y" }, text: { field: "text" } },
      })),
      {
        data: { values: rows },
        mark: { type: "circle", opacity: 0.7, stroke: "#ffffff", strokeWidth: 1 },
        encoding: {
          x,
          y,
          size: { field: "area", type: "quantitative", scale: null, legend: null },
          color: { field: "color", type: "nominal", scale: null, legend: null },
          tooltip: [
            { field: "label", title: "Theme" },
            { field: "words", title: "Top words" },
            { field: "freq", type: "quantitative", title: "Occurrences" },
            { field: "n", type: "quantitative", title: "Words" },
            { field: "centrality", type: "quantitative", title: "Callon centrality", format: ".3f" },
            { field: "density", type: "quantitative", title: "Callon density", format: ".2f" },
            { field: "quadrant", title: "Quadrant" },
          ],
        },
      },
      {
        data: { values: rows },
        mark: { type: "text", fontSize: 11, dy: -2, color: "#1d2329" },
        encoding: { x, y, text: { field: "shown" } },
      },
    ],
    config: VL_CONFIG,
  };
  const rendered = await renderFigure(spec, { title, description: alt });
  const csv = toCsv(
    rows.map((r) => ({
      Cluster: r.cluster,
      Theme: r.label,
      TopWords: r.words,
      Words: r.n,
      Occurrences: r.freq,
      CallonCentrality: r.centrality,
      CallonDensity: r.density,
      RankCentrality: r.rcentrality,
      RankDensity: r.rdensity,
      Quadrant: r.quadrant,
    })),
    ["Cluster", "Theme", "TopWords", "Words", "Occurrences", "CallonCentrality", "CallonDensity", "RankCentrality", "RankDensity", "Quadrant"],
  );
  return {
    id: "thematic-map",
    title,
    vegaLiteSpec: spec,
    vegaSpec: rendered.vegaSpec,
    svg: rendered.svg,
    csv,
    alt: alt + ` ${fmtInt(rows.length)} themes in the CSV.`,
    caption,
    // Bubbles and their labels carry the theme label, the key of the theme index.
    drill: { field: "label", kind: "theme" },
  };
}

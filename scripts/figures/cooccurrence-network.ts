/**
 * Figure: keyword co-occurrence network map. Node positions come from the engine (a seeded VOS
 * layout), so this module only draws: edges as lines (opacity by weight), nodes as circles
 * sized by frequency and coloured by cluster, labels for the most frequent nodes.
 */
import { toCsv } from "../util/csv.ts";
import { type BuiltFigure, categoryColor, expectInput, fmtInt, VEGA_LITE_SCHEMA, VL_CONFIG } from "./figure-types.ts";
import type { NetworkInput } from "./inputs.ts";
import { renderFigure, type VegaLiteSpec } from "./render-svg.ts";

export async function cooccurrenceNetworkFigure(
  input: NetworkInput,
  opts: { title?: string; width?: number; height?: number; labels?: number } = {},
): Promise<BuiltFigure> {
  expectInput(Array.isArray(input.nodes) && Array.isArray(input.edges), "co-occurrence network", "`nodes` and `edges` must be arrays");
  const byId = new Map<string, NetworkInput["nodes"][number]>();
  input.nodes.forEach((n, i) => {
    expectInput(typeof n.id === "string" && !byId.has(n.id), "co-occurrence network", `nodes[${i}].id must be a unique string`);
    expectInput(Number.isFinite(n.x) && Number.isFinite(n.y), "co-occurrence network", `nodes[${i}] (${n.label}): x and y must be numbers`);
    expectInput(Number.isInteger(n.cluster), "co-occurrence network", `nodes[${i}] (${n.label}): cluster must be an integer`);
    byId.set(n.id, n);
  });
  const edges = input.edges.map((e, i) => {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    expectInput(s && t, "co-occurrence network", `edges[${i}]: source ${e.source} / target ${e.target} is not a node id`);
    return { source: s.label, target: t.label, weight: e.weight, x: s.x, y: s.y, x2: t.x, y2: t.y };
  });
  const title = opts.title ?? "Keyword co-occurrence network";
  const labelCount = opts.labels ?? 40;
  const byFreq = [...input.nodes].sort((a, b) => b.freq - a.freq || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const labelled = new Set(byFreq.slice(0, labelCount).map((n) => n.id));
  const nodes = input.nodes.map((n) => ({ ...n, color: categoryColor(n.cluster - 1), shown: labelled.has(n.id) ? n.label : "" }));
  const clusters = [...new Set(input.nodes.map((n) => n.cluster))].sort((a, b) => a - b);
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  const alt = nodes.length
    ? `Network map of ${fmtInt(nodes.length)} keywords in ${clusters.length} clusters joined by ${fmtInt(edges.length)} co-occurrence links; most frequent: ` +
      byFreq.slice(0, 5).map((n) => n.label).join(", ") + "."
    : "The co-occurrence network is empty.";
  const caption = `Keywords (nodes, sized by occurrences, coloured by cluster) linked when they occur in the same documents (line opacity grows with the number of documents); the ${Math.min(labelCount, nodes.length)} most frequent are labelled.`;
  const scale = { zero: false, nice: false } as const;
  const noAxis = { axis: null, title: null } as const;
  const spec: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: title, anchor: "start" },
    description: alt,
    width: opts.width ?? 640,
    height: opts.height ?? 480,
    layer: [
      {
        data: { values: edges },
        mark: { type: "rule", color: "#8c99a6" },
        encoding: {
          x: { field: "x", type: "quantitative", scale, ...noAxis },
          y: { field: "y", type: "quantitative", scale, ...noAxis },
          x2: { field: "x2" },
          y2: { field: "y2" },
          opacity: { field: "weight", type: "quantitative", scale: { domain: [0, maxW], range: [0.15, 0.7] }, legend: null },
          strokeWidth: { field: "weight", type: "quantitative", scale: { domain: [0, maxW], range: [0.5, 3] }, legend: null },
        },
      },
      {
        data: { values: nodes },
        mark: { type: "circle", opacity: 0.9, stroke: "#ffffff", strokeWidth: 0.75 },
        encoding: {
          x: { field: "x", type: "quantitative", scale, ...noAxis },
          y: { field: "y", type: "quantitative", scale, ...noAxis },
          size: { field: "freq", type: "quantitative", scale: { range: [30, 700] }, legend: null },
          color: { field: "color", type: "nominal", scale: null, legend: null },
          tooltip: [
            { field: "label", title: "Keyword" },
            { field: "freq", type: "quantitative", title: "Occurrences" },
            { field: "cluster", type: "quantitative", title: "Cluster" },
          ],
        },
      },
      {
        data: { values: nodes },
        mark: { type: "text", fontSize: 10, dy: -9, color: "#1d2329" },
        encoding: {
          x: { field: "x", type: "quantitative", scale, ...noAxis },
          y: { field: "y", type: "quantitative", scale, ...noAxis },
          text: { field: "shown" },
        },
      },
    ],
    config: VL_CONFIG,
  };
  const rendered = await renderFigure(spec, { title, description: alt });
  const csv = toCsv(
    nodes.map((n) => ({ Id: n.id, Keyword: n.label, Cluster: n.cluster, Occurrences: n.freq, x: n.x, y: n.y })),
    ["Id", "Keyword", "Cluster", "Occurrences", "x", "y"],
  );
  // Node labels are the keywords lower-cased; the drill-down matches them case-insensitively.
  return { id: "cooccurrence-network", title, vegaLiteSpec: spec, vegaSpec: rendered.vegaSpec, svg: rendered.svg, csv, alt, caption, drill: { field: "label", kind: "keyword" } };
}

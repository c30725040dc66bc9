/**
 * Figure: thematic evolution as an alluvial diagram (spec §7.5). Columns are the time slices,
 * nodes the themes of each slice (only themes that take part in a link, as in bibliometrix),
 * flows the links between consecutive slices with width = weighted inclusion index.
 *
 * The layout is computed here, at build time, with d3-sankey (deterministic: fixed node order,
 * fixed iterations); the Vega spec only draws the computed rectangles and link paths, so the
 * browser view equals the static SVG. Nodes are keyed by "label--period", never by id
 * (bibliometrix's ids can point at the wrong node with 4+ slices, spec §7.5).
 */
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from "d3-sankey";
import { toCsv } from "../util/csv.ts";
import { type BuiltFigure, dataMark, categoryColor, expectInput, fmtInt, VEGA_SCHEMA } from "./figure-types.ts";
import type { ThematicEvolutionInput } from "./inputs.ts";
import { renderVegaSvg, type VegaSpec } from "./render-svg.ts";

interface NodeExtra {
  key: string;
  name: string;
  period: string;
  column: number;
  freq: number;
  color: string;
}
interface LinkExtra {
  words: string;
  incWeighted: number;
  inclusion: number | null;
}
type SNode = SankeyNode<NodeExtra, LinkExtra>;
type SLink = SankeyLink<NodeExtra, LinkExtra>;

/** Periods in time order ("2001-2019" < "2020-2021"): by first year, then text. */
function periodOrder(a: string, b: string): number {
  const ya = Number.parseInt(a, 10);
  const yb = Number.parseInt(b, 10);
  if (ya !== yb && Number.isFinite(ya) && Number.isFinite(yb)) return ya - yb;
  return a < b ? -1 : a > b ? 1 : 0;
}

const round = (v: number): number => Math.round(v * 100) / 100;

export async function thematicEvolutionFigure(
  input: ThematicEvolutionInput,
  opts: { title?: string; width?: number; height?: number } = {},
): Promise<BuiltFigure> {
  expectInput(Array.isArray(input.Nodes) && Array.isArray(input.Data), "thematic evolution", "`Nodes` and `Data` must be arrays");
  const title = opts.title ?? "Thematic evolution";
  const width = opts.width ?? 680;
  const height = opts.height ?? 420;
  const top = 28; // room for the slice headers
  const periods = [...new Set(input.Nodes.map((n) => n.group))].sort(periodOrder);
  const names = [...new Set(input.Nodes.map((n) => n.name))].sort();
  const nodes: NodeExtra[] = input.Nodes.map((n, i) => {
    expectInput(typeof n.label === "string" && typeof n.group === "string", "thematic evolution", `Nodes[${i}] needs label and group`);
    return { key: n.label, name: n.name, period: n.group, column: periods.indexOf(n.group), freq: n.freq, color: categoryColor(names.indexOf(n.name)) };
  });
  const keys = new Set(nodes.map((n) => n.key));
  expectInput(keys.size === nodes.length, "thematic evolution", "node labels (name--period) must be unique");
  const links = input.Data.map((d, i) => {
    expectInput(keys.has(d.CL1) && keys.has(d.CL2), "thematic evolution", `Data[${i}]: ${d.CL1} -> ${d.CL2} names a node that is not in Nodes`);
    expectInput(Number.isFinite(d.Inc_Weighted) && d.Inc_Weighted > 0, "thematic evolution", `Data[${i}]: Inc_Weighted must be a positive number`);
    return { source: d.CL1, target: d.CL2, value: d.Inc_Weighted, words: d.Words ?? "", incWeighted: d.Inc_Weighted, inclusion: d.Inc_index ?? null };
  });

  const layout = sankey<NodeExtra, LinkExtra>()
    .nodeId((n) => n.key)
    .nodeAlign((n) => (n as SNode).column)
    .nodeSort((a, b) => b.freq - a.freq || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .nodeWidth(12)
    .nodePadding(10)
    .iterations(32)
    .extent([
      [1, top],
      [width - 1, height - 2],
    ]);
  const graph = nodes.length ? layout({ nodes: nodes.map((n) => ({ ...n })), links: links.map((l) => ({ ...l })) }) : { nodes: [] as SNode[], links: [] as SLink[] };
  const path = sankeyLinkHorizontal<NodeExtra, LinkExtra>();
  const lastColumn = periods.length - 1;

  const nodeValues = graph.nodes.map((n) => ({
    key: n.key,
    name: n.name,
    period: n.period,
    freq: n.freq,
    color: n.color,
    x0: round(n.x0 ?? 0),
    x1: round(n.x1 ?? 0),
    y0: round(n.y0 ?? 0),
    y1: round(n.y1 ?? 0),
    labelX: n.column === lastColumn ? round((n.x0 ?? 0) - 4) : round((n.x1 ?? 0) + 4),
    labelAlign: n.column === lastColumn ? "right" : "left",
    labelY: round(((n.y0 ?? 0) + (n.y1 ?? 0)) / 2),
  }));
  const linkValues = graph.links.map((l) => {
    const s = l.source as SNode;
    const t = l.target as SNode;
    return {
      from: `${s.name} (${s.period})`,
      to: `${t.name} (${t.period})`,
      incWeighted: l.incWeighted,
      inclusion: l.inclusion,
      words: l.words,
      color: s.color,
      path: path(l) ?? "",
      width: round(Math.max(1, l.width ?? 1)),
    };
  });
  const columnX = (c: number): number => {
    const ns = nodeValues.filter((n) => periods.indexOf(n.period) === c);
    return ns.length ? (ns[0]!.x0 + ns[0]!.x1) / 2 : 0;
  };
  const headers = periods.map((p, c) => ({
    text: p,
    x: round(columnX(c)),
    align: c === 0 ? "left" : c === lastColumn ? "right" : "center",
  }));

  const strongest = [...linkValues].sort((a, b) => b.incWeighted - a.incWeighted)[0];
  const alt = nodeValues.length
    ? `Alluvial diagram of ${nodeValues.length} themes across ${periods.length} periods (${periods.join(", ")}) joined by ${linkValues.length} flows` +
      (strongest ? `; the strongest flow runs from ${strongest.from} to ${strongest.to} (weighted inclusion ${strongest.incWeighted.toFixed(2)}).` : ".")
    : "No theme is linked across periods: the diagram is empty.";
  const caption =
    `Themes of each period (${periods.join(", ")}${input.slice_sizes ? `; ${input.slice_sizes.map(fmtInt).join(", ")} documents` : ""}) and how they flow into the next one; ` +
    `flow width = weighted inclusion index (shared keyword occurrences). Themes linked to no other period are not drawn, as in bibliometrix.`;

  const vegaSpec: VegaSpec = {
    $schema: VEGA_SCHEMA,
    description: alt,
    title: { text: title, anchor: "start" },
    width,
    height,
    padding: 5,
    data: [
      { name: "links", values: linkValues },
      { name: "nodes", values: nodeValues },
      { name: "headers", values: headers },
    ],
    marks: [
      dataMark("path", "links", {
        path: { field: "path" },
        stroke: { field: "color" },
        strokeWidth: { field: "width" },
        strokeOpacity: { value: 0.35 },
        tooltip: {
          signal: "{'From': datum.from, 'To': datum.to, 'Weighted inclusion': format(datum.incWeighted, '.3f'), 'Shared words': datum.words}",
        },
      }),
      dataMark("rect", "nodes", {
        x: { field: "x0" },
        x2: { field: "x1" },
        y: { field: "y0" },
        y2: { field: "y1" },
        fill: { field: "color" },
        stroke: { value: "#1d2329" },
        strokeWidth: { value: 0.5 },
        tooltip: { signal: "{'Theme': datum.name, 'Period': datum.period, 'Occurrences': datum.freq}" },
      }),
      dataMark("text", "nodes", {
        x: { field: "labelX" },
        y: { field: "labelY" },
        text: { field: "name" },
        align: { field: "labelAlign" },
        baseline: { value: "middle" },
        fontSize: { value: 11 },
        fill: { value: "#1d2329" },
      }),
      dataMark("text", "headers", {
        x: { field: "x" },
        y: { value: 12 },
        text: { field: "text" },
        align: { field: "align" },
        fontSize: { value: 12 },
        fontWeight: { value: "bold" },
        fill: { value: "#1d2329" },
      }),
    ],
  } as VegaSpec;
  const svg = await renderVegaSvg(vegaSpec, { title, description: alt });
  const csv = toCsv(
    linkValues.map((l) => ({ From: l.from, To: l.to, WeightedInclusion: l.incWeighted, Inclusion: l.inclusion ?? "", SharedWords: l.words })),
    ["From", "To", "WeightedInclusion", "Inclusion", "SharedWords"],
  );
  return { id: "thematic-evolution", title, vegaSpec, svg, csv, alt, caption };
}

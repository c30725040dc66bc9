/**
 * Figure: the ledger as a PRISMA-style flow diagram (the reference study's Figure 1):
 * identification (records read from the export files), screening (records that could not be
 * parsed, duplicates), eligibility (filters, with their rules) and inclusion (documents
 * analysed). Boxes on the left carry the running count; boxes on the right what left at each
 * step. Drawn as a Vega spec with fixed coordinates (no layout, nothing random).
 */
import type { LedgerSummary } from "../pages/page-data.ts";
import { toCsv } from "../util/csv.ts";
import { type BuiltFigure, dataMark, fmtInt, plural, VEGA_SCHEMA } from "./figure-types.ts";
import { renderVegaSvg, type VegaSpec } from "./render-svg.ts";

const W = 640;
const STAGE_W = 26;
const MAIN_X = 40;
const MAIN_W = 270;
const SIDE_X = 360;
const SIDE_W = 275;
const BOX_H = 84;
const GAP = 34;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  kind: "main" | "side" | "final";
}

export function prismaFlowFigure(ledger: LedgerSummary, opts: { title?: string; database?: string } = {}): Promise<BuiltFigure> {
  const title = opts.title ?? "Flow of records (PRISMA)";
  const afterRejected = ledger.read - ledger.rejected;
  const afterDuplicates = afterRejected - ledger.duplicates;
  const filterLines = ledger.filters.filter((f) => f.count > 0).map((f) => `${f.rule}: ${fmtInt(f.count)}`);
  const rows: { stage: string; main: string[]; side?: string[] }[] = [
    {
      stage: "Identification",
      main: ["Records identified", ...(opts.database ? [opts.database] : []), `in ${plural(ledger.files.length, "export file", "export files")}`, `n = ${fmtInt(ledger.read)}`],
      side: ["Records rejected", "(could not be parsed)", `n = ${fmtInt(ledger.rejected)}`],
    },
    {
      stage: "Screening",
      main: ["Records parsed", `n = ${fmtInt(afterRejected)}`],
      side: ["Duplicate records removed", `n = ${fmtInt(ledger.duplicates)}`],
    },
    {
      stage: "Eligibility",
      main: ["Unique records assessed", `n = ${fmtInt(afterDuplicates)}`],
      side: ["Records excluded", "by the inclusion criteria", `n = ${fmtInt(ledger.filtered)}`, ...(filterLines.length ? [filterLines.join("; ")] : [])],
    },
    { stage: "Included", main: ["Documents included", "in the analyses", `n = ${fmtInt(ledger.analysed)}`] },
  ];
  const boxes: Box[] = [];
  const stages: { text: string; y: number; h: number }[] = [];
  const arrows: { x: number; y: number; x2: number; y2: number; dir: "down" | "right" }[] = [];
  rows.forEach((r, i) => {
    const y = 8 + i * (BOX_H + GAP);
    stages.push({ text: r.stage, y: y + BOX_H / 2, h: BOX_H });
    boxes.push({ x: MAIN_X, y, w: MAIN_W, h: BOX_H, lines: r.main, kind: i === rows.length - 1 ? "final" : "main" });
    if (r.side) {
      boxes.push({ x: SIDE_X, y, w: SIDE_W, h: BOX_H, lines: r.side, kind: "side" });
      arrows.push({ x: MAIN_X + MAIN_W, y: y + BOX_H / 2, x2: SIDE_X - 2, y2: y + BOX_H / 2, dir: "right" });
    }
    if (i < rows.length - 1) arrows.push({ x: MAIN_X + MAIN_W / 2, y: y + BOX_H, x2: MAIN_X + MAIN_W / 2, y2: y + BOX_H + GAP - 2, dir: "down" });
  });
  const height = 8 + rows.length * (BOX_H + GAP) - GAP + 8;
  const boxValues = boxes.map((b) => ({
    ...b,
    cx: b.x + b.w / 2,
    cy: b.y + b.h / 2 - ((b.lines.length - 1) * 14) / 2,
    fill: b.kind === "side" ? "#f5f7f9" : "#e3eef6",
    stroke: b.kind === "side" ? "#8c99a6" : "#2f6690",
    strokeWidth: b.kind === "final" ? 2 : 1,
  }));
  const alt =
    `Flow diagram: ${fmtInt(ledger.read)} records identified in ${plural(ledger.files.length, "export file", "export files")}; ` +
    `${fmtInt(ledger.rejected)} rejected, ${fmtInt(ledger.duplicates)} duplicates removed, ${fmtInt(ledger.filtered)} excluded by the criteria; ` +
    `${fmtInt(ledger.analysed)} documents included.`;
  const balanced = afterDuplicates - ledger.filtered === ledger.analysed;
  const caption =
    "Every record read is accounted for: identified = rejected + duplicates + excluded + included" +
    (balanced ? "." : ` — but here the counts do not add up (${fmtInt(afterDuplicates - ledger.filtered)} expected, ${fmtInt(ledger.analysed)} included).`);

  const vegaSpec: VegaSpec = {
    $schema: VEGA_SCHEMA,
    description: alt,
    width: W,
    height,
    padding: 5,
    data: [
      { name: "boxes", values: boxValues },
      { name: "stages", values: stages },
      { name: "arrows", values: arrows },
    ],
    marks: [
      dataMark("rect", "stages", {
        x: { value: 0 },
        width: { value: STAGE_W },
        yc: { field: "y" },
        height: { field: "h" },
        fill: { value: "#2f6690" },
        cornerRadius: { value: 3 },
      }),
      dataMark("text", "stages", {
        x: { value: STAGE_W / 2 },
        y: { field: "y" },
        text: { field: "text" },
        angle: { value: -90 },
        align: { value: "center" },
        baseline: { value: "middle" },
        fill: { value: "#ffffff" },
        fontSize: { value: 10.5 },
        fontWeight: { value: "bold" },
      }),
      dataMark("rule", "arrows", { x: { field: "x" }, y: { field: "y" }, x2: { field: "x2" }, y2: { field: "y2" }, stroke: { value: "#5b6670" }, strokeWidth: { value: 1.5 } }),
      dataMark("symbol", "arrows", {
        x: { field: "x2" },
        y: { field: "y2" },
        shape: { signal: "datum.dir === 'down' ? 'triangle-down' : 'triangle-right'" },
        size: { value: 60 },
        fill: { value: "#5b6670" },
      }),
      dataMark("rect", "boxes", {
        x: { field: "x" },
        y: { field: "y" },
        width: { field: "w" },
        height: { field: "h" },
        fill: { field: "fill" },
        stroke: { field: "stroke" },
        strokeWidth: { field: "strokeWidth" },
        cornerRadius: { value: 4 },
      }),
      dataMark("text", "boxes", {
        x: { field: "cx" },
        y: { field: "cy" },
        text: { field: "lines" },
        lineHeight: { value: 14 },
        align: { value: "center" },
        baseline: { value: "middle" },
        fontSize: { value: 11.5 },
        fill: { value: "#1d2329" },
      }),
    ],
  } as VegaSpec;
  const csv = toCsv(
    [
      { Stage: "Identification", Step: "Records identified", Count: ledger.read },
      { Stage: "Screening", Step: "Records rejected (could not be parsed)", Count: ledger.rejected },
      { Stage: "Screening", Step: "Records parsed", Count: afterRejected },
      { Stage: "Screening", Step: "Duplicate records removed", Count: ledger.duplicates },
      { Stage: "Eligibility", Step: "Unique records assessed", Count: afterDuplicates },
      ...ledger.filters.map((f) => ({ Stage: "Eligibility", Step: `Excluded: ${f.rule} (${f.detail})`, Count: f.count })),
      { Stage: "Included", Step: "Documents included", Count: ledger.analysed },
    ],
    ["Stage", "Step", "Count"],
  );
  return renderVegaSvg(vegaSpec, { title, description: alt }).then((svg) => ({ id: "prisma-flow", title, vegaSpec, svg, csv, alt, caption }));
}

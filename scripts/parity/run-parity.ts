/**
 * `npm run parity`: for every dataset bibliometrix was run on (shared/oracle/index.json), import the
 * same export with bibliosite, produce the same outputs and print, per figure, values matched / total
 * and the first mismatch. Exit code 1 when a figure differs.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { buildCorpus } from "../../analyses/corpus/build-corpus.ts";
import { bibliometrixOutputs } from "../../analyses/report/bibliometrix-outputs.ts";
import { compareJson } from "./compare-json.ts";

interface OracleEntry {
  stem: string;
  input: string;
  status: string;
}

/**
 * Leaves that are not ours to reproduce: R's column names, the oracle's own call parameters, the
 * igraph-version-dependent modularity of walktrap maps (README), and R's plot-only coordinates.
 */
const IGNORED = /^(columns|params\b|modularity$|year_method$)|\.(color|colour)$/;

/** The oracle ran on 3 December 2026: its "current year". */
const ORACLE_YEAR = 2026;

function sharedDir(): string {
  const dir = resolve(process.env.BIBLIOSITE_SHARED ?? join(import.meta.dirname, "../../../shared"));
  if (!existsSync(join(dir, "oracle", "index.json"))) {
    throw new Error(`bibliometrix's outputs not found under ${dir}/oracle (set BIBLIOSITE_SHARED to the shared folder)`);
  }
  return dir;
}

/** The parameters the oracle run chose for this dataset (cut years, min.freq). */
function readRunNotes(folder: string): { thematicEvolution_years?: number | number[]; "fieldByYear_min.freq"?: number } {
  const file = join(folder, "run-log.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")).notes ?? {}) : {};
}

/**
 * Differences kept on purpose or understood, with their reason (docs/parity.md has each in full):
 * a figure whose only mismatches fall under one of these is reported as explained, not failed.
 */
const EXPLAINED: { dataset?: RegExp; figure: RegExp; reason: string }[] = [
  { dataset: /^ai-radiology-scopus-319$/, figure: /./, reason: "bibliometrix glues 3 entries exported as `}@ARTICLE{` onto their neighbours (316 rows); we read 319" },
  { dataset: /^litstudy-petrinets-58/, figure: /^(main-info|top-cited|countries)$/, reason: "bibliometrix shifts every column after an unannounced extra cell in 56 rows" },
  { dataset: /^(neural-brain-decoding-eeg-88|sciencedirect-ai-medicine-1000)$/, figure: /^top-cited$/, reason: "SR source part: bibliometrix abbreviates titles with its ISO-4 routine, we keep the full title" },
  { dataset: /^openalexpro-/, figure: /^countries$/, reason: "countries from OpenAlex's ISO-2 codes; bibliometrix searches names in institution names" },
  { dataset: /^tobler-author-81$/, figure: /^thematic-evolution-/, reason: "bibliometrix stops with an error; we give the evolution" },
];

function explanation(dataset: string, figure: string): string | null {
  return EXPLAINED.find((e) => (!e.dataset || e.dataset.test(dataset)) && e.figure.test(figure))?.reason ?? null;
}

const hasError = (v: unknown): v is { error: string } => typeof v === "object" && v !== null && "error" in v;

/**
 * Where bibliometrix stopped with an error, the figure matches when we also decline (with our own,
 * more precise reason); where only one side declines, that is the mismatch reported.
 */
function compareOutput(ours: unknown, theirs: unknown): ReturnType<typeof compareJson> {
  if (hasError(theirs) || hasError(ours)) {
    const both = hasError(theirs) && hasError(ours);
    const say = (v: unknown) => (hasError(v) ? `error (${JSON.stringify(v.error).slice(0, 80)})` : "a result");
    return { matched: both ? 1 : 0, total: 1, firstMismatch: both ? null : `ours ${say(ours)}, bibliometrix ${say(theirs)}` };
  }
  return compareJson(ours, theirs, { ignore: IGNORED });
}

function main(): number {
  const shared = sharedDir();
  const index = JSON.parse(readFileSync(join(shared, "oracle", "index.json"), "utf8")) as OracleEntry[];
  const rows: string[][] = [["dataset", "figure", "matched / total", "first mismatch"]];
  let failures = 0;
  let explained = 0;
  for (const entry of index) {
    const folder = join(shared, "oracle", entry.stem);
    if (!existsSync(join(folder, "convert2df.json"))) {
      rows.push([entry.stem, "-", "-", `no bibliometrix output (${entry.status})`]);
      continue;
    }
    let outputs: Map<string, unknown>;
    try {
      const path = join(shared, "data", entry.input);
      const corpus = buildCorpus([{ file: basename(path), bytes: readFileSync(path) }], {});
      const notes = readRunNotes(folder);
      outputs = bibliometrixOutputs(corpus.records, {
        referenceYear: ORACLE_YEAR,
        // jsonlite writes a single cut year as a number, not an array.
        ...(notes.thematicEvolution_years !== undefined ? { evolutionYears: [notes.thematicEvolution_years].flat() } : {}),
        ...(notes["fieldByYear_min.freq"] !== undefined ? { trendMinFreq: notes["fieldByYear_min.freq"] } : {}),
      });
    } catch (error) {
      failures++;
      rows.push([entry.stem, "import", "0 / 1", (error as Error).message.split("\n")[0]!.slice(0, 160)]);
      continue;
    }
    for (const [file, ours] of outputs) {
      const oracleFile = join(folder, file);
      if (!existsSync(oracleFile)) continue;
      const theirs = JSON.parse(readFileSync(oracleFile, "utf8"));
      const figure = file.replace(/\.json$/, "");
      const result = compareOutput(ours, theirs);
      let note = result.firstMismatch ?? "";
      if (result.matched !== result.total) {
        const why = explanation(entry.stem, figure);
        if (why) {
          explained++;
          note = `explained: ${why}`;
        } else failures++;
      }
      rows.push([entry.stem, figure, `${result.matched} / ${result.total}`, note]);
    }
  }
  const widths = rows[0]!.map((_, c) => Math.min(60, Math.max(...rows.map((r) => (r[c] ?? "").length))));
  for (const row of rows) console.log(row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]!))).join("  "));
  const compared = rows.filter((r) => /^\d+ \/ \d+$/.test(r[2] ?? "")).length;
  console.log(`\n${compared} figures compared: ${compared - failures - explained} identical, ${explained} with explained differences, ${failures} unexplained`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = main();

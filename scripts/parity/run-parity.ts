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

/** The oracle ran on 3 December 2026: its "current year". */
const ORACLE_YEAR = 2026;

function sharedDir(): string {
  const dir = resolve(process.env.BIBLIOSITE_SHARED ?? join(import.meta.dirname, "../../../shared"));
  if (!existsSync(join(dir, "oracle", "index.json"))) {
    throw new Error(`bibliometrix's outputs not found under ${dir}/oracle (set BIBLIOSITE_SHARED to the shared folder)`);
  }
  return dir;
}

function main(): number {
  const shared = sharedDir();
  const index = JSON.parse(readFileSync(join(shared, "oracle", "index.json"), "utf8")) as OracleEntry[];
  const rows: string[][] = [["dataset", "figure", "matched / total", "first mismatch"]];
  let failures = 0;
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
      outputs = bibliometrixOutputs(corpus.records, { referenceYear: ORACLE_YEAR });
    } catch (error) {
      failures++;
      rows.push([entry.stem, "import", "0 / 1", (error as Error).message.split("\n")[0]!.slice(0, 160)]);
      continue;
    }
    for (const [file, ours] of outputs) {
      const oracleFile = join(folder, file);
      if (!existsSync(oracleFile)) continue;
      const theirs = JSON.parse(readFileSync(oracleFile, "utf8"));
      // convert2df.json also lists R's column names, which are not ours to reproduce.
      const result = compareJson(ours, theirs, { ignore: /^columns/ });
      if (result.matched !== result.total) failures++;
      rows.push([entry.stem, file.replace(/\.json$/, ""), `${result.matched} / ${result.total}`, result.firstMismatch ?? ""]);
    }
  }
  const widths = rows[0]!.map((_, c) => Math.min(60, Math.max(...rows.map((r) => (r[c] ?? "").length))));
  for (const row of rows) console.log(row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]!))).join("  "));
  console.log(`\n${failures === 0 ? "every figure matches" : `${failures} figure(s) differ`}`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = main();

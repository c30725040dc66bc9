import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CorpusResults } from "../../analyses/report/analyze-corpus.ts";
import { bibliometrixOutputs } from "../../analyses/report/bibliometrix-outputs.ts";
import type { BibRecord } from "../../analyses/model/record.ts";
import { mainInformationRows } from "../site/main-info-rows.ts";
import { toCsv } from "../util/csv.ts";

export type OutputFormat = "bibliosite" | "bibliometrix";

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

type Row = Record<string, unknown>;
const isScalar = (v: unknown): boolean => v === null || ["string", "number", "boolean"].includes(typeof v);
const isTable = (v: unknown): v is Row[] =>
  Array.isArray(v) && v.length > 0 && v.every((r) => typeof r === "object" && r !== null && !Array.isArray(r) && Object.values(r).every(isScalar));

/**
 * The tables (arrays of flat rows) of a result, by key path ("rows", "clusters", "zones"). Tables
 * nested inside list items (a slice's clusters, a cluster's top words) stay in the JSON only.
 */
function tablesOf(value: unknown, path: string, out: Map<string, Row[]>): void {
  if (isTable(value)) out.set(path, value);
  else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) tablesOf(v, path ? `${path}.${k}` : k, out);
  }
}

function columnsOf(rows: Row[]): string[] {
  const columns = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) columns.add(k);
  return [...columns];
}

/**
 * Every result as JSON, and every table inside it as CSV (`<analysis>[-<table>].csv`). With
 * "bibliometrix", the JSON files also take the names and shapes of bibliometrix's own outputs
 * (main-info.json, keywords-ID.json, thematic-map-ID.json, ...) so they compare file to file.
 * Returns the file names written, sorted.
 */
export async function writeResults(outDir: string, results: CorpusResults, records: readonly BibRecord[], format: OutputFormat): Promise<string[]> {
  const files = new Map<string, string>();
  const mainRows = mainInformationRows(results.mainInformation).filter((r) => !r.header);
  files.set("main-information.csv", toCsv(mainRows.map((r) => ({ Description: r.label, Results: r.value })), ["Description", "Results"]));
  files.set("annual-production.csv", toCsv(results.annualProduction.rows, ["year", "articles"]));
  files.set(
    "ledger.csv",
    toCsv(
      [
        ...results.ledger.rejected.map((r) => ({ outcome: "rejected", file: r.location.file, line: r.location.line, detail: r.reason })),
        ...results.ledger.duplicates.map((d) => ({
          outcome: "duplicate",
          file: d.location.file,
          line: d.location.line,
          detail: `${d.key} ${d.value} already read at ${d.keptAt.file}:${d.keptAt.line}`,
        })),
        ...results.ledger.filtered.map((f) => ({ outcome: `filtered (${f.rule})`, file: f.location.file, line: f.location.line, detail: f.detail })),
      ],
      ["outcome", "file", "line", "detail"],
    ),
  );
  files.set("ledger.json", json(results.ledger));
  files.set("main-information.json", json({ engine: results.engine, ...results.mainInformation }));
  files.set("annual-production.json", json({ engine: results.engine, ...results.annualProduction }));
  for (const [id, result] of Object.entries(results.analyses)) {
    files.set(`${id}.json`, json({ engine: results.engine, params: results.params[id], result }));
    const tables = new Map<string, Row[]>();
    tablesOf(result, "", tables);
    for (const [path, rows] of tables) files.set(`${id}${path ? `-${path.replaceAll(".", "-")}` : ""}.csv`, toCsv(rows, columnsOf(rows)));
  }
  if (format === "bibliometrix") {
    for (const [name, value] of bibliometrixOutputs(records, { referenceYear: results.referenceYear })) files.set(name, json(value));
  }
  await mkdir(outDir, { recursive: true });
  const names = [...files.keys()].sort();
  for (const name of names) await writeFile(join(outDir, name), files.get(name)!);
  return names;
}

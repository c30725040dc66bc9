import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { toBibliometrixAnnualProduction } from "../../analyses/descriptives/annual-production.ts";
import { toBibliometrixMainInfo } from "../../analyses/descriptives/main-information.ts";
import type { CorpusResults } from "../../analyses/report/analyze-corpus.ts";
import { mainInformationRows } from "../site/main-info-rows.ts";
import { toCsv } from "../util/csv.ts";

export type OutputFormat = "bibliosite" | "bibliometrix";

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every result as JSON plus a CSV per table. With "bibliometrix", the JSON files take the names
 * and shapes of bibliometrix's own outputs (main-info.json, annual-production.json) so the two can
 * be compared file to file. Returns the file names written, sorted.
 */
export async function writeResults(outDir: string, results: CorpusResults, format: OutputFormat): Promise<string[]> {
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
  if (format === "bibliometrix") {
    files.set("main-info.json", json(toBibliometrixMainInfo(results.mainInformation)));
    files.set("annual-production.json", json(toBibliometrixAnnualProduction(results.annualProduction)));
  } else {
    files.set("main-information.json", json({ engine: results.engine, ...results.mainInformation }));
    files.set("annual-production.json", json({ engine: results.engine, ...results.annualProduction }));
  }
  await mkdir(outDir, { recursive: true });
  const names = [...files.keys()].sort();
  for (const name of names) await writeFile(join(outDir, name), files.get(name)!);
  return names;
}

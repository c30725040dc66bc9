/**
 * bibliosite's command line:
 *   bibliosite analyze <report folder | export files...> --out DIR [--format bibliometrix] [--reference-year YYYY]
 */
import { readFile, stat } from "node:fs/promises";
import { basename, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { analyzeCorpusParallel, type AnalysisRun } from "../../analyses/report/analyze-corpus.ts";
import { analysesConfigSchema } from "../../analyses/report/analysis-registry.ts";
import type { ImportOptions } from "../../analyses/import/importer.ts";
import { analyzeReport } from "../report/analyze-report.ts";
import { loadReport } from "../report/load-report.ts";
import { writeResults, type OutputFormat } from "./write-results.ts";

const USAGE = `Usage:
  bibliosite analyze <report folder | export files...> --out DIR [options]

Options:
  --out DIR              where to write the results (JSON and CSV)
  --format FORMAT        bibliosite (default) or bibliometrix: JSON named and shaped like
                         bibliometrix's outputs (main-info.json, annual-production.json)
  --reference-year YYYY  "now" for document age and citations per year; required for export
                         files (a report folder names it in its front matter)
  --params FILE          analysis parameters (YAML or JSON) with the keys of a report's
                         "analyses:" front matter, e.g. thematicMap: { field: DE, minFreq: 5 }
  --bibtex MODE          bibliometrix (default: bib2df's reading, bugs included) or corrected
                         (authors split on " and " only, keywords on ";" only, LaTeX decoded)
  --quiet                print nothing but errors and warnings
  -h, --help             this text
`;

export class UsageError extends Error {}

export async function runCli(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      format: { type: "string", default: "bibliosite" },
      "reference-year": { type: "string" },
      params: { type: "string" },
      bibtex: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    process.stdout.write(USAGE);
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  const [command, ...inputs] = positionals;
  if (command !== "analyze") throw new UsageError(`unknown command "${command}" (try: bibliosite analyze --help)`);
  if (inputs.length === 0) throw new UsageError("analyze needs a report folder or export files");
  if (!values.out) throw new UsageError("--out DIR is required");
  const format = values.format as OutputFormat;
  if (format !== "bibliosite" && format !== "bibliometrix") throw new UsageError(`--format must be bibliosite or bibliometrix, not "${values.format}"`);

  const bibtex = values.bibtex;
  if (bibtex !== undefined && bibtex !== "bibliometrix" && bibtex !== "corrected") throw new UsageError(`--bibtex must be bibliometrix or corrected, not "${bibtex}"`);

  const analyses = values.params ? await readParams(values.params) : undefined;
  const { results, corpus } = await analyzeInputs(inputs, values["reference-year"], analyses, bibtex ? { bibtex } : undefined);
  const outDir = resolve(values.out);
  const written = await writeResults(outDir, results, corpus.records, format);
  const { ledger } = results;
  for (const problem of ledger.rejected) {
    process.stderr.write(`warning: ${problem.location.file}:${problem.location.line}: ${problem.reason} (record skipped)\n`);
  }
  for (const warning of ledger.warnings) {
    process.stderr.write(`warning: ${warning.file}${warning.line ? `:${warning.line}` : ""}: ${warning.message}\n`);
  }
  if (!values.quiet) {
    process.stdout.write(
      `${ledger.read} records read, ${ledger.rejected.length} rejected, ${ledger.duplicates.length} duplicates removed, ` +
        `${ledger.filtered.length} filtered, ${ledger.kept} analysed (reference year ${results.referenceYear})\n` +
        `wrote ${written.length} files to ${relative(process.cwd(), outDir) || "."}: ${written.join(", ")}\n`,
    );
  }
  // An analysis that needs a field this corpus lacks says so rather than writing zeros.
  for (const [id, result] of Object.entries(results.analyses)) {
    const r = result as { status?: string; reason?: string; message?: string };
    if (r.status === "not-available") process.stderr.write(`note: ${id}: ${r.reason}\n`);
    if (r.status === "error") process.stderr.write(`warning: ${id} could not be computed: ${r.message}\n`);
  }
  return 0;
}

/** A --params file: the `analyses:` keys of a report's front matter, validated the same way. */
async function readParams(file: string): Promise<Record<string, unknown>> {
  const text = await readFile(file, "utf8").catch(() => {
    throw new UsageError(`${file}: cannot read the parameters file`);
  });
  let data: unknown;
  try {
    data = parseYaml(text); // JSON is YAML too
  } catch (error) {
    throw new UsageError(`${file}: not valid YAML or JSON: ${(error as Error).message}`);
  }
  const parsed = analysesConfigSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = [...issue.path, ...("keys" in issue ? [issue.keys[0]] : [])].join(".");
    throw new UsageError(`${file}: key "${where}": ${issue.code === "unrecognized_keys" ? "unknown key" : issue.message}`);
  }
  return parsed.data;
}

async function analyzeInputs(
  inputs: string[],
  referenceYearArg: string | undefined,
  analyses: Record<string, unknown> | undefined,
  importOptions: ImportOptions | undefined,
): Promise<AnalysisRun> {
  const first = resolve(inputs[0]!);
  const firstStat = await stat(first).catch(() => null);
  if (!firstStat) throw new UsageError(`${inputs[0]}: no such file or folder`);
  if (firstStat.isDirectory()) {
    if (inputs.length > 1) throw new UsageError("give one report folder, or export files, not both");
    if (referenceYearArg) throw new UsageError("a report folder names its reference year in its front matter; drop --reference-year");
    if (analyses) throw new UsageError("a report folder declares its parameters in its front matter; drop --params");
    if (importOptions) throw new UsageError("a report folder declares how it reads exports in its front matter (corpus.import); drop --bibtex");
    return analyzeReport(await loadReport(first));
  }
  if (!referenceYearArg || !/^\d{4}$/.test(referenceYearArg)) {
    throw new UsageError("--reference-year YYYY is required with export files (bibliometrix uses the current year; say which)");
  }
  const files = [];
  for (const input of inputs) {
    const path = resolve(input);
    const bytes = await readFile(path).catch(() => {
      throw new UsageError(`${input}: cannot read this file`);
    });
    files.push({ file: inputs.length === 1 ? basename(input) : input, bytes: new Uint8Array(bytes) });
  }
  return analyzeCorpusParallel(files, { filter: {}, referenceYear: Number(referenceYearArg), ...(analyses ? { analyses } : {}), ...(importOptions ? { import: importOptions } : {}) });
}

/**
 * The contract every input must meet, however damaged: buildCorpus either returns a corpus whose
 * ledger balances and whose every record, rejection and warning names one of the input files and a
 * line inside it, or stops with UnknownFormatError naming the file. Anything else (another
 * exception, a ledger that does not add up, a line outside the file) is a bug; so is a case slower
 * than the time bound.
 */
import { buildCorpus, type Corpus, type CorpusFilter, type CorpusInput } from "../../analyses/corpus/build-corpus.ts";
import { decodeBytes } from "../../analyses/import/decode.ts";
import { UnknownFormatError } from "../../analyses/import/registry.ts";

export type Outcome =
  | { kind: "corpus"; corpus: Corpus; ms: number }
  | { kind: "unrecognised"; file: string; message: string; ms: number };

export class ContractViolation extends Error {
  override name = "ContractViolation";
}

function fail(message: string): never {
  throw new ContractViolation(message);
}

/** Lines of each input as the importers see them (after decoding), for bounds checks. */
function lineCounts(inputs: readonly CorpusInput[]): Map<string, number> {
  return new Map(inputs.map((i) => [i.file, decodeBytes(i.bytes, i.file).text.split("\n").length]));
}

function checkLocation(what: string, loc: { file: string; line?: number } | undefined, lines: Map<string, number>): void {
  if (!loc) return fail(`${what}: no location`);
  const count = lines.get(loc.file);
  if (count === undefined) fail(`${what}: names file ${JSON.stringify(loc.file)}, which is not an input`);
  if (loc.line === undefined) return;
  // +1: a parser may point just past the last line ("the file ends before ER").
  if (!Number.isInteger(loc.line) || loc.line < 1 || loc.line > count + 1) {
    fail(`${what}: line ${loc.line} is outside ${loc.file} (${count} lines)`);
  }
}

export function checkCorpus(corpus: Corpus, inputs: readonly CorpusInput[]): void {
  const { ledger, records } = corpus;
  const lines = lineCounts(inputs);
  const sum = ledger.kept + ledger.duplicates.length + ledger.filtered.length + ledger.rejected.length;
  if (ledger.read !== sum) fail(`ledger: read ${ledger.read} != kept + duplicates + filtered + rejected = ${sum}`);
  if (ledger.kept !== records.length) fail(`ledger: kept ${ledger.kept} but ${records.length} records`);
  const readPerFile = ledger.files.reduce((n, f) => n + f.recordsRead, 0);
  if (readPerFile !== ledger.read) fail(`ledger: files read ${readPerFile} != read ${ledger.read}`);
  for (const f of ledger.files) {
    const listed = ledger.rejected.filter((r) => r.location.file === f.file).length;
    if (listed !== f.rejected) fail(`ledger: ${f.file} counts ${f.rejected} rejected but ${listed} are listed`);
  }
  for (const r of ledger.rejected) {
    checkLocation("rejected record", r.location, lines);
    if (typeof r.reason !== "string" || r.reason.trim() === "") fail(`rejected record at ${r.location.file}:${r.location.line} has no reason`);
  }
  for (const w of ledger.warnings) {
    checkLocation("warning", w, lines);
    if (w.message.trim() === "") fail(`warning for ${w.file} has no message`);
  }
  for (const r of records) checkLocation("record", r.location, lines);
  for (const d of ledger.duplicates) {
    checkLocation("duplicate", d.location, lines);
    checkLocation("duplicate kept at", d.keptAt, lines);
  }
  for (const f of ledger.filtered) checkLocation("filtered", f.location, lines);
}

/** Runs one case and checks it; throws ContractViolation (or the importer's own error) on a bug. */
export function runCase(inputs: CorpusInput[], filter: CorpusFilter = {}): Outcome {
  const t0 = performance.now();
  let corpus: Corpus;
  try {
    corpus = buildCorpus(inputs, filter);
  } catch (error) {
    const ms = performance.now() - t0;
    if (error instanceof UnknownFormatError) {
      const named = inputs.find((i) => error.message.startsWith(`${i.file}: `));
      if (!named) fail(`UnknownFormatError names no input file: ${error.message}`);
      return { kind: "unrecognised", file: named.file, message: error.message, ms };
    }
    throw error;
  }
  const ms = performance.now() - t0;
  checkCorpus(corpus, inputs);
  return { kind: "corpus", corpus, ms };
}

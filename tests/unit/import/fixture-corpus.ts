import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildCorpus, type Corpus } from "../../../analyses/corpus/build-corpus.ts";

/** buildCorpus on one or more files of tests/fixtures/<format>/, named by their file name. */
export function fixtureCorpus(format: string, ...files: string[]): Corpus {
  const dir = resolve(import.meta.dirname, "../../fixtures", format);
  return buildCorpus(files.map((f) => ({ file: f, bytes: readFileSync(resolve(dir, f)) })));
}

/** The ledger identity every import must keep. */
export function balances({ ledger }: Corpus): boolean {
  return ledger.read === ledger.kept + ledger.duplicates.length + ledger.filtered.length + ledger.rejected.length;
}

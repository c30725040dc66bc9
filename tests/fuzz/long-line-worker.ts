/**
 * Child process of tests/fuzz/importers.test.ts: builds the corpus of each named seed with one
 * line made `--chars` characters longer, and prints one JSON line when a case starts and one when
 * it ends. Run apart so that a parser stuck on a long line can be killed by the parent's watchdog
 * (a synchronous loop cannot be interrupted inside the test process).
 * Seed names come as arguments, then one per line on stdin (the parent feeds the next when a case
 * ends, so two workers share the cases evenly); the worker exits when stdin closes.
 *   tsx tests/fuzz/long-line-worker.ts --chars 50000000 [<seed name>...] < names
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { runCase } from "./check-corpus.ts";
import { loadSeeds, withLongLine } from "./seeds.ts";

export interface LongLineReport {
  seed: string;
  format: string;
  state: "start" | "done" | "error";
  /** Which line of the seed was lengthened. */
  line?: number;
  ms?: number;
  outcome?: "corpus" | "unrecognised";
  read?: number;
  kept?: number;
  rejected?: number;
  /** Length of the longest value of a kept record: shows whether the long line reached a record. */
  longestValue?: number;
  error?: string;
}

function longestValue(values: Iterable<unknown>): number {
  let max = 0;
  for (const v of values) if (typeof v === "string" && v.length > max) max = v.length;
  return max;
}

const { values, positionals } = parseArgs({ options: { chars: { type: "string" } }, allowPositionals: true });
const chars = Number(values.chars ?? 50_000_000);
const seeds = new Map(loadSeeds().map((s) => [s.name, s]));
const say = (r: LongLineReport): void => void process.stdout.write(`${JSON.stringify(r)}\n`);

function runOne(name: string): void {
  const seed = seeds.get(name);
  if (!seed) {
    say({ seed: name, format: "?", state: "error", error: "no such seed" });
    return;
  }
  const { bytes, line } = withLongLine(seed, chars);
  say({ seed: name, format: seed.format, state: "start", line });
  try {
    const out = runCase([{ file: name, bytes }]);
    if (out.kind === "unrecognised") {
      say({ seed: name, format: seed.format, state: "done", line, ms: Math.round(out.ms), outcome: "unrecognised", error: out.message.slice(0, 300) });
    } else {
      const { ledger, records } = out.corpus;
      const longest = records.reduce(
        (m, r) => Math.max(m, longestValue(Object.values(r)), longestValue(Object.values(r.extra))),
        0,
      );
      say({
        seed: name,
        format: seed.format,
        state: "done",
        line,
        ms: Math.round(out.ms),
        outcome: "corpus",
        read: ledger.read,
        kept: ledger.kept,
        rejected: ledger.rejected.length,
        longestValue: longest,
      });
    }
  } catch (error) {
    say({ seed: name, format: seed.format, state: "error", line, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

for (const name of positionals) runOne(name);
for await (const line of createInterface({ input: process.stdin })) if (line.trim() !== "") runOne(line.trim());

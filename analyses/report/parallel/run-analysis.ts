import type { BibRecord } from "../../model/record.ts";
import { EMPTY_THESAURUS, type Thesaurus } from "../../words/thesaurus.ts";
import { ANALYSES } from "../analysis-registry.ts";

/** One analysis to run: its id and its parameters with defaults filled in. */
export interface AnalysisJob {
  id: string;
  params: unknown;
  usesThesaurus: boolean;
}

/** What a run of one analysis gives: its result (or the error it threw, as a result), its time, the thread that ran it. */
export interface JobOutcome {
  value: unknown;
  ms: number;
  thread: "main" | "worker";
}

/** An analysis that threw: the report says so in its section instead of failing the build. */
export interface AnalysisError {
  status: "error";
  message: string;
}

/** Runs one analysis on the records; the same code whichever thread runs it. */
export function runAnalysis(records: readonly BibRecord[], job: AnalysisJob, referenceYear: number, thesaurus: Thesaurus, thread: JobOutcome["thread"] = "main"): JobOutcome {
  const analysis = ANALYSES.find((a) => a.id === job.id);
  if (!analysis) throw new Error(`unknown analysis "${job.id}"`);
  // An analysis that does not declare the thesaurus never sees it: a cache that keys it without
  // the thesaurus cannot then serve a result the thesaurus would have changed.
  const ctx = { referenceYear, thesaurus: job.usesThesaurus ? thesaurus : EMPTY_THESAURUS };
  const t0 = performance.now();
  let value: unknown;
  try {
    value = analysis.run(records, job.params as never, ctx);
  } catch (error) {
    value = { status: "error", message: error instanceof Error ? error.message : String(error) } satisfies AnalysisError;
  }
  return { value, ms: performance.now() - t0, thread };
}

import { parentPort } from "node:worker_threads";
import { buildCorpus } from "../../corpus/build-corpus.ts";
import type { BibRecord } from "../../model/record.ts";
import { runAnalysis } from "./run-analysis.ts";
import { RunState, type CorpusImport, type WorkerReply, type WorkerRequest } from "./parallel-runner.ts";

/**
 * The second thread of runAnalysesInParallel: gets the records (sent, or imported here), then claims
 * analyses from the counter it shares with the main thread until none is left, posting each outcome
 * as it is done.
 */
const port = parentPort!;
const importRecords = (imports: CorpusImport) => buildCorpus(imports.inputs, imports.filter, imports.import).records;
port.on("message", (request: WorkerRequest) => {
  const counter = new Int32Array(request.counter);
  let records: readonly BibRecord[] | null = null;
  // A run the main thread has already finished and closed is not worth importing for.
  if (Atomics.load(counter, 1) !== RunState.closed) try {
    // The main thread imports the same exports meanwhile: same code, same bytes, same records.
    records = "records" in request.corpus ? request.corpus.records : importRecords(request.corpus.imports);
  } catch {
    records = null; // the main thread meets the same error and reports it
  }
  // A run the main thread has already finished and closed is left alone.
  const started = records !== null && Atomics.compareExchange(counter, 1, RunState.open, RunState.workerStarted) === RunState.open;
  while (started) {
    const k = Atomics.add(counter, 0, 1);
    if (k >= request.order.length) break;
    const index = request.order[k]!;
    const outcome = runAnalysis(records!, request.jobs[index]!, request.referenceYear, request.thesaurus, "worker");
    port.postMessage({ run: request.run, index, outcome } satisfies WorkerReply);
  }
  port.postMessage({ run: request.run, done: true } satisfies WorkerReply);
});
port.postMessage({ ready: true } satisfies WorkerReply);

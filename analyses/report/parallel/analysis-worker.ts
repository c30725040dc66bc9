import { parentPort } from "node:worker_threads";
import { runAnalysis } from "./run-analysis.ts";
import { RunState, type WorkerReply, type WorkerRequest } from "./parallel-runner.ts";

/**
 * The second thread of runAnalysesInParallel: claims analyses from the counter it shares with the
 * main thread until none is left, posting each outcome as it is done.
 */
const port = parentPort!;
port.on("message", (request: WorkerRequest) => {
  const counter = new Int32Array(request.counter);
  // A run the main thread has already finished and closed is left alone.
  const started = Atomics.compareExchange(counter, 1, RunState.open, RunState.workerStarted) === RunState.open;
  while (started) {
    const k = Atomics.add(counter, 0, 1);
    if (k >= request.order.length) break;
    const index = request.order[k]!;
    const outcome = runAnalysis(request.records, request.jobs[index]!, request.referenceYear, request.thesaurus, "worker");
    port.postMessage({ run: request.run, index, outcome } satisfies WorkerReply);
  }
  port.postMessage({ run: request.run, done: true } satisfies WorkerReply);
});
port.postMessage({ ready: true } satisfies WorkerReply);

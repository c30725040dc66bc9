import { Worker } from "node:worker_threads";
import type { BibRecord } from "../../model/record.ts";
import type { Thesaurus } from "../../words/thesaurus.ts";
import { runAnalysis, type AnalysisJob, type JobOutcome } from "./run-analysis.ts";

/**
 * The analyses of one corpus on two threads: this one and one worker, kept alive between runs.
 * Both claim the next analysis from a shared counter (costliest first), so the work balances itself
 * whatever the corpus; a worker that is still starting simply claims less. Each analysis is the
 * same pure function whichever thread runs it, so the results are those of a one-thread run.
 * Measured (npm run bench): a report's analyses take about 0.75 of their one-thread time.
 */

/**
 * Claim order: the analyses that usually take longest first, so no thread ends on a long one.
 * The thematic evolution stays one claim: its periods claimed one by one (a thematic map each) were
 * measured 11-23 % slower on two threads, because two thematic maps at once slow each other more
 * than the finer balance gains.
 */
const COSTLIEST_FIRST = ["thematicEvolution", "thematicMap", "localCitations", "collaborationNetwork", "mainInformation", "cooccurrenceNetwork", "trendTopics", "threeField"];

/**
 * Above this many records the worker is not used: its copy of the records (about 2 GB at this
 * size) would double the memory, for analyses that run only about 1.3 times faster on two threads
 * of this 2-core machine (each thread slows the other: shared caches and garbage collection).
 */
export const PARALLEL_RECORD_LIMIT = 50_000;

export interface WorkerRequest {
  run: number;
  records: readonly BibRecord[];
  jobs: AnalysisJob[];
  /** Job indices in claim order. */
  order: number[];
  referenceYear: number;
  thesaurus: Thesaurus;
  /** Two Int32: the next position in `order` to claim, and the run's state (see RunState). */
  counter: SharedArrayBuffer;
}

/**
 * Who got to the run first. A worker still starting up when this thread has claimed everything
 * would otherwise be waited for; instead the run is closed and the worker, when it gets there, leaves it.
 */
export const RunState = { open: 0, workerStarted: 1, closed: 2 } as const;

export type WorkerReply = { run: number; index: number; outcome: JobOutcome } | { run: number; done: true } | { ready: true };

interface PendingRun {
  onOutcome: (index: number, outcome: JobOutcome) => void;
  finish: () => void;
}

/** The one worker thread, started on first use; unreferenced while idle so it never keeps the process alive. */
class AnalysisWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, PendingRun>();
  private nextRun = 0;
  /** Settles once the worker has loaded the engine and listens. */
  readonly ready: Promise<void>;

  constructor(onGone: () => void) {
    let markReady = () => {};
    this.ready = new Promise((resolve) => {
      markReady = resolve;
    });
    this.worker = new Worker(new URL("./worker-boot.mjs", import.meta.url), {
      workerData: { entry: new URL("./analysis-worker.ts", import.meta.url).href },
    });
    this.worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) return markReady();
      const run = this.pending.get(reply.run);
      if (!run) return;
      if ("done" in reply) this.settle(reply.run);
      else run.onOutcome(reply.index, reply.outcome);
    });
    // A failed worker finishes its runs with what it returned; the caller computes the rest.
    const fail = () => {
      onGone();
      markReady();
      for (const id of [...this.pending.keys()]) this.settle(id);
    };
    this.worker.on("error", fail);
    this.worker.on("exit", fail);
    // After the listeners: adding a "message" listener references the worker's port again.
    this.worker.unref();
  }

  run(request: Omit<WorkerRequest, "run">, onOutcome: PendingRun["onOutcome"]): { run: number; done: Promise<void> } {
    const id = this.nextRun++;
    const done = new Promise<void>((resolve) => {
      this.pending.set(id, { onOutcome, finish: resolve });
    });
    this.worker.ref();
    this.worker.postMessage({ ...request, run: id } satisfies WorkerRequest);
    return { run: id, done };
  }

  /** Settles when the worker is ready; the worker keeps the process alive until then. */
  whenReady(): Promise<void> {
    this.worker.ref();
    return this.ready.finally(() => {
      if (this.pending.size === 0) this.worker.unref();
    });
  }

  /** A run the worker never started: forget it (its reply is ignored). */
  detach(id: number): void {
    this.settle(id);
  }

  private settle(id: number): void {
    const run = this.pending.get(id);
    if (!run) return;
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
    run.finish();
  }
}

let shared: AnalysisWorker | null = null;

function analysisWorker(): AnalysisWorker {
  shared ??= new AnalysisWorker(() => {
    shared = null;
  });
  return shared;
}

/**
 * Starts the worker ahead of the first run (it takes a moment to load the engine), e.g. while the
 * exports are imported; settles when it is ready.
 */
export function startAnalysisWorker(): Promise<void> {
  return analysisWorker().whenReady();
}

/**
 * Runs the jobs over the records on this thread and the worker; outcomes in job order.
 * `onOutcome` hears of each analysis as it finishes (the worker's as soon as this thread is free).
 */
export async function runAnalysesInParallel(
  records: readonly BibRecord[],
  jobs: AnalysisJob[],
  referenceYear: number,
  thesaurus: Thesaurus,
  onOutcome?: (job: AnalysisJob, outcome: JobOutcome) => void,
): Promise<JobOutcome[]> {
  const rank = (id: string) => {
    const r = COSTLIEST_FIRST.indexOf(id);
    return r === -1 ? COSTLIEST_FIRST.length : r;
  };
  const order = jobs.map((_, i) => i).sort((a, b) => rank(jobs[a]!.id) - rank(jobs[b]!.id) || a - b);
  const counter = new SharedArrayBuffer(8);
  const claims = new Int32Array(counter);
  const outcomes: (JobOutcome | undefined)[] = new Array(jobs.length);
  const record = (index: number, outcome: JobOutcome) => {
    outcomes[index] = outcome;
    onOutcome?.(jobs[index]!, outcome);
  };
  const worker = jobs.length > 1 && records.length <= PARALLEL_RECORD_LIMIT ? analysisWorker() : null;
  const remote = worker?.run({ records, jobs, order, referenceYear, thesaurus, counter }, record);
  for (;;) {
    const k = Atomics.add(claims, 0, 1);
    if (k >= order.length) break;
    record(order[k]!, runAnalysis(records, jobs[order[k]!]!, referenceYear, thesaurus));
  }
  if (remote) {
    if (Atomics.compareExchange(claims, 1, RunState.open, RunState.closed) === RunState.open) worker!.detach(remote.run);
    else await remote.done;
  }
  // Whatever a failed worker had claimed and not returned runs here.
  jobs.forEach((job, i) => {
    if (!outcomes[i]) record(i, runAnalysis(records, job, referenceYear, thesaurus));
  });
  return outcomes as JobOutcome[];
}

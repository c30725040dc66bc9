/**
 * The build's terminal output: progress lines while it works (files parsed with their record
 * counts, each analysis with its time, what came from the cache and why the rest did not) and a
 * closing summary. `--quiet` keeps only warnings and errors, which always go to stderr.
 */
export interface BuildProgress {
  info(line: string): void;
  warn(line: string): void;
}

export function buildProgress(quiet: boolean): BuildProgress {
  return {
    info: (line) => {
      if (!quiet) console.log(line);
    },
    warn: (line) => console.warn(`warning: ${line}`),
  };
}

/** "1,234 ms" below ten seconds, "12.3 s" above: readable at both ends of a build. */
export function formatMs(ms: number): string {
  return ms < 10_000 ? `${Math.round(ms).toLocaleString("en-US")} ms` : `${(ms / 1000).toFixed(1)} s`;
}

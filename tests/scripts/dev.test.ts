/**
 * `npm run dev` (issue 6, item 2): scripts/dev.ts started as a user starts it, on the mini report in
 * a scratch copy of the site layer. Once Astro's dev server answers, the report's front matter is
 * edited and then an export is dropped into it; each time the served page must change (polled over
 * HTTP) and the log must say how the report was regenerated. The process group is stopped at the end.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copySiteLayer } from "../support/fixture-site.ts";
import { scratchContent, scratchRoot } from "../support/scratch-build.ts";
import { cleanChildEnv, REPO_ROOT } from "../support/site-build.ts";

const NAME = "dev-server";
const root = scratchRoot(NAME);
const content = scratchContent(NAME, { mini: join(REPO_ROOT, "tests/fixtures/reports/mini") });
const reportDir = join(content, "reports/mini");

/** A port the system just handed out (closed again, so the dev server can take it). */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

let child: ChildProcess | undefined;
let log = "";

/** Resolves once `test` holds, checking every 250 ms; rejects after `ms` naming what it waited for. */
async function until<T>(what: string, ms: number, test: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = performance.now() + ms;
  for (;;) {
    if (child?.exitCode !== null && child?.exitCode !== undefined) throw new Error(`dev exited (${child.exitCode}) while waiting for ${what}:\n${log}`);
    const value = await test();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}; log:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Stops dev and everything it started (tsx runs the script in a child; Astro may add workers). */
async function stop(): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((ok) => child!.once("exit", () => ok()));
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => child?.pid !== undefined && process.kill(-child.pid, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
afterAll(stop);

describe("npm run dev", () => {
  it("serves the report and regenerates it when its front matter is edited or an export is dropped in", async () => {
    copySiteLayer(root);
    const port = await freePort();
    const env = cleanChildEnv();
    delete env.BASE_URL;
    child = spawn(
      process.execPath,
      [join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), join(REPO_ROOT, "scripts/dev.ts"), "--root", root, "--content", content, "--port", String(port)],
      // Its own process group, so stop() reaches tsx's child too.
      { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    child.stdout!.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (log += d.toString()));

    await until("the dev server to start", 25_000, () => (log.includes("dev: watching") ? true : undefined));
    expect(log).toMatch(/^mini: computed \(reason: not cached before\)$/m);
    const url = `http://127.0.0.1:${port}/reports/mini/`;
    const page = async (): Promise<string> => {
      // A refused connection or a slow answer while Vite reloads is "not yet", not a failure.
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
      return response?.ok ? response.text() : "";
    };
    await until("the first page", 15_000, async () => ((await page()).includes("6 records identified in 2 export files") ? true : undefined));

    // Front matter edited (the title): results are cached, only the page is rewritten.
    const reportFile = join(reportDir, "report.mdx");
    writeFileSync(reportFile, readFileSync(reportFile, "utf8").replace("title: Mini report", "title: Edited mini report"));
    await until("the edited title on the page", 10_000, async () => ((await page()).includes("<title>Edited mini report") ? true : undefined));
    expect(log).toMatch(/^mini: cached \(results; page regenerated: report\.mdx or page code changed\)$/m);

    // An export dropped in: the report is recomputed and the page shows the new counts.
    copyFileSync(join(REPO_ROOT, "tests/fixtures/wos-plaintext/two-records.txt"), join(reportDir, "exports/added.txt"));
    await until("the new record count on the page", 10_000, async () => ((await page()).includes("8 records identified in 3 export files") ? true : undefined));
    expect(log).toMatch(/^mini: computed \(reason: exports changed\)$/m);
    expect(log).toMatch(/^mini: 3 files, 8 records read, /m);

    await stop();
    expect(child.exitCode !== null || child.signalCode !== null).toBe(true);
  }, 60_000);
});

/**
 * `scripts/build.ts` run as a user runs it (a child process, its exit code, its output), but into
 * a scratch Astro project under test-artifacts/ (a copy of the site layer), so a test never writes
 * the repository's src/generated, src/pages/reports, public/reports or dist/.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS_DIR, copySiteLayer } from "./fixture-site.ts";
import { cleanChildEnv, REPO_ROOT } from "./site-build.ts";

export interface ScratchBuild {
  root: string;
  dist: string;
  /** Exit code of the build. */
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface ScratchBuildOptions {
  /** Folder name under test-artifacts/ (emptied first). */
  name: string;
  /** Content folder holding reports/<slug>/report.mdx. */
  contentDir: string;
  /** BASE_URL of the build; unset = site at the root. */
  base?: string;
  /** Extra environment (TZ, LANG, ...). */
  env?: Record<string, string>;
  /** Working directory of the build process (default: the scratch root). */
  cwd?: string;
  /** Pass --quiet (default false: the summary lines are part of what tests read). */
  quiet?: boolean;
}

export function scratchRoot(name: string): string {
  return join(ARTIFACTS_DIR, name);
}

/** A content folder under test-artifacts/<name>-content/ holding copies of the given report folders. */
export function scratchContent(name: string, reports: Record<string, string>): string {
  const content = join(ARTIFACTS_DIR, `${name}-content`);
  rmSync(content, { recursive: true, force: true });
  for (const [slug, dir] of Object.entries(reports)) {
    mkdirSync(join(content, "reports"), { recursive: true });
    cpSync(dir, join(content, "reports", slug), { recursive: true });
  }
  return content;
}

/** Copies the site layer to test-artifacts/<name>/ and runs scripts/build.ts --root there. */
export function buildInScratch(opts: ScratchBuildOptions): Promise<ScratchBuild> {
  const root = scratchRoot(opts.name);
  copySiteLayer(root);
  return runBuild(root, opts);
}

/** Runs scripts/build.ts --root `root` (already prepared) and resolves with its exit code, even when non-zero. */
export function runBuild(root: string, opts: Omit<ScratchBuildOptions, "name">): Promise<ScratchBuild> {
  const tsx = join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  const args = [tsx, join(REPO_ROOT, "scripts", "build.ts"), "--root", root, "--content", opts.contentDir, ...(opts.quiet ? ["--quiet"] : [])];
  const env = cleanChildEnv({ ...(opts.base === undefined ? {} : { BASE_URL: opts.base }), ...opts.env });
  if (opts.base === undefined) delete env.BASE_URL;
  const started = performance.now();
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: opts.cwd ?? root, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", fail);
    child.on("close", (code) => ok({ root, dist: join(root, "dist"), code: code ?? -1, stdout, stderr, ms: Math.round(performance.now() - started) }));
  });
}

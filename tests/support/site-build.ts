/**
 * Building the site from a test: a child process with a clean environment. vitest sets
 * BASE_URL, MODE, NODE_ENV, DEV, PROD and SSR in its own environment; a child that inherits
 * them loses the base path (Astro/Vite read them), so they are removed before adding ours.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");

const INHERITED_BY_VITEST = ["BASE_URL", "MODE", "NODE_ENV", "DEV", "PROD", "SSR", "VITEST", "VITEST_MODE", "VITEST_POOL_ID", "VITEST_WORKER_ID", "TEST"];

/** process.env without what vitest injected, plus telemetry off, plus `extra`. */
export function cleanChildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of INHERITED_BY_VITEST) delete env[key];
  env.ASTRO_TELEMETRY_DISABLED = "1";
  return { ...env, ...extra };
}

export interface CommandResult {
  code: number;
  output: string;
  ms: number;
}

/** Runs a command; rejects with its output when it exits non-zero. */
export function run(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      const result = { code: code ?? -1, output, ms: Math.round(performance.now() - started) };
      if (code === 0) ok(result);
      else fail(new Error(`${command} ${args.join(" ")} exited with ${code}\n${output}`));
    });
  });
}

/**
 * `astro build` for the project at `root` (its own astro.config.mjs), with BASE_URL = `base`
 * (`base` undefined: BASE_URL unset, i.e. a site at the root).
 */
export function astroBuild(root: string, base: string | undefined, extraEnv: Record<string, string> = {}): Promise<CommandResult> {
  const astroBin = join(REPO_ROOT, "node_modules", "astro", "astro.js");
  return run(process.execPath, [astroBin, "build", "--root", root], {
    cwd: root,
    env: cleanChildEnv({ ...(base === undefined ? {} : { BASE_URL: base }), ...extraEnv }),
  });
}

/** Every file under `dir` (relative POSIX path -> bytes), for byte-for-byte comparisons of two builds. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split(sep).join("/"), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/** Base-relative paths of every page in dist/ ("", "reports/x/"), sorted. */
export function listPages(distDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "index.html") {
        const rel = relative(distDir, dir).split(sep).join("/");
        pages.push(rel === "" ? "" : `${rel}/`);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/**
 * Content hashes for the build cache: sha256 over bytes, over canonical JSON and over file trees.
 * A hash names what went in, never when: no mtimes, no clock, paths relative and sorted.
 */
import { createHash, type Hash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export function sha256(...parts: (string | Uint8Array)[]): string {
  const h = createHash("sha256");
  for (const part of parts) feed(h, part);
  return h.digest("hex");
}

/** Each part length-prefixed, so ["ab", "c"] and ["a", "bc"] hash differently. */
function feed(h: Hash, part: string | Uint8Array): void {
  const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
  h.update(`${bytes.length}:`);
  h.update(bytes);
}

/** JSON with object keys sorted at every level: equal values give equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** Files under `dir` (recursively), relative with forward slashes, sorted; `keep` filters by relative path. */
export function listFiles(dir: string, keep: (rel: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, entry.name);
      const rel = relative(dir, abs).split(sep).join("/");
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile() && keep(rel)) out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * One hash for a set of files: each file's relative path and bytes. `label` keeps two trees with
 * the same relative paths (src/ and public/) apart. A missing folder hashes as empty.
 */
export function hashTree(h: Hash, label: string, dir: string, keep?: (rel: string) => boolean): number {
  const files = listFiles(dir, keep);
  feed(h, `tree ${label} ${files.length}`);
  for (const rel of files) {
    feed(h, rel);
    feed(h, readFileSync(join(dir, rel)));
  }
  return files.length;
}

/** Hash of the given trees (label -> folder), in the order given. */
export function hashTrees(trees: [label: string, dir: string, keep?: (rel: string) => boolean][]): string {
  const h = createHash("sha256");
  for (const [label, dir, keep] of trees) hashTree(h, label, dir, keep);
  return h.digest("hex");
}

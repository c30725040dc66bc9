import { existsSync } from "node:fs";
import { resolve } from "node:path";

/**
 * Where ../shared (real exports and bibliometrix's outputs) lives.
 * CI sets BIBLIOSITE_SHARED: then a missing folder is a failure, not a skip.
 * Elsewhere we look beside the checkout and skip, loudly, when it is absent.
 */
function locateShared(): string | null {
  const fromEnv = process.env.BIBLIOSITE_SHARED;
  if (fromEnv) {
    const dir = resolve(fromEnv);
    if (!existsSync(dir)) {
      throw new Error(`BIBLIOSITE_SHARED=${fromEnv} does not exist: the parity and data tests need it`);
    }
    return dir;
  }
  const beside = resolve(import.meta.dirname, "../../../shared");
  if (existsSync(beside)) return beside;
  console.warn(
    "[bibliosite tests] ../shared not found and BIBLIOSITE_SHARED unset: tests on real exports are SKIPPED",
  );
  return null;
}

export const SHARED_DIR = locateShared();
export const hasShared = SHARED_DIR !== null;

export function sharedPath(...parts: string[]): string {
  if (!SHARED_DIR) throw new Error("shared data folder is not available");
  return resolve(SHARED_DIR, ...parts);
}

import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * A throwaway Astro project made of the repository's site layer (astro.config.mjs, tsconfig.json and
 * src/ minus its generated files), emptied first: scripts/build.ts --root builds into it without
 * touching the repository's own src/generated, public/ or dist/ (tests, benchmarks).
 */
export function copySiteLayer(repoRoot: string, root: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const file of ["astro.config.mjs", "tsconfig.json"]) cpSync(join(repoRoot, file), join(root, file));
  cpSync(join(repoRoot, "src"), join(root, "src"), {
    recursive: true,
    filter: (source) => {
      const rel = source.slice(join(repoRoot, "src").length).split("\\").join("/");
      return !(rel.startsWith("/generated") || rel.startsWith("/pages/reports"));
    },
  });
}

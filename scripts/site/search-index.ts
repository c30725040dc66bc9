/**
 * Full-text search: after `astro build`, index every page of dist/ with pagefind's Node API
 * and write the bundle to dist/pagefind/ (loaded by src/components/Search.astro only when a
 * reader types). Only the report text is indexed (pages mark it data-pagefind-body; charts'
 * SVG, navigation and the search box itself are left out).
 */
import { join } from "node:path";
import * as pagefind from "pagefind";

export interface SearchIndexResult {
  pages: number;
  outputPath: string;
}

/** Indexes dist/ in place. Throws with pagefind's own messages when indexing fails. */
export async function indexSite(distDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ["svg", "[data-pagefind-ignore]"], forceLanguage: "en" });
  try {
    if (!index) throw new Error(`pagefind: could not create an index: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0) throw new Error(`pagefind: indexing ${distDir} failed: ${added.errors.join("; ")}`);
    const outputPath = join(distDir, "pagefind");
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: writing ${outputPath} failed: ${written.errors.join("; ")}`);
    return { pages: added.page_count, outputPath };
  } finally {
    await pagefind.close();
  }
}

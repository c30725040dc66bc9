/**
 * `npm run build`: every report in content/reports/ -> generated pages and downloads -> astro build -> dist/.
 * Options: --quiet (errors and warnings only), --content DIR (another content folder).
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "./site/build-site.ts";

const ROOT = resolve(import.meta.dirname, "..");

const { values } = parseArgs({
  options: { quiet: { type: "boolean", short: "q", default: false }, content: { type: "string" } },
});
buildSite({ root: ROOT, quiet: values.quiet ?? false, contentDir: resolve(values.content ?? join(ROOT, "content")) }).catch((error: unknown) => {
  console.error(`bibliosite build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

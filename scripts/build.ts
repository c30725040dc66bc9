/**
 * `npm run build`: every report in content/reports/ -> generated pages and downloads -> astro build -> dist/.
 * Options: --quiet (errors and warnings only), --content DIR (another content folder),
 * --root DIR (another Astro project to generate into and build, e.g. a scratch copy of the site layer).
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "./site/build-site.ts";

const ROOT = resolve(import.meta.dirname, "..");

const { values } = parseArgs({
  options: { quiet: { type: "boolean", short: "q", default: false }, content: { type: "string" }, root: { type: "string" } },
});
const root = resolve(values.root ?? ROOT);
const contentDir = resolve(values.content ?? join(ROOT, "content"));
// Astro resolves part of its build output (.astro/renderers.mjs) against the working directory, so a
// build started elsewhere fails or writes outside the project: run inside the project.
process.chdir(root);
buildSite({ root, quiet: values.quiet ?? false, contentDir }).catch((error: unknown) => {
  console.error(`bibliosite build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

/**
 * Base path of the site. GitHub Pages serves a project site under "/<repo>": CI sets
 * BASE_URL=/<repo> (no trailing slash). Unset or empty means the site lives at the root.
 * Every link and asset in src/ goes through src/lib/base-url.ts, never through a literal "/".
 */
/** @param {string | undefined} raw @returns {string} */
function normaliseBase(raw) {
  const trimmed = (raw ?? "").trim().replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

const site = process.env.SITE_URL?.trim() || undefined;

export default defineConfig({
  output: "static",
  base: normaliseBase(process.env.BASE_URL),
  ...(site ? { site } : {}),
  // Pages are folders (reports/<slug>/index.html) and every page link ends in "/",
  // which is what GitHub Pages serves without a redirect.
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx()],
  // The site is static: no dev toolbar in previews, nothing phoning home.
  devToolbar: { enabled: false },
  // vega-embed (~880 kB minified, ~300 kB gzip) is one chunk loaded only when a chart scrolls into
  // view; the page itself ships ~1 kB of script, so Vite's 500 kB warning says nothing useful here.
  vite: { build: { chunkSizeWarningLimit: 1000 } },
});

/**
 * The one way to make a link or asset URL on the site.
 *
 * GitHub Pages serves a project site under "/<repo>/", so no page may write a root-absolute
 * "/reports/x/": it must be withBase("reports/x/"). The base comes from Astro's `base`
 * (astro.config.mjs reads BASE_URL), which Astro exposes as import.meta.env.BASE_URL — with
 * or without a trailing slash depending on `trailingSlash`, so both forms are handled.
 */

/** Joins a site base ("/", "/repo", "/repo/") and a base-relative path ("reports/x/", "/a.svg"). */
export function joinBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith("//")) {
    throw new Error(`withBase() takes a site path, not an absolute URL: ${path}`);
  }
  let prefix = base.trim();
  if (!prefix.startsWith("/")) prefix = `/${prefix}`;
  prefix = prefix.replace(/\/+$/, "");
  const rest = path.replace(/^\/+/, "");
  return `${prefix}/${rest}`;
}

/** The site's base as configured, always starting and ending with "/" ("/" or "/repo/"). */
export function siteBase(): string {
  return joinBase(import.meta.env.BASE_URL ?? "/", "");
}

/** A base-relative path made absolute for this site: withBase("reports/x/") -> "/repo/reports/x/". */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? "/", path);
}

/** Page URL of a report: always a folder with a trailing slash (matches trailingSlash: "always"). */
export function reportHref(slug: string): string {
  return withBase(`reports/${encodeURIComponent(slug)}/`);
}

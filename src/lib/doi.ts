/**
 * A DOI as a safe https://doi.org/ URL, or null when it does not look like a DOI ("10.<digits>/..."),
 * so a page never links anywhere else from corpus data. Path parts after the prefix are encoded.
 */
export function doiUrl(doi: string | null | undefined): string | null {
  const d = (doi ?? "").trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, "");
  if (!/^10\.\d{3,9}\/\S+$/.test(d)) return null;
  return `https://doi.org/${d
    .split("/")
    .map((part, i) => (i === 0 ? part : encodeURIComponent(part)))
    .join("/")}`;
}

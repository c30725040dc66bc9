import { looksLikeBibtex, makeBibtexImporter } from "./bibtex-importer.ts";

/** Scopus BibTeX: every entry says `source = {Scopus}`; recent exports also start with a "Scopus" line. */
export const scopusBibtexImporter = makeBibtexImporter({
  format: "scopus-bibtex",
  label: "Scopus BibTeX",
  dialect: "scopus",
  db: "SCOPUS",
  duplicateKey: "TI",
  provides: ["AU", "AF", "TI", "SO", "JI", "J9", "PY", "DT", "DE", "ID", "AB", "C1", "RP", "CR", "TC", "DI", "LA"],
  detect: (head) => looksLikeBibtex(head) && (/^\s*source\s*=\s*\{Scopus\}/im.test(head) || /^\s*Scopus\s*\n/.test(head)),
});

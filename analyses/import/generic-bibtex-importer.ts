import { looksLikeBibtex, makeBibtexImporter } from "./bibtex-importer.ts";

/**
 * Any other BibTeX (IEEE Xplore, ScienceDirect, reference managers), read as bibliometrix's
 * dbsource = "generic": keywords -> ID, note -> TC, and DB = "SCOPUS" (spec §1.3). Goes after the
 * WoS and Scopus BibTeX importers, which recognise their own exports.
 */
export const genericBibtexImporter = makeBibtexImporter({
  format: "generic-bibtex",
  label: "BibTeX (generic)",
  dialect: "generic",
  db: "SCOPUS",
  duplicateKey: "TI",
  provides: ["AU", "AF", "TI", "SO", "PY", "ID", "AB", "TC", "DI"],
  detect: (head) => looksLikeBibtex(head),
});

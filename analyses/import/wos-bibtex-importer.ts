import { looksLikeBibtex, makeBibtexImporter } from "./bibtex-importer.ts";

/** WoS BibTeX: keys "ISI:..."/"WOS:..." and the Unique-ID field are WoS's alone. */
export const wosBibtexImporter = makeBibtexImporter({
  format: "wos-bibtex",
  label: "Web of Science BibTeX",
  dialect: "isi",
  db: "ISI",
  duplicateKey: "UT",
  provides: ["AU", "AF", "TI", "SO", "JI", "J9", "PY", "DT", "DE", "ID", "AB", "C1", "RP", "CR", "TC", "NR", "DI", "UT", "LA", "SC", "WC"],
  detect: (head) => looksLikeBibtex(head) && (/@\w+\{\s*(?:WOS|ISI):/i.test(head) || /^\s*Unique-ID\s*=/m.test(head)),
});

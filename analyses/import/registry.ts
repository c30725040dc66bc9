import type { Importer } from "./importer.ts";
import { wosPlaintextImporter } from "./wos-plaintext-importer.ts";
import { wosTabImporter } from "./wos-tab-importer.ts";
import { wosBibtexImporter } from "./wos-bibtex-importer.ts";
import { scopusBibtexImporter } from "./scopus-bibtex-importer.ts";
import { genericBibtexImporter } from "./generic-bibtex-importer.ts";
import { scopusCsvImporter } from "./scopus-csv-importer.ts";
import { lensCsvImporter } from "./lens-csv-importer.ts";
import { dimensionsCsvImporter } from "./dimensions-csv-importer.ts";
import { embaseCsvImporter } from "./embase-csv-importer.ts";
import { publishOrPerishImporter } from "./publish-or-perish-importer.ts";
import { wosCitationReportImporter } from "./wos-citation-report-importer.ts";
import { pubmedMedlineImporter } from "./pubmed-medline-importer.ts";
import { pubmedCsvImporter } from "./pubmed-csv-importer.ts";
import { openalexApiImporter } from "./openalex-api-importer.ts";
import { openalexCsvImporter } from "./openalex-csv-importer.ts";
import { RIS_IMPORTERS } from "./ris-importer.ts";

/**
 * Every importer, in detection order: the first whose detect() accepts a file's start reads it.
 * More specific signatures go before more general ones (e.g. a CSV layout with a distinctive
 * header before a generic CSV).
 */
// wos-tab before wos-plaintext: its header line "PT\tAU\t..." also looks like a plain-text PT line.
export const IMPORTERS: readonly Importer[] = [
  wosTabImporter,
  wosPlaintextImporter,
  wosBibtexImporter,
  scopusBibtexImporter,
  genericBibtexImporter,
  scopusCsvImporter,
  lensCsvImporter,
  dimensionsCsvImporter,
  embaseCsvImporter,
  pubmedMedlineImporter,
  pubmedCsvImporter,
  openalexApiImporter,
  openalexCsvImporter,
  ...RIS_IMPORTERS,
  publishOrPerishImporter,
  wosCitationReportImporter,
];

/** How many characters of a file detection looks at. */
export const DETECT_HEAD_CHARS = 65_536;

export class UnknownFormatError extends Error {
  constructor(file: string, text: string, importers: readonly Importer[]) {
    const lines = text.split("\n").filter((l) => l.trim() !== "").slice(0, 3);
    const shown = lines.length === 0 ? "the file is empty" : `it starts with ${lines.map((l) => JSON.stringify(l.length > 80 ? `${l.slice(0, 80)}…` : l)).join(", ")}`;
    super(`${file}: no importer recognises this file (tried: ${importers.map((i) => i.label).join(", ")}); ${shown}`);
    this.name = "UnknownFormatError";
  }
}

/** The importer for a decoded file, judged on its content alone. */
export function detectImporter(file: string, text: string, importers: readonly Importer[] = IMPORTERS): Importer {
  const head = text.slice(0, DETECT_HEAD_CHARS);
  const found = importers.find((i) => i.detect(head));
  if (!found) throw new UnknownFormatError(file, text, importers);
  return found;
}

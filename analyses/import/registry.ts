import type { Importer } from "./importer.ts";
import { wosPlaintextImporter } from "./wos-plaintext-importer.ts";

/**
 * Every importer, in detection order: the first whose detect() accepts a file's start reads it.
 * More specific signatures go before more general ones (e.g. a CSV layout with a distinctive
 * header before a generic CSV).
 */
export const IMPORTERS: readonly Importer[] = [wosPlaintextImporter];

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

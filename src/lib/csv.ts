import { stringify } from "csv-stringify/sync";

/** CSV for the "download this table" links: RFC 4180, "\n" line ends, final newline. */
export type Cell = string | number | boolean | null | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([header, ...rows], { record_delimiter: "unix", cast: { boolean: (b) => String(b) } });
}

/** The CSV as a data: URL, so a table's download needs no extra file on the server. */
export function csvDataUrl(csv: string): string {
  // A UTF-8 BOM so spreadsheet software reads accented names correctly.
  return `data:text/csv;charset=utf-8,${encodeURIComponent("\uFEFF" + csv)}`;
}

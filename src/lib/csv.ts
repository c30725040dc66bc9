/** CSV for the "download this table" links: RFC 4180, "\n" line ends, final newline. */
export type Cell = string | number | boolean | null | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const field = (v: Cell): string => {
    if (v === null || v === undefined) return "";
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\n") + "\n";
}

/** The CSV as a data: URL, so a table's download needs no extra file on the server. */
export function csvDataUrl(csv: string): string {
  // A UTF-8 BOM so spreadsheet software reads accented names correctly.
  return `data:text/csv;charset=utf-8,${encodeURIComponent("\uFEFF" + csv)}`;
}

import { stringify } from "csv-stringify/sync";

/** RFC 4180 CSV with a header row, LF line ends (stable bytes on every OS). */
export function toCsv<T extends object>(rows: readonly T[], columns: (keyof T & string)[]): string {
  return stringify([...rows], { header: true, columns, record_delimiter: "unix" });
}

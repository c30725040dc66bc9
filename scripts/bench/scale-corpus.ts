/**
 * `tsx scripts/bench/scale-corpus.ts --records N --out DIR [--source DIR]`: the real BCI corpus
 * (content/reports/bci-eeg/exports, 20 WoS plain-text files, 10,000 records) scaled to N records
 * read, for benchmarks. Copy c of a record is the record unchanged except
 *   UT  WOS:000667508800015  ->  WOS:S<c, 4 digits><the original 15 digits>
 *   DI  10.3233/JIFS-201280   ->  10.3233/JIFS-201280.s<c>
 * and, inside its cited references, a "DOI x" naming a document of the corpus gets the same suffix,
 * so every copy cites its own copy of the corpus as the original cites the original. Everything
 * else (years, sources, authors, keywords, references, citation counts) is the real data, so the
 * distributions are the real ones, and the 500 records the original exports twice stay duplicates
 * of each other within each copy (5 % duplicates at every size). Records are taken copy after copy,
 * in file order, the first N of that sequence; written 1,000 to a file (WoS's export limit) with the
 * original BOM and header. Streaming: one output file in memory at a time.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const ROOT = resolve(import.meta.dirname, "../..");
export const BCI_EXPORTS = join(ROOT, "content/reports/bci-eeg/exports");
export const RECORDS_PER_FILE = 1000;

export interface SourceCorpus {
  /** The header lines of the first export (FN, VR), written at the top of every output file. */
  header: string[];
  /** Every record's lines, PT to ER, in file order. */
  records: string[][];
  /** Lower-cased DOIs of the corpus's records: the references to rewrite in each copy. */
  dois: Set<string>;
}

/** Splits WoS plain-text exports into records (a line-level split: the importer's checks are not needed on real exports). */
export function readSourceCorpus(dir: string): SourceCorpus {
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  if (files.length === 0) throw new Error(`${dir}: no .txt export to scale`);
  let header: string[] = [];
  const records: string[][] = [];
  const dois = new Set<string>();
  for (const file of files) {
    const lines = readFileSync(join(dir, file), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
    let current: string[] | null = null;
    const head: string[] = [];
    for (const [i, line] of lines.entries()) {
      if (current === null) {
        if (line.startsWith("PT ")) current = [line];
        else if (records.length === 0 && line.trim() !== "" && !line.startsWith("EF")) head.push(line);
        continue;
      }
      current.push(line);
      if (line.startsWith("DI ")) dois.add(line.slice(3).trim().toLowerCase());
      if (line === "ER" || line.startsWith("ER ")) {
        records.push(current);
        current = null;
      } else if (line.startsWith("EF")) {
        throw new Error(`${join(dir, file)}:${i + 1}: expected ER before EF (record cut short)`);
      }
    }
    if (current !== null) throw new Error(`${join(dir, file)}: last record has no ER line`);
    if (header.length === 0) header = head;
  }
  return { header, records, dois };
}

const DOI_IN_REFERENCE = /DOI (10\.[^,\s\]]+)/g;

/** Copy `c` of a record: new UT and DI, and the corpus's own DOIs in its references suffixed alike. */
export function copyRecord(lines: readonly string[], c: number, dois: ReadonlySet<string>): string[] {
  const copy = String(c).padStart(4, "0");
  const out: string[] = [];
  let inCr = false;
  for (const line of lines) {
    const tag = line.slice(0, 2);
    if (tag !== "  ") inCr = tag === "CR";
    if (tag === "UT") {
      out.push(line.replace(/^UT (?:WOS:)?(\S+)/, `UT WOS:S${copy}$1`));
    } else if (tag === "DI") {
      out.push(`${line.trimEnd()}.s${c}`);
    } else if (inCr && line.includes("DOI ")) {
      out.push(line.replace(DOI_IN_REFERENCE, (whole, doi: string) => (dois.has(doi.toLowerCase()) ? `DOI ${doi}.s${c}` : whole)));
    } else {
      out.push(line);
    }
  }
  return out;
}

export interface ScaleResult {
  files: number;
  records: number;
  bytes: number;
}

/** Writes `records` records as scaled-00000.txt, ... into `out` (emptied first). */
export function writeScaledCorpus(source: SourceCorpus, records: number, out: string): ScaleResult {
  if (!Number.isInteger(records) || records < 1) throw new Error(`--records: expected a positive whole number, got ${records}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const n = source.records.length;
  let bytes = 0;
  let files = 0;
  for (let start = 0; start < records; start += RECORDS_PER_FILE) {
    const parts: string[] = [];
    for (let i = start; i < Math.min(start + RECORDS_PER_FILE, records); i++) {
      parts.push(copyRecord(source.records[i % n]!, Math.floor(i / n), source.dois).join("\n"));
    }
    // WoS's layout: BOM, header, records each followed by a blank line, EF.
    const text = `\uFEFF${source.header.join("\n")}\n${parts.join("\n\n")}\n\nEF`;
    const data = Buffer.from(text, "utf8");
    writeFileSync(join(out, `scaled-${String(files).padStart(5, "0")}.txt`), data);
    bytes += data.length;
    files += 1;
  }
  return { files, records, bytes };
}

/** The scaled corpus of `records` records under `work`, generated once and reused while its manifest matches. */
export function scaledCorpus(work: string, records: number): string {
  const dir = join(work, `bci-${records}`);
  const manifest = join(dir, "manifest.json");
  if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { records: number }).records === records) return dir;
  const result = writeScaledCorpus(readSourceCorpus(BCI_EXPORTS), records, dir);
  writeFileSync(manifest, `${JSON.stringify(result)}\n`);
  return dir;
}

function main(): void {
  const { values } = parseArgs({ options: { records: { type: "string" }, out: { type: "string" }, source: { type: "string" } } });
  if (!values.records || !values.out) throw new Error("usage: tsx scripts/bench/scale-corpus.ts --records N --out DIR [--source DIR]");
  const source = readSourceCorpus(resolve(values.source ?? BCI_EXPORTS));
  const result = writeScaledCorpus(source, Number(values.records), resolve(values.out));
  console.log(`${result.records.toLocaleString("en-US")} records in ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB -> ${values.out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(`scale-corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

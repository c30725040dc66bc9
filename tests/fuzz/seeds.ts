/**
 * Seed files for the importer fuzz tests: every real export in ../shared/data/ (when present) and
 * every per-format fixture in tests/fixtures/, each labelled with the importer that recognises it.
 * New importers join automatically as soon as a file of their format exists in either place.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { decodeBytes } from "../../analyses/import/decode.ts";
import { detectImporter } from "../../analyses/import/registry.ts";
import { hasShared, sharedPath } from "../support/shared.ts";
import { REPO_ROOT } from "../support/site-build.ts";

export interface Seed {
  /** Where it came from, e.g. "shared:wos-plaintext/generative-ai-469.txt" (unique). */
  name: string;
  /** The importer format that recognises the (possibly shortened) seed. */
  format: string;
  bytes: Uint8Array;
  /** Size of the whole file the seed was cut from. */
  fileBytes: number;
}

/** Files above this size are shortened to a prefix of about SEED_PREFIX bytes, cut after a line end. */
export const SEED_WHOLE_MAX = 64 * 1024;
export const SEED_PREFIX = 24 * 1024;

/** Folders of tests/fixtures/ that are not exports of one format. */
const NOT_EXPORT_FIXTURES = new Set(["reports", "site"]);

function listFiles(dir: string, skipDir: (name: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!skipDir(name)) out.push(...listFiles(full, skipDir));
    } else out.push(full);
  }
  return out;
}

/** A prefix ending with a line end, so that the seed starts healthy and only the last record is cut. */
export function seedPrefix(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SEED_WHOLE_MAX) return bytes;
  const nl = bytes.lastIndexOf(0x0a, SEED_PREFIX);
  return bytes.subarray(0, nl > 0 ? nl + 1 : SEED_PREFIX);
}

function formatOf(name: string, bytes: Uint8Array): string | null {
  const { text } = decodeBytes(bytes, name);
  try {
    return detectImporter(name, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).format;
  } catch {
    return null;
  }
}

/** Every seed, sorted by name. Files no importer recognises (e.g. README.md) are left out. */
export function loadSeeds(): Seed[] {
  const candidates: { name: string; path: string }[] = [];
  if (hasShared) {
    const data = sharedPath("data");
    for (const path of listFiles(data, (d) => d === "published-outputs")) {
      if (path.endsWith(".md")) continue;
      candidates.push({ name: `shared:${relative(data, path).split(sep).join("/")}`, path });
    }
  }
  const fixtures = join(REPO_ROOT, "tests", "fixtures");
  for (const path of listFiles(fixtures, (d) => NOT_EXPORT_FIXTURES.has(d))) {
    if (path.endsWith(".md") || path.endsWith(".mts") || relative(fixtures, path).split(sep).length < 2) continue;
    candidates.push({ name: `fixture:${relative(fixtures, path).split(sep).join("/")}`, path });
  }
  const seeds: Seed[] = [];
  for (const { name, path } of candidates) {
    const whole = new Uint8Array(readFileSync(path));
    const bytes = seedPrefix(whole);
    const format = formatOf(name, bytes);
    if (format !== null) seeds.push({ name, format, bytes, fileBytes: whole.length });
  }
  return seeds.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Seeds grouped by format (formats sorted), at most `perFormat` each, smallest first. */
export function seedsByFormat(seeds: readonly Seed[], perFormat = Infinity): Map<string, Seed[]> {
  const groups = new Map<string, Seed[]>();
  for (const s of seeds) groups.set(s.format, [...(groups.get(s.format) ?? []), s]);
  const sorted = new Map<string, Seed[]>();
  for (const format of [...groups.keys()].sort()) {
    const list = groups.get(format)!.sort((a, b) => a.bytes.length - b.bytes.length || (a.name < b.name ? -1 : 1));
    sorted.set(format, list.slice(0, perFormat));
  }
  return sorted;
}

/**
 * The seed with one line made `extraChars` characters longer: the filler ("ab " repeated: letters
 * and spaces, valid inside any quoted or braced value) goes after the last lower-case word of the
 * longest line in the seed's last two thirds, i.e. inside a record's value, past any header.
 */
export function withLongLine(seed: Seed, extraChars: number): { bytes: Uint8Array; line: number } {
  const { text } = decodeBytes(seed.bytes, seed.name);
  const lines = text.split("\n");
  let best = lines.length > 10 ? Math.floor(lines.length / 3) : 0;
  for (let i = best; i < lines.length; i++) if (lines[i]!.length > lines[best]!.length) best = i;
  const line = lines[best]!;
  // In a line-per-field file, the last word: a line's start may be a field name (BibTeX
  // "affiliations = {"), its end is a value. In a file of a few long lines (JSON), the first word,
  // which is in the first work's title.
  const words = [...line.matchAll(/[a-z]{3} /g)];
  const word = lines.length > 10 ? words.at(-1) : words[0];
  const at = word ? word.index + 3 : Math.floor(line.length / 2);
  const filler = "ab ".repeat(Math.ceil(extraChars / 3)).slice(0, extraChars);
  lines[best] = line.slice(0, at) + filler + line.slice(at);
  return { bytes: new TextEncoder().encode(lines.join("\n")), line: best + 1 };
}

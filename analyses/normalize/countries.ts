import { COUNTRIES_BIBLIOMETRIX } from "../data/countries-bibliometrix.ts";
import { R_BLANK_CLASS, R_PUNCT_CLASS, rStrsplit, rTrim } from "../util/r-semantics.ts";

/**
 * AU_CO and AU1_CO for Web of Science records, exactly as bibliometrix's metaTagExtraction
 * computes them (spec §1.8.1, §1.8.2), quirks included: substring matching against a fixed country
 * list in table order, one entry per occurrence, Taiwan -> China, and the corresponding-author rule
 * that misses single-word countries unless RP is present.
 */

const COUNTRY_NAMES: readonly string[] = COUNTRIES_BIBLIOMETRIX.map((c) => c.name);
/** Name -> position in the table (the table has no repeated names). */
const TABLE_INDEX = new Map<string, number>(COUNTRY_NAMES.map((n, i) => [n, i]));
/** The distinct name lengths, to look names up by the text just before a dot or after a space. */
const NAME_LENGTHS = [...new Set(COUNTRY_NAMES.map((n) => n.length))].sort((a, b) => a - b);

const PUNCT_BLANK_RUNS = new RegExp(`[${R_PUNCT_CLASS}${R_BLANK_CLASS}]+`, "gu");
/** "[Rossi, M; Bianchi, L] " author groups in front of an address (R: "\\[.*?\\] "). */
const AUTHOR_BRACKETS = /\[.*?\] /g;


/** The renames bibliometrix applies after matching (plain substring replacements, in this order). */
function renameCountries(s: string): string {
  return s
    .replaceAll("UNITED STATES", "USA")
    .replaceAll("RUSSIAN FEDERATION", "RUSSIA")
    .replaceAll("TAIWAN", "CHINA")
    .replaceAll("ENGLAND", "UNITED KINGDOM")
    .replaceAll("SCOTLAND", "UNITED KINGDOM")
    .replaceAll("WALES", "UNITED KINGDOM")
    .replaceAll("NORTH IRELAND", "UNITED KINGDOM")
    .replaceAll("TURKIYE", "TURKEY")
    .replaceAll("ESWATINI", "SWAZILAND")
    .replaceAll("CZECHIA", "CZECH REPUBLIC");
}

/**
 * Every occurrence of "NAME." (bibliometrix: gregexpr(fixed = TRUE) per country, in table order).
 * Names contain no dot, so each occurrence ends at its own dot and occurrences never overlap:
 * counting, for every dot, the names that end right before it gives the same counts without
 * scanning the address 202 times.
 */
function matchAll(address: string): string[] {
  const counts = new Map<number, number>();
  for (let dot = address.indexOf("."); dot >= 0; dot = address.indexOf(".", dot + 1)) {
    for (const len of NAME_LENGTHS) {
      if (len > dot) break;
      const k = TABLE_INDEX.get(address.slice(dot - len, dot));
      if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const found: string[] = [];
  for (const k of [...counts.keys()].sort((a, b) => a - b)) {
    for (let j = 0; j < counts.get(k)!; j++) found.push(COUNTRY_NAMES[k]!);
  }
  return found;
}

/**
 * AU_CO: countries of all addresses, one entry per matching address occurrence, in country-table
 * order. `c1` is the normalised C1 (brackets removed, "." -> ".;"), `rp` the upper-cased RP.
 * Example: "UNIV A, ROME, ITALY.; UNIV B, MILAN, ITALY.; HARVARD, MA 02138 USA." -> "ITALY;ITALY;USA".
 */
export function authorCountries(c1: string | null, rp: string | null): string | null {
  let found: string[] = [];
  const source = c1 ?? rp;
  if (source !== null) {
    let address = source.replace(AUTHOR_BRACKETS, "");
    if (!address.endsWith(".")) address += ".";
    found = matchAll(address);
  }
  if (found.length === 0) {
    // R pastes ";" to RP, so a missing RP is searched as the text "NA;" (which matches nothing).
    found = matchAll(`${rp ?? "NA"};`);
  }
  if (found.length === 0) return null;
  let s = found.join(";");
  s = s.replace(/[0-9]/g, "").replace(/[().]/g, "").replaceAll(";;", ";");
  return renameCountries(s);
}

/** The first country in table order that occurs as " NAME " (space-padded) in the text. */
function firstPadded(text: string): string | null {
  let best = Infinity;
  for (let sp = text.indexOf(" "); sp >= 0; sp = text.indexOf(" ", sp + 1)) {
    for (const len of NAME_LENGTHS) {
      const end = sp + 1 + len;
      if (end >= text.length) break;
      if (text.charCodeAt(end) !== 32) continue;
      const k = TABLE_INDEX.get(text.slice(sp + 1, end));
      if (k !== undefined && k < best) best = k;
    }
  }
  return best === Infinity ? null : COUNTRY_NAMES[best]!;
}

/**
 * AU1_CO: the corresponding author's country (RP, falling back to C1), as bibliometrix finds it.
 * Step 1 keeps only the text after the last comma of the first address and searches " NAME "
 * in it; a single-word country has no leading space there, so it is found only by step 2, the
 * search in the whole RP. With RP missing, AU1_CO is null for every single-word country (spec §1.8.2).
 */
export function correspondingAuthorCountry(c1: string | null, rp: string | null): string | null {
  let country: string | null = null;
  const source = rp ?? c1;
  let first: string | null = null;
  if (source !== null) {
    let s = source.replace(AUTHOR_BRACKETS, "");
    s = s.replace(/^.*?\(REPRINT\sAUTHOR\)/, "");
    first = rStrsplit(s, ";")[0] ?? null;
  }
  // R works on the string "NA" when the address is missing (paste of NA).
  let candidate = first ?? "NA";
  candidate = candidate.replace(/^(.+)?,/, "");
  candidate = candidate.replace(PUNCT_BLANK_RUNS, " ");
  candidate = `${rTrim(candidate)} `;
  country = firstPadded(candidate);
  if (country === null) {
    const rpText = `${rp ?? "NA"};`.replace(PUNCT_BLANK_RUNS, " ");
    country = firstPadded(rpText);
  }
  if (country === null) return null;
  return renameCountries(rTrim(country.replace(/[0-9]/g, "")));
}

import { COUNTRIES_BIBLIOMETRIX } from "../data/countries-bibliometrix.ts";
import { R_BLANK_CLASS, R_PUNCT_CLASS, rStrsplit, rTrim } from "../util/r-semantics.ts";

/**
 * AU_CO and AU1_CO for Web of Science records, exactly as bibliometrix's metaTagExtraction
 * computes them (spec §1.8.1, §1.8.2), quirks included: substring matching against a fixed country
 * list in table order, one entry per occurrence, Taiwan -> China, and the corresponding-author rule
 * that misses single-word countries unless RP is present.
 */

/**
 * What follows a country name in an address, per database (spec §1.8.1): WoS/PubMed "NAME.",
 * Scopus "NAME;", Dimensions "NAME)" searched with the address's dots removed (its raw
 * affiliations end "(…, Toronto, Canada.)" or "(…, Canada)"; measured on bibliometrix's output).
 */
export type CountrySuffix = "." | ";" | ")";

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
function matchAll(address: string, suffix: CountrySuffix = "."): string[] {
  const counts = new Map<number, number>();
  for (let dot = address.indexOf(suffix); dot >= 0; dot = address.indexOf(suffix, dot + 1)) {
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
export function authorCountries(c1: string | null, rp: string | null, suffix: CountrySuffix = "."): string | null {
  let found: string[] = [];
  const source = c1 ?? rp;
  if (source !== null) {
    let address = source.replace(AUTHOR_BRACKETS, "");
    // WoS and Scopus addresses get their terminator appended; Dimensions' "(..., COUNTRY)" ones do not.
    if (suffix === ")") address = address.replaceAll(".", "");
    else if (!address.endsWith(suffix)) address += suffix;
    found = matchAll(address, suffix);
  }
  if (found.length === 0) {
    // R pastes ";" to RP, so a missing RP is searched as the text "NA;" (which matches nothing).
    found = matchAll(`${rp ?? "NA"};`, suffix);
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

/**
 * AU1_CO for PubMed (MEDLINE) records. bibliometrix gives PubMed its own search string: the text
 * after the last comma of the first C1 address, padded with a space on both sides, so a
 * single-word country ("ITALY") is found too; RP is never used (PubMed has none).
 */
export function correspondingAuthorCountryPubmed(c1: string | null): string | null {
  let first: string | null = null;
  if (c1 !== null) first = rStrsplit(c1.replace(AUTHOR_BRACKETS, "").replace(/^.*?\(REPRINT\sAUTHOR\)/, ""), ";")[0] ?? null;
  const candidate = ` ${rTrim((first ?? "NA").replace(/^(.+)?,/, "").replace(PUNCT_BLANK_RUNS, " "))} `;
  const country = firstPadded(candidate);
  return country === null ? null : renameCountries(rTrim(country.replace(/[0-9]/g, "")));
}

/** ISO-2 -> the first table name with that code (R's named-vector lookup takes the first). */
const NAME_BY_ISO2 = new Map<string, string>();
for (const c of COUNTRIES_BIBLIOMETRIX) if (!NAME_BY_ISO2.has(c.iso2)) NAME_BY_ISO2.set(c.iso2, c.name);

/**
 * OpenAlex country codes (ISO 3166-1 alpha-2) -> bibliometrix country names, each country once,
 * in order of first appearance; unknown codes are dropped (bibliometrix's convert_iso2_to_country,
 * plus the AU_CO renames so that "US" gives "USA" as a WoS address does).
 */
export function countriesFromIso2(codes: readonly string[]): string | null {
  const names: string[] = [];
  for (const code of codes) {
    const found = NAME_BY_ISO2.get(code.trim().toUpperCase());
    // Renamed like every other source's AU_CO ("UNITED STATES" -> "USA"), so countries merge across databases.
    const name = found === undefined ? undefined : renameCountries(found);
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names.length === 0 ? null : names.join(";");
}

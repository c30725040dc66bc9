import type { BibRecord, RawRecord } from "../model/record.ts";
import type { WosRawRecord } from "../import/wos-plaintext.ts";
import { glueLines, rAsNumeric, rStrsplit, rToUpper, rTrim, rTrimLeading, rTrimws, trimES } from "../util/r-semantics.ts";
import { authorCountries, correspondingAuthorCountry } from "./countries.ts";

/**
 * Raw WoS plain-text record -> BibRecord, following bibliometrix's convert2df for WoS plain text
 * (spec §1.2, §1.3), step by step, so every string equals the one in bibliometrix's data frame.
 * SR is left empty: it depends on the whole corpus and is set by the corpus stage.
 */

/** Tags whose lines are list items joined with ";" (every other tag's lines are joined with a space). */
const SEMICOLON_JOINED = new Set(["AU", "AF", "CR"]);
/** Tags with a dedicated BibRecord property (everything else goes to `extra`). */
const OWN_PROPERTIES = new Set([
  "UT", "PY", "TC", "AU", "TI", "SO", "DT", "DE", "ID", "C1", "RP", "CR", "DI", "JI", "J9",
]);
/** Record delimiters are structure, not data. */
const STRUCTURAL = new Set(["ER", "EF", "FN", "VR"]);

export interface WosNormalizeOptions {
  /**
   * Whether any record of the corpus has a CR field. bibliometrix writes "none" only when the
   * data frame has no CR column at all; a record without CR in a corpus that has the column is NA,
   * which we store as "" (it yields no reference when split, exactly like NA).
   */
  corpusHasCR: boolean;
}

function isTabLayout(raw: RawRecord): boolean {
  return (raw as Partial<WosRawRecord>).layout === "tab";
}

/**
 * The tag's lines joined as isi2df does, before upper-casing; null when the tag is absent.
 * isi2df first glues the lines with "---" and then replaces every "---" by the separator, so a
 * "---" inside a value also becomes a separator, and a line ending in "-" loses the dash's place
 * ("CULTURE -" + "PERSPECTIVES" -> "CULTURE -PERSPECTIVES"). We copy that literally.
 */
function joinTag(raw: RawRecord, tag: string): string | null {
  const lines = raw.fields.get(tag);
  if (!lines) return null;
  if (SEMICOLON_JOINED.has(tag)) return glueLines(lines, ";");
  // The 2021 layout does not wrap long values: several lines of one tag are list entries.
  if (isTabLayout(raw) && lines.length > 1) return trimES(lines.map((l) => l.trim()).join("; "));
  return trimES(glueLines(lines, " "));
}

/** CR cleaning of convert2df: drop "[,", "[", "]", " .. ", " . ", collapse white space, trim the left. */
export function cleanCitedReferences(cr: string): string {
  // indexOf pre-checks: most reference lists contain none of the fragments, and a regex scan stops at every space.
  const hasFragment = cr.includes("[") || cr.includes("]") || cr.includes(" . ") || cr.includes(" .. ");
  const cleaned = hasFragment ? cr.replace(/\[,|\[|\]| \.\. | \. /g, "") : cr;
  return rTrimLeading(trimES(cleaned));
}

/** AU: commas -> spaces, white space collapsed, upper case, then each name trimmed (spec §1.4). */
export function normalizeWosAuthors(joined: string): string {
  const upper = rToUpper(trimES(joined.replaceAll(",", " ")));
  return rStrsplit(upper, ";")
    .map((name) => rTrimws(trimES(name)))
    .join(";");
}

/** C1: author groups "[...]" removed, trimmed, and every "." becomes ".;" (one address per element). */
export function normalizeWosAddresses(upperC1: string): string {
  return rTrim(upperC1.replace(/\[.*?\]/g, "")).replaceAll(".", ".;");
}

/** ";;" -> ";" once, non-overlapping, as convert2df does on every character column. */
function fixDoubleSemicolons(s: string): string;
function fixDoubleSemicolons(s: string | null): string | null;
function fixDoubleSemicolons(s: string | null): string | null {
  return s === null ? null : s.replaceAll(";;", ";");
}

/**
 * KW_Merged (spec §1.7): DE and ID together, first occurrence of each keyword, joined by "; ";
 * the literal string "NA" when the document has no keyword at all.
 */
export function mergeKeywords(de: string | null, id: string | null): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const field of [de, id]) {
    if (field === null) continue;
    for (const kw of field.split(";")) {
      const k = kw.trim();
      if (!seen.has(k)) {
        seen.add(k);
        out.push(k);
      }
    }
  }
  return out.length === 0 ? "NA" : out.join("; ");
}

export function normalizeWosRecord(raw: RawRecord, options: WosNormalizeOptions): BibRecord {
  const extra: Record<string, string> = {};
  const joinedCache = new Map<string, string | null>();
  const joined = (tag: string): string | null => {
    if (!joinedCache.has(tag)) joinedCache.set(tag, joinTag(raw, tag));
    return joinedCache.get(tag)!;
  };
  const upper = (tag: string): string | null => {
    const j = joined(tag);
    return j === null ? null : fixDoubleSemicolons(rToUpper(j));
  };

  const auJoined = joined("AU");
  const AU = auJoined === null ? null : fixDoubleSemicolons(normalizeWosAuthors(auJoined));

  let C1: string | null = null;
  const c1Joined = joined("C1");
  if (c1Joined !== null) {
    const c1Upper = rToUpper(c1Joined);
    extra.C1raw = fixDoubleSemicolons(c1Upper);
    C1 = fixDoubleSemicolons(normalizeWosAddresses(c1Upper));
  }

  let CR: string;
  const crJoined = joined("CR");
  if (crJoined !== null) {
    // metaTagExtraction (run by convert2df to build SR) also rewrites "DOI;" as "DOI ".
    CR = fixDoubleSemicolons(cleanCitedReferences(rToUpper(crJoined))).replaceAll("DOI;", "DOI ");
  } else {
    CR = options.corpusHasCR ? "" : "none";
  }

  const PY = rAsNumeric(joined("PY"));
  const TC = rAsNumeric(joined("TC")) ?? 0;

  const diJoined = joined("DI");
  const DI = diJoined === null ? null : fixDoubleSemicolons(diJoined);

  // Original-case copies bibliometrix keeps (TI_raw, AB_raw, DE_raw).
  for (const tag of ["TI", "AB", "DE"]) {
    const j = joined(tag);
    if (j !== null) extra[`${tag}_raw`] = fixDoubleSemicolons(j);
  }

  for (const tag of raw.fields.keys()) {
    if (OWN_PROPERTIES.has(tag) || STRUCTURAL.has(tag)) continue;
    const v = upper(tag);
    if (v !== null) extra[tag] = v;
  }

  const RP = upper("RP");
  const DE = upper("DE");
  const ID = upper("ID");
  extra.KW_Merged = mergeKeywords(DE, ID);

  const record: BibRecord = {
    location: { ...raw.location },
    DB: "ISI",
    UT: upper("UT"),
    PY,
    TC,
    AU,
    TI: upper("TI"),
    SO: upper("SO"),
    DT: upper("DT"),
    DE,
    ID,
    C1,
    RP,
    CR,
    DI,
    JI: upper("JI"),
    J9: upper("J9"),
    AU_CO: authorCountries(C1, RP),
    AU1_CO: correspondingAuthorCountry(C1, RP),
    extra,
    SR: "",
  };
  return record;
}

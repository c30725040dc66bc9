import type { BibRecord, RawRecord } from "../model/record.ts";
import { glueLines, rAsNumeric, rToUpper, rTrimws, trimES } from "../util/r-semantics.ts";
import { authorCountries, correspondingAuthorCountryPubmed } from "./countries.ts";
import { mergeKeywords } from "./wos.ts";

/**
 * Raw MEDLINE record -> BibRecord, following bibliometrix's pubmed2df + convert2df (spec §1.3
 * "PubMed"): tags renamed (JT -> SO, TA -> J9, MH -> DE = ID, PT -> DT, DP -> PY, AD -> C1, FAU -> AF,
 * ...), list tags joined with ";", others with a space, everything upper-cased, no TC, no CR.
 */

/** MEDLINE tag -> bibliometrix tag (pubmed2df's rename list). */
const RENAME: Record<string, string> = {
  AD: "C1", AUID: "OI", FAU: "AF", IS: "SN", IP: "IS", SO: "SO2", JT: "SO", TA: "J9",
  MH: "DE", PG: "PP", PT: "DT", VI: "VL", DP: "PY",
};
/** Tags (after renaming) whose lines are list items joined with ";". */
const SEMICOLON_JOINED = new Set(["AU", "AF", "DE", "AID", "OT", "PHST", "DT"]);
/** Tags with their own BibRecord property. */
const OWN = new Set(["PY", "AU", "TI", "SO", "DT", "DE", "C1", "J9", "UT", "TC", "CR", "DI", "JI", "RP", "ID"]);

function fixDoubleSemicolons(s: string | null): string | null {
  return s === null ? null : s.replaceAll(";;", ";");
}

/** The renamed tag -> its lines joined as pubmed2df does (null when absent). */
function joinedFields(raw: RawRecord): Map<string, string> {
  const out = new Map<string, string>();
  for (const [tag, lines] of raw.fields) {
    const name = RENAME[tag] ?? tag;
    // pubmed2df glues lines with "---" and then replaces it, so a "---" inside a value splits it too.
    out.set(name, SEMICOLON_JOINED.has(name) ? glueLines(lines, ";") : trimES(glueLines(lines, " ")));
  }
  return out;
}

export function normalizePubmedRecord(raw: RawRecord): BibRecord {
  const f = joinedFields(raw);
  const upper = (tag: string): string | null => {
    const v = f.get(tag);
    return v === undefined ? null : fixDoubleSemicolons(rToUpper(v));
  };
  // DI: the first LID value before its "[doi]"/"[pii]" label (so a PII when it comes first, as in R).
  const lid = raw.fields.get("LID");
  const DI = lid === undefined ? null : fixDoubleSemicolons(rToUpper(rTrimws(lid.join("---").split("[")[0]!)));
  const dp = f.get("PY");
  const mesh = f.get("DE");
  const DE = mesh === undefined ? null : fixDoubleSemicolons(rToUpper(mesh.replaceAll("*", "")));
  const c1Upper = upper("C1");
  const C1 = c1Upper === null ? null : fixDoubleSemicolons(c1Upper.replaceAll(".", ".;"));

  const extra: Record<string, string> = {};
  for (const [tag, value] of f) {
    if (OWN.has(tag)) continue;
    extra[tag] = fixDoubleSemicolons(rToUpper(value))!;
  }
  for (const tag of ["TI", "AB"]) {
    const v = f.get(tag);
    if (v !== undefined) extra[`${tag}_raw`] = fixDoubleSemicolons(v)!;
  }
  if (mesh !== undefined) extra.DE_raw = fixDoubleSemicolons(mesh.replaceAll("*", ""))!;
  extra.PMID = rTrimws(f.get("PMID") ?? "");
  extra.KW_Merged = mergeKeywords(DE, DE);

  return {
    location: { ...raw.location },
    DB: "PUBMED",
    UT: null,
    PY: dp === undefined ? null : rAsNumeric(dp.slice(0, 4)),
    TC: 0,
    AU: upper("AU"),
    TI: upper("TI"),
    SO: upper("SO"),
    DT: upper("DT"),
    DE,
    ID: DE,
    C1,
    RP: null,
    CR: "none",
    DI,
    JI: null,
    J9: upper("J9"),
    AU_CO: authorCountries(C1, null),
    AU1_CO: correspondingAuthorCountryPubmed(C1),
    extra,
    SR: "",
  };
}

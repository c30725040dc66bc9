import type { BibRecord } from "../model/record.ts";
import { rAsNumeric, rStrsplit, rToUpper, rTrimws } from "../util/r-semantics.ts";
import { authorCountries, correspondingAuthorCountry } from "./countries.ts";
import { fixDoubleSemicolons, normalizeAuthorList, tabularFields, type TabularRecord } from "./tabular.ts";
import { cleanCitedReferences } from "./wos.ts";

/**
 * A Scopus CSV row -> BibRecord, following bibliometrix's csvScopus2df and convert2df (spec §1.2,
 * §1.3 "Scopus CSV"), so every string equals the one in bibliometrix's data frame.
 */

/** Scopus column names -> tags (exact names; both the pre-2024 and the 2024+ spellings). */
const SCOPUS_COLUMNS: ReadonlyMap<string, string> = new Map([
  ["Abbreviated Source Title", "JI"],
  ["Affiliations", "C1"],
  ["Authors with affiliations", "C1_raw"],
  ["Author Addresses", "C1_raw"],
  ["Authors", "AU"],
  ["Author Names", "AU"],
  ["Author full names", "AF"],
  ["Source title", "SO"],
  ["Titles", "TI"],
  ["Title", "TI"],
  ["Publication Year", "PY"],
  ["Year", "PY"],
  ["Volume", "VL"],
  ["Issue", "IS"],
  ["Page count", "PP"],
  ["Cited by", "TC"],
  ["DOI", "DI"],
  ["Link", "URL"],
  ["Abstract", "AB"],
  ["Author Keywords", "DE"],
  ["Indexed Keywords", "ID"],
  ["Index Keywords", "ID"],
  ["Funding Details", "FU"],
  ["Funding Texts", "FX"],
  ["Funding Text 1", "FX"],
  ["References", "CR"],
  ["Correspondence Address", "RP"],
  ["Publisher", "PU"],
  ["Open Access", "OA"],
  ["Language of Original Document", "LA"],
  ["Document Type", "DT"],
  ["Source", "DB"],
  ["EID", "UT"],
]);

export function scopusColumnTag(column: string): string {
  return SCOPUS_COLUMNS.get(column) ?? column;
}

/** Tags kept in their original case (bibliometrix upper-cases every other column). */
const KEEP_CASE = new Set(["DI", "URL"]);
/** Tags with a dedicated BibRecord property. */
const OWN = new Set(["UT", "PY", "TC", "AU", "TI", "SO", "DT", "DE", "ID", "C1", "RP", "CR", "DI", "JI", "J9", "DB"]);

/** A "(2023)" anywhere marks the 2024+ reference layout ("Authors; Title; Source, vol, (year)"). */
const NEW_CR_LAYOUT = /\(\d{4}\)/;

/**
 * The 2024+ layout separates both authors and references with ";". References end with their
 * "(year)", so split after "(year);", then turn each reference's inner ";" into ",".
 */
export function fixScopusReferenceSeparators(cr: string): string {
  if (!NEW_CR_LAYOUT.test(cr) || cr.trim() === "") return cr;
  return cr
    .replace(/\((\d{4})\)\s*;\s*/g, "($1)|||")
    .split("|||")
    .map((ref) => rTrimws(ref).replaceAll(";", ","))
    .join("; ");
}

/** Scopus "Affiliations": each ";"-element loses everything up to its last "., " (an author-name prefix). */
function stripAuthorPrefixes(c1: string): string {
  return rStrsplit(c1, ";")
    .map((element) => element.replace(/^[\s\S]*\., /, ""))
    .join(";");
}

export interface ScopusNormalizeOptions {
  /** Whether the data frame has a References column (else CR = "none", spec §1.2 step 2). */
  corpusHasCR: boolean;
}

export function normalizeScopusRecord(raw: TabularRecord, options: ScopusNormalizeOptions): BibRecord {
  const f = new Map(raw.fields);
  // labelling(): without an Affiliations column, "Authors with affiliations" is the C1.
  if (!f.has("C1") && f.has("C1_raw")) f.set("C1", f.get("C1_raw")!);

  if (f.has("AU")) f.set("AU", f.get("AU")!.replaceAll(".", "").replaceAll(",", ""));
  const c1Before = f.get("C1");
  if (c1Before !== undefined) {
    f.set("C1raw", c1Before);
    f.set("C1", stripAuthorPrefixes(c1Before));
  }
  // Without an "Abbreviated Source Title" column bibliometrix abbreviates SO with an ISO-4 routine;
  // we leave JI/J9 empty instead (docs/parity.md), so SR falls back to SO.
  if (f.has("JI")) f.set("J9", f.get("JI")!.replaceAll(".", ""));
  if (f.has("CR")) f.set("CR", fixScopusReferenceSeparators(f.get("CR")!));
  // The Scopus author ids "(57205348007)" carry no name information.
  if (f.has("AF")) f.set("AF", f.get("AF")!.replace(/\s*\(\d+\)/g, ""));

  const { value, extra, DE, ID } = tabularFields(f, { keepAsRead: KEEP_CASE, own: OWN, fixRawSemicolons: true });

  const auUpper = f.has("AU") ? rToUpper(f.get("AU")!) : null;
  const AU = auUpper === null ? null : fixDoubleSemicolons(normalizeAuthorList(auUpper));
  const crUpper = value("CR");
  const CR = options.corpusHasCR
    ? fixDoubleSemicolons(cleanCitedReferences(crUpper === null ? "" : rToUpper(f.get("CR")!))).replaceAll("DOI;", "DOI ")
    : "none";
  const C1 = value("C1");
  const RP = value("RP");

  return {
    location: { ...raw.location },
    DB: "SCOPUS",
    UT: value("UT"),
    PY: rAsNumeric(f.get("PY")),
    TC: rAsNumeric(f.get("TC")) ?? 0,
    AU,
    TI: value("TI"),
    SO: value("SO"),
    DT: value("DT"),
    DE,
    ID,
    C1,
    RP,
    CR,
    DI: value("DI"),
    JI: value("JI"),
    J9: value("J9"),
    AU_CO: authorCountries(C1, RP, ";"),
    AU1_CO: correspondingAuthorCountry(C1, RP),
    extra,
    SR: "",
  };
}

/** A Scopus EID: "2-s2.0-" then digits. */
const EID = /^2-s2\.0-\d+$/;

/**
 * Some Scopus exports announce "Funding Text 1" in the header but write more funding-text cells
 * in rows that have them (the litstudy file: 46 cells under 45 columns, the 26th being an
 * unannounced "Funding Text 2"). The surplus cells follow "Funding Text 1": drop them, and accept
 * the row only if its EID then lands in the EID column. bibliometrix (readr) instead glues the
 * surplus onto the last column and shifts every column after the funding text (docs/parity.md).
 */
export function fitScopusWideRow(cells: string[], header: readonly string[]): { cells: string[] } | { reason: string } {
  const surplus = cells.length - header.length;
  const lastFunding = header.reduce((last, h, i) => (/^Funding Text \d+$/.test(h) ? i : last), -1);
  const eidAt = header.indexOf("EID");
  if (lastFunding < 0) return { reason: "the extra cells are not empty and the header has no Funding Text column they could belong to; a quote is probably missing" };
  const fitted = [...cells.slice(0, lastFunding + 1), ...cells.slice(lastFunding + 1 + surplus)];
  if (eidAt >= 0 && !EID.test(fitted[eidAt] ?? "")) {
    return { reason: `taking the ${surplus} extra cell(s) as further Funding Text columns does not put an EID ("2-s2.0-…") in the EID column; a quote is probably missing` };
  }
  return { cells: fitted };
}

import type { BibRecord } from "../model/record.ts";
import { rAsNumeric, rStrsplit, rTrim, trimES } from "../util/r-semantics.ts";
import { authorCountries, type CountrySuffix } from "./countries.ts";
import { fixDoubleSemicolons, normalizeAuthorList, tabularFields, type TabularRecord } from "./tabular.ts";

/**
 * A Dimensions publications CSV row -> BibRecord, following bibliometrix's dimensions2df and
 * convert2df (spec §1.3 "Dimensions").
 */

/** Dimensions column names (dots and hyphens already turned into spaces) -> tags. */
const DIMENSIONS_COLUMNS: ReadonlyMap<string, string> = new Map([
  ["Publication ID", "UT"],
  ["DOI", "DI"],
  ["PMID", "PM"],
  ["Title", "TI"],
  ["Abstract", "AB"],
  ["Acknowledgements", "FU_CO"],
  ["Source title", "SO"],
  ["Source title/Anthology title", "SO"],
  ["PubYear", "PY"],
  ["Volume", "VL"],
  ["Pagination", "PP"],
  ["Publication Type", "DT"],
  ["Authors", "AU"],
  ["Authors (Raw Affiliation)", "C1"],
  ["Corresponding Authors", "RP"],
  ["Authors Affiliations Name of Research organization", "Authors Affiliations"],
  ["Times cited", "TC"],
  ["Recent citations", "RTC"],
  ["Sustainable Development Goals", "SDG"],
  ["Cited references", "CR_raw"],
]);

export function dimensionsColumnTag(column: string): string {
  const name = trimES(column.replace(/[.-]/g, " "));
  return DIMENSIONS_COLUMNS.get(name) ?? name;
}

/**
 * "Aria, Massimo; De Rosa, Anna Maria" -> "ARIA M;DE ROSA AM": surname before the first comma,
 * then the first letter of each given name (bibliometrix drops parentheses first).
 */
export function dimensionsAuthors(au: string): string {
  const cleaned = au.replace(/\s+/g, " ").replace(/[()]/g, "");
  return rStrsplit(cleaned, "; ")
    .map((name) => {
      const surname = rTrim(name.replace(/,[\s\S]*$/, ""));
      const given = rTrim(name.replace(/^[\s\S]*,/, ""));
      const initials = given === "" ? "" : given.split(" ").map((g) => g.slice(0, 1)).join("");
      return `${surname} ${initials}`;
    })
    .join(";");
}

const KEEP_AS_READ = new Set<string>();
const OWN = new Set(["UT", "PY", "TC", "AU", "TI", "SO", "DT", "DE", "ID", "C1", "RP", "CR", "DI", "JI", "J9", "DB"]);
/** Country names in Dimensions' raw affiliations end the bracketed address: "(..., Toronto, Canada.)", dots dropped before the search. */
const DIMENSIONS_COUNTRY_SUFFIX: CountrySuffix = ")";

export function normalizeDimensionsRecord(raw: TabularRecord): BibRecord {
  const f = new Map(raw.fields);
  if (f.has("AU")) {
    f.set("AF", f.get("AU")!);
    f.set("AU", dimensionsAuthors(f.get("AU")!));
  }
  // Keywords: Dimensions has none of its own; bibliometrix uses the MeSH terms for both DE and ID.
  const mesh = f.get("MeSH terms");
  if (!f.has("DE") && !f.has("ID")) {
    f.set("DE", mesh ?? "NA");
    f.set("ID", mesh ?? "NA");
  } else if (f.has("DE") && !f.has("ID")) f.set("ID", f.get("DE")!);
  else if (!f.has("DE") && f.has("ID")) f.set("DE", f.get("ID")!);
  if (!f.has("DT")) f.set("DT", "Article");
  if (!f.has("SO")) f.set("SO", "NA");
  f.set("JI", f.get("SO")!);
  f.set("J9", f.get("SO")!.replaceAll(".", ""));

  // Dimensions upper-cases every column, the DOI included.
  const { value, extra, DE, ID } = tabularFields(f, { keepAsRead: KEEP_AS_READ, own: OWN, fixRawSemicolons: true });
  const au = value("AU");
  const C1 = value("C1");
  const RP = value("RP");
  const AU_CO = authorCountries(C1, RP, DIMENSIONS_COUNTRY_SUFFIX);

  return {
    location: { ...raw.location },
    DB: "DIMENSIONS",
    UT: value("UT"),
    PY: rAsNumeric(f.get("PY")),
    TC: rAsNumeric(f.get("TC")) ?? 0,
    AU: au === null ? null : fixDoubleSemicolons(normalizeAuthorList(au)),
    TI: value("TI"),
    SO: value("SO"),
    DT: value("DT"),
    DE,
    ID,
    C1,
    RP,
    // This export has no cited references (Dimensions exports them only on request).
    CR: "none",
    DI: value("DI"),
    JI: value("JI"),
    J9: value("J9"),
    AU_CO,
    // Dimensions: the corresponding author's country is the first country found (spec §1.8.2).
    AU1_CO: AU_CO === null ? null : (rStrsplit(AU_CO, ";")[0] ?? null),
    extra,
    SR: "",
  };
}

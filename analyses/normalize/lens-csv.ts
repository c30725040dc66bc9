import type { BibRecord } from "../model/record.ts";
import { R_SPACE_CLASS, rAsNumeric, rStrsplit, rTrimws } from "../util/r-semantics.ts";
import { fixDoubleSemicolons, tabularFields, type TabularRecord } from "./tabular.ts";
import { cleanCitedReferences } from "./wos.ts";

/**
 * A Lens.org scholarly-works CSV row -> BibRecord, following bibliometrix's csvLens2df and
 * convert2df (spec §1.3 "Lens.org CSV").
 */

/**
 * bibliometrix renames Lens columns by successive substring replacements, in this order (so
 * "Source Title" becomes SO before "Title" could touch it, and "Publication Type" matches the
 * pattern "Publication.Type").
 */
const LENS_RENAMES: readonly [RegExp, string][] = [
  [/Source Title/g, "SO"],
  [/Author\/s/g, "AU"],
  [/Publication.Type/g, "DT"],
  [/Title/g, "TI"],
  [/Publication Year/g, "PY"],
  [/Volume/g, "VL"],
  [/Issue Number/g, "IS"],
  [/Source Country/g, "SO_CO"],
  [/Scholarly Citation Count/g, "TC"],
  [/DOI/g, "DI"],
  [/Source URLs/g, "URL"],
  [/Abstract/g, "AB"],
  [/Keywords/g, "DE"],
  [/MeSH Terms/g, "MESH"],
  [/Funding Details/g, "FU"],
  [/Funding/g, "FX"],
  [/References/g, "CR"],
  [/Fields of Study/g, "SC"],
  [/Language of Original Document/g, "LA"],
  [/Document Type/g, "DT"],
  [/Source/g, "DB"],
  [/Lens ID/g, "UT"],
  [/Citing Works Count/g, "TC"],
];

export function lensColumnTag(column: string): string {
  return LENS_RENAMES.reduce((name, [pattern, tag]) => name.replace(pattern, tag), column);
}

const UP_TO_LAST_SPACE = new RegExp(`^[\\s\\S]*[${R_SPACE_CLASS}]`);
const LAST_TOKEN = new RegExp(`[${R_SPACE_CLASS}]+[^ ]+$`);

/**
 * "Petar Radanliev; David De Roure" -> "Radanliev P;Roure DD": surname = the last
 * space-separated token, initials = the ASCII capitals of everything before it. A one-word name
 * keeps its own capitals as initials ("Hayakawa" -> "Hayakawa H"), and a name without capitals
 * before the surname gets an empty initial ("null Walcher" -> "Walcher "), as in bibliometrix.
 */
export function lensAuthors(au: string): string {
  return rStrsplit(au, "; ")
    .map((name) => {
      const surname = rTrimws(name).replace(UP_TO_LAST_SPACE, "");
      const initials = name.replace(LAST_TOKEN, "").replace(/[^:A-Z]/g, "");
      return `${surname} ${initials}`;
    })
    .join(";");
}

const KEEP_CASE = new Set(["DI", "URL"]);
const OWN = new Set(["UT", "PY", "TC", "AU", "TI", "SO", "DT", "DE", "ID", "CR", "DI", "JI", "J9", "DB"]);

export function normalizeLensRecord(raw: TabularRecord, options: { corpusHasCR: boolean }): BibRecord {
  const f = new Map(raw.fields);
  if (f.has("AU")) {
    f.set("AF", f.get("AU")!);
    f.set("AU", lensAuthors(f.get("AU")!));
  }
  // An empty source title is replaced by the publisher (books, reports).
  if ((f.get("SO") ?? "") === "" && f.has("Publisher")) f.set("SO", f.get("Publisher")!);
  if (f.has("SO")) {
    f.set("JI", f.get("SO")!);
    f.set("J9", f.get("SO")!);
  }
  if (f.has("DE")) f.set("ID", f.get("DE")!);

  const { value, extra, DE, ID } = tabularFields(f, { keepAsRead: KEEP_CASE, own: OWN, fixRawSemicolons: true });
  const cr = value("CR");
  const CR = options.corpusHasCR ? fixDoubleSemicolons(cleanCitedReferences(cr ?? "")).replaceAll("DOI;", "DOI ") : "none";

  return {
    location: { ...raw.location },
    DB: "LENS",
    UT: value("UT"),
    PY: rAsNumeric(f.get("PY")),
    TC: rAsNumeric(f.get("TC")) ?? 0,
    AU: value("AU"),
    TI: value("TI"),
    SO: value("SO"),
    DT: value("DT"),
    DE,
    ID,
    // Lens exports carry no addresses: no C1, RP or countries (bibliometrix writes the string "NA").
    C1: null,
    RP: null,
    CR,
    DI: value("DI"),
    JI: value("JI"),
    J9: value("J9"),
    AU_CO: null,
    AU1_CO: null,
    extra,
    SR: "",
  };
}

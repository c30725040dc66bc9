import type { BibRecord, SourceDb } from "../model/record.ts";
import { rAsNumeric } from "../util/r-semantics.ts";
import { authorCountries, correspondingAuthorCountry } from "./countries.ts";
import { fixDoubleSemicolons, normalizeAuthorList, tabularFields, type TabularRecord } from "./tabular.ts";

/**
 * An Embase record -> BibRecord. bibliometrix has no Embase reader; authors are written like
 * Scopus's ("Wang Y."), so they get Scopus's AU rule (dots and commas removed), and the Emtree
 * index terms play the part of Scopus's index keywords (ID).
 */

const EMBASE_FIELDS: ReadonlyMap<string, string> = new Map([
  ["TITLE", "TI"],
  ["AUTHOR NAMES", "AU"],
  ["AUTHOR ADDRESSES", "C1"],
  ["CORRESPONDENCE ADDRESS", "RP"],
  ["SOURCE", "SO2"],
  ["SOURCE TITLE", "SO"],
  ["PUBLICATION YEAR", "PY"],
  ["VOLUME", "VL"],
  ["ISSUE", "IS"],
  ["DATE OF PUBLICATION", "PD"],
  ["PUBLICATION TYPE", "DT"],
  ["ABSTRACT", "AB"],
  ["DOI", "DI"],
  ["AUTHOR KEYWORDS", "DE"],
  ["EMBASE CLASSIFICATIONS", "SC"],
  ["PUI", "UT"],
  ["EMBASE ACCESSION NUMBER", "AN"],
  ["MEDLINE PMID", "PMID"],
  ["LANGUAGE OF ARTICLE", "LA"],
]);
/** Emtree terms, in every variant Embase names them; together they form ID. */
const EMTREE = /^EMTREE (DRUG|MEDICAL) INDEX TERMS/;

/** bibliometrix has no Embase reader and no DB name for it: ours is "EMBASE". */
export const EMBASE_DB: SourceDb = "EMBASE";

const OWN = new Set(["UT", "PY", "AU", "TI", "SO", "DT", "DE", "ID", "C1", "RP", "DI"]);
/** The DOI and the PubMed id are identifiers, not text: kept as read. */
const KEEP_AS_READ = new Set(["DI", "PMID"]);

export function normalizeEmbaseRecord(raw: TabularRecord): BibRecord {
  const f = new Map<string, string>();
  const emtree: string[] = [];
  for (const [name, v] of raw.fields) {
    if (EMTREE.test(name)) {
      if (v !== "") emtree.push(v);
      continue;
    }
    f.set(EMBASE_FIELDS.get(name) ?? name, v);
  }
  if (emtree.length > 0) f.set("ID", emtree.join(";"));
  // "MEDLINE PMID" is followed by its PubMed URL: keep the number.
  if (f.has("PMID")) f.set("PMID", f.get("PMID")!.split(";")[0]!);

  const { value, extra, DE, ID } = tabularFields(f, { keepAsRead: KEEP_AS_READ, own: OWN, fixRawSemicolons: false, extra: { DB_Original: "EMBASE" } });
  const au = value("AU");
  const C1 = value("C1");
  const RP = value("RP");
  return {
    location: { ...raw.location },
    DB: EMBASE_DB,
    UT: value("UT"),
    PY: rAsNumeric(f.get("PY")),
    TC: 0,
    AU: au === null ? null : fixDoubleSemicolons(normalizeAuthorList(au.replaceAll(".", "").replaceAll(",", ""))),
    TI: value("TI"),
    SO: value("SO"),
    DT: value("DT"),
    DE,
    ID,
    C1,
    RP,
    CR: "none",
    DI: value("DI"),
    JI: null,
    J9: null,
    AU_CO: C1 === null && RP === null ? null : authorCountries(C1, RP, ";"),
    AU1_CO: C1 === null && RP === null ? null : correspondingAuthorCountry(C1, RP),
    extra,
    SR: "",
  };
}

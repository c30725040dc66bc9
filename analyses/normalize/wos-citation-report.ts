import type { BibRecord } from "../model/record.ts";
import { rAsNumeric, rToUpper } from "../util/r-semantics.ts";
import { fixDoubleSemicolons, type TabularRecord } from "./tabular.ts";
import { mergeKeywords, normalizeWosAuthors } from "./wos.ts";

/**
 * A row of the Web of Science "Citation report" export -> BibRecord. bibliometrix has no reader
 * for it. It carries only the bibliographic core (title, authors, source, year, volume, pages, DOI)
 * and citations: the total and one column per year, kept in `extra.TC_BY_YEAR` ("1970:3;1971:5",
 * years with citations only).
 */

const REPORT_COLUMNS: ReadonlyMap<string, string> = new Map([
  ["Title", "TI"],
  ["Authors", "AU"],
  ["Corporate Authors", "CA"],
  ["Editors", "BE"],
  ["Source Title", "SO"],
  ["Publication Date", "PD"],
  ["Publication Year", "PY"],
  ["Volume", "VL"],
  ["Issue", "IS"],
  ["Beginning Page", "BP"],
  ["Ending Page", "EP"],
  ["Article Number", "AR"],
  ["DOI", "DI"],
  ["Conference Title", "CT"],
  ["Conference Date", "CY"],
  ["Total Citations", "TC"],
  ["Average per Year", "TC_PER_YEAR"],
]);

export function citationReportColumnTag(column: string): string {
  return REPORT_COLUMNS.get(column) ?? column;
}

const YEAR = /^\d{4}$/;
const OWN = new Set(["TC", "AU", "TI", "PY", "SO", "DI"]);

export function normalizeCitationReportRecord(raw: TabularRecord): BibRecord {
  const f = raw.fields;
  const value = (tag: string): string | null => {
    const v = f.get(tag);
    if (v === undefined) return null;
    return fixDoubleSemicolons(tag === "DI" ? v : rToUpper(v));
  };
  const extra: Record<string, string> = {};
  const byYear: string[] = [];
  for (const tag of f.keys()) {
    if (OWN.has(tag) || tag === "") continue;
    if (YEAR.test(tag)) {
      const n = rAsNumeric(f.get(tag));
      if (n !== null && n !== 0) byYear.push(`${tag}:${n}`);
      continue;
    }
    extra[tag] = value(tag)!;
  }
  extra.TC_BY_YEAR = byYear.join(";");
  const ti = f.get("TI");
  if (ti !== undefined) extra.TI_raw = ti;
  extra.KW_Merged = mergeKeywords(null, null);
  const doi = value("DI");
  const SO = value("SO");
  return {
    location: { ...raw.location },
    DB: "ISI",
    // The report has no accession number (UT): rows are never duplicates of each other.
    UT: null,
    PY: rAsNumeric(f.get("PY")),
    TC: rAsNumeric(f.get("TC")) ?? 0,
    // Same author notation as the plain-text export ("TOBLER, WR; SNYDER, JP").
    AU: f.has("AU") ? fixDoubleSemicolons(normalizeWosAuthors(f.get("AU")!.replaceAll("; ", ";"))) : null,
    TI: value("TI"),
    SO,
    DT: null,
    DE: null,
    ID: null,
    C1: null,
    RP: null,
    CR: "none",
    DI: doi === "" ? null : doi,
    JI: null,
    J9: null,
    AU_CO: null,
    AU1_CO: null,
    extra,
    SR: "",
  };
}

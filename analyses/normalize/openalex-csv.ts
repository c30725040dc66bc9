import type { BibRecord, SourceLocation } from "../model/record.ts";
import { rAsNumeric, rStrsplit, rToUpper, rTrimws, trimES } from "../util/r-semantics.ts";
import { countriesFromIso2 } from "./countries.ts";
import { conceptsToId, openAlexDoi, stripOpenAlexPrefix } from "./openalex.ts";
import { mergeKeywords } from "./wos.ts";

/**
 * OpenAlex web "Export to CSV" row -> BibRecord, as bibliometrix's csvOA2df builds it (spec §1.3
 * "OpenAlex CSV"). Two header generations exist: the legacy dotted paths
 * (`authorships.author.display_name`) and the human-readable ones (`Author`); both map to the same
 * tags. Multi-valued cells are `|`-joined.
 */

/** Header -> bibliometrix tag, legacy and new names alike (csvOA2df's relabelling). */
export const OPENALEX_CSV_COLUMNS: Record<string, string> = {
  id: "id_oa", "Work ID": "id_oa",
  title: "TI", display_name: "TI", Title: "TI",
  "authorships.author.display_name": "AU", Author: "AU",
  "authorships.author.id": "AU_ID", "Author IDs": "AU_ID",
  "primary_location.source.display_name": "SO", Source: "SO",
  "primary_location.source.id": "SO_ID", "Source IDs": "SO_ID",
  publication_year: "PY", Year: "PY",
  cited_by_count: "TC", "Citation count": "TC",
  referenced_works_count: "NR", "Reference count": "NR",
  referenced_works: "CR",
  doi: "DI", DOI: "DI",
  type: "DT",
  language: "LA", Language: "LA",
  abstract: "AB", Abstract: "AB",
  "keywords.display_name": "DE",
  "concepts.display_name": "ID",
  "authorships.countries": "AU_CO", Country: "AU_CO",
  "authorships.institutions.display_name": "C1", Institution: "C1",
  "authorships.is_corresponding": "AU_CORRESPONDING",
  "Corresponding author": "corresponding_author_ids",
  "topics.field.display_name": "WC", "primary_topic.display_name": "WC",
};

/** Columns bibliometrix refuses to import without (the file is not an OpenAlex CSV). */
export const OPENALEX_CSV_REQUIRED = ["id_oa", "TI", "AU", "SO", "PY"] as const;

/** One row as tag -> cell, after the column-level "|" rule has been applied. */
export type OpenAlexCsvRow = Map<string, string>;

/**
 * csvOA2df's separator rule, decided per column over the whole file: in a column where any cell
 * holds "|", existing ";" become "," and then "|" becomes ";". Other columns are left alone.
 */
export function applyPipeRule(rows: OpenAlexCsvRow[]): void {
  const piped = new Set<string>();
  for (const row of rows) for (const [tag, v] of row) if (v.includes("|")) piped.add(tag);
  for (const row of rows) {
    for (const tag of piped) {
      const v = row.get(tag);
      if (v !== undefined) row.set(tag, v.replaceAll(";", ",").replaceAll("|", ";"));
    }
  }
}

const cellOrNull = (v: string | undefined): string | null => (v === undefined || v === "" ? null : v);

export function normalizeOpenAlexCsvRow(row: OpenAlexCsvRow, location: SourceLocation): BibRecord {
  const upper = (tag: string): string | null => {
    const v = cellOrNull(row.get(tag));
    return v === null ? null : rToUpper(v).replaceAll(";;", ";");
  };
  const auRaw = upper("AU");
  // convert2df's AU step for every source but PubMed/Lens/API: each name's white space collapsed and trimmed.
  const AU = auRaw === null ? null : rStrsplit(auRaw, ";").map((n) => rTrimws(trimES(n))).join(";");
  const idCell = cellOrNull(row.get("ID"));
  const ID = idCell === null ? null : conceptsToId(rStrsplit(idCell, ";").map((name) => ({ name, score: null })));
  const DE = upper("DE");
  const soId = cellOrNull(row.get("SO_ID"));
  const J9 = soId === null ? null : stripOpenAlexPrefix(soId);
  const countries = rStrsplit(row.get("AU_CO") ?? "", ";").map((c) => rTrimws(c));

  // Corresponding author: the first TRUE flag (legacy) or the listed author id (new headers).
  let corrIndex = -1;
  const flags = cellOrNull(row.get("AU_CORRESPONDING"));
  if (flags !== null) corrIndex = rStrsplit(flags, ";").findIndex((f) => rTrimws(f).toUpperCase() === "TRUE");
  const corrIds = cellOrNull(row.get("corresponding_author_ids"));
  if (corrIndex < 0 && corrIds !== null) {
    const first = stripOpenAlexPrefix(rTrimws(rStrsplit(corrIds, ";")[0] ?? ""));
    corrIndex = rStrsplit(stripOpenAlexPrefix(row.get("AU_ID") ?? ""), ";").findIndex((id) => rTrimws(id) === first);
  }
  const C1 = upper("C1");
  const affils = C1 === null ? [] : rStrsplit(C1, ";").map(rTrimws);
  const RP = corrIndex >= 0 ? (affils[corrIndex] ?? null) : null;

  const extra: Record<string, string> = { id_oa: stripOpenAlexPrefix(row.get("id_oa") ?? "") };
  for (const tag of ["LA", "NR", "WC", "AB"]) {
    const v = upper(tag);
    if (v !== null) extra[tag] = v;
  }
  const ti = cellOrNull(row.get("TI"));
  if (ti !== null) extra.TI_raw = ti;
  const ab = cellOrNull(row.get("AB"));
  if (ab !== null) extra.AB_raw = ab;
  if (AU !== null) extra.AF = AU;
  extra.KW_Merged = mergeKeywords(DE, ID);
  const cr = cellOrNull(row.get("CR"));

  const so = upper("SO");
  return {
    location,
    DB: "OPENALEX",
    UT: null,
    PY: rAsNumeric(row.get("PY")),
    TC: rAsNumeric(row.get("TC")) ?? 0,
    AU,
    TI: ti === null ? null : rToUpper(ti),
    SO: so === "NAN" ? null : so,
    // csvOA2df types a record without a type column as an article.
    DT: row.has("DT") ? upper("DT") : "ARTICLE",
    DE,
    ID,
    C1,
    RP,
    CR: cr === null ? "" : rToUpper(stripOpenAlexPrefix(cr)),
    DI: openAlexDoi(cellOrNull(row.get("DI"))),
    // JI = J9 = the OpenAlex source id, so SR reads "MASSIMO ARIA, 2017, S205292342" as in bibliometrix.
    JI: J9,
    J9,
    AU_CO: countriesFromIso2(countries),
    AU1_CO: corrIndex >= 0 && countries[corrIndex] ? countriesFromIso2([countries[corrIndex]!]) : null,
    extra,
    SR: "",
  };
}

import type { BibRecord, SourceLocation } from "../model/record.ts";
import { rAsNumeric, rToUpper, rTrimws, trimES } from "../util/r-semantics.ts";
import { mergeKeywords } from "./wos.ts";

/**
 * PubMed "Create file → CSV" row -> BibRecord. bibliometrix has no reader for this layout, so the
 * row is mapped to what its MEDLINE import of the same record gives, as far as the 11 columns
 * allow: no MeSH (DE/ID), no publication type (DT), no affiliations (C1, AU_CO), no full journal
 * title (SO is the NLM abbreviation, which MEDLINE calls TA and bibliometrix J9).
 */

/** The export's columns, in its order. */
export const PUBMED_CSV_HEADER = [
  "PMID", "Title", "Authors", "Citation", "First Author", "Journal/Book",
  "Publication Year", "Create Date", "PMCID", "NIHMS ID", "DOI",
] as const;

export type PubmedCsvRow = Record<(typeof PUBMED_CSV_HEADER)[number], string>;

/**
 * "Epuna F, Shaheen SW, Wen T." -> "EPUNA F;SHAHEEN SW;WEN T" (MEDLINE's AU lines, joined). Group
 * authors (MEDLINE's CN, not AU) cannot be told apart from persons here and are kept as authors.
 */
export function pubmedCsvAuthors(cell: string): string | null {
  // Authors are ", "-separated; a group author follows after "; "; PubMed cuts long lists with "et al".
  const names = cell
    .replace(/\.\s*$/, "")
    .split(/[,;]/)
    .map((n) => rTrimws(trimES(n)))
    .filter((n) => n !== "" && n.toLowerCase() !== "et al");
  return names.length === 0 ? null : rToUpper(names.join(";"));
}

export function normalizePubmedCsvRow(row: PubmedCsvRow, location: SourceLocation): BibRecord {
  const text = (v: string): string | null => (v.trim() === "" ? null : rToUpper(trimES(v.trim())));
  const journal = text(row["Journal/Book"]);
  const extra: Record<string, string> = { PMID: row.PMID.trim() };
  if (row.Title.trim() !== "") extra.TI_raw = row.Title;
  for (const [column, tag] of [["Citation", "CITATION"], ["Create Date", "CRDT"], ["PMCID", "PMC"], ["NIHMS ID", "MID"]] as const) {
    const v = text(row[column]);
    if (v !== null) extra[tag] = v;
  }
  extra.KW_Merged = mergeKeywords(null, null);
  return {
    location,
    DB: "PUBMED",
    UT: null,
    PY: rAsNumeric(row["Publication Year"]),
    TC: 0,
    AU: pubmedCsvAuthors(row.Authors),
    TI: text(row.Title),
    SO: journal,
    DT: null,
    DE: null,
    ID: null,
    C1: null,
    RP: null,
    CR: "none",
    // Upper-cased as pubmed2df upper-cases LID.
    DI: text(row.DOI),
    JI: null,
    J9: journal,
    AU_CO: null,
    AU1_CO: null,
    extra,
    SR: "",
  };
}

import type { BibRecord } from "../model/record.ts";
import { annualProduction } from "./annual-production.ts";
import { collate, rAsCharacter, rFormat, rMean, rStrsplit, rToLower, rTrim, rTrimws } from "../util/r-semantics.ts";
import { fieldItemCounts } from "../words/table-tag.ts";

/**
 * "Main Information about data" as bibliometrix's summary(biblioAnalysis(M)) computes and prints it
 * (spec §2.1, §2.2). `mainInformation` gives the numbers; `toBibliometrixMainInfo` rebuilds the
 * printed table exactly, including summary()'s way of splitting each printed line into a
 * description (digits, ".", ":" removed) and a result (only digits, "." and ":" kept) — which is why
 * a negative growth rate appears as "4.81" with the minus sign left in the description.
 */

export type MainInfoRecord = Pick<BibRecord, "PY" | "TC" | "AU" | "SO" | "DT" | "DE" | "ID" | "CR" | "AU_CO">;

export interface MainInformation {
  referenceYear: number;
  /** [first, last] publication year; null when no record has PY. */
  timespan: [number, number] | null;
  /** Distinct sources (SO with commas removed; missing SO not counted). */
  sources: number;
  documents: number;
  annualGrowthRatePct: number | null;
  annualGrowthRatePctUnrounded: number | null;
  /** referenceYear - mean(PY) (no +1; records without PY ignored). */
  documentAverageAge: number;
  averageCitationsPerDoc: number;
  /** mean over documents with PY of TC / (referenceYear - PY + 1). */
  averageCitationsPerYearPerDoc: number;
  /** Distinct cited references after the §3.1 cleaning ("none" counts as one when no CR at all). */
  references: number;
  /** Count per DT, in collation order of DT (as R's table()). */
  documentTypes: { type: string; n: number }[];
  keywordsPlus: number;
  authorKeywords: number;
  authors: number;
  authorAppearances: number;
  authorsOfSingleAuthoredDocs: number;
  singleAuthoredDocs: number;
  documentsPerAuthor: number;
  coAuthorsPerDoc: number;
  internationalCoAuthorshipsPct: number;
  missingPY: number;
}

function distinctCount(items: Iterable<string>): number {
  return new Set(items).size;
}

export function mainInformation(records: readonly MainInfoRecord[], options: { referenceYear: number }): MainInformation {
  const Y = options.referenceYear;
  const N = records.length;

  const years = records.map((r) => r.PY).filter((p): p is number => p !== null && !Number.isNaN(p));
  const ap = annualProduction(records);
  const timespan: [number, number] | null =
    years.length === 0 ? null : [years.reduce((a, b) => Math.min(a, b)), years.reduce((a, b) => Math.max(a, b))];

  const sources = distinctCount(records.filter((r) => r.SO !== null).map((r) => r.SO!.replaceAll(",", "")));

  // TC per year is NA without PY; mean(..., na.rm = TRUE) skips those documents.
  const tcPerYear = records.filter((r) => r.PY !== null).map((r) => r.TC / (Y - r.PY! + 1));

  // Authors: split on ";" and trimmed; a missing AU still counts as one (unnamed) author.
  const nAU: number[] = [];
  const firstAuthors: (string | null)[] = [];
  const authorNames = new Set<string>();
  for (const r of records) {
    if (r.AU === null) {
      nAU.push(1);
      firstAuthors.push(null);
      continue;
    }
    const names = rStrsplit(r.AU, ";").map(rTrim);
    nAU.push(names.length);
    firstAuthors.push(names.length > 0 ? names[0]! : null);
    for (const n of names) authorNames.add(n);
  }
  const singleFirst = new Set<string | null>();
  let singleAuthoredDocs = 0;
  nAU.forEach((n, i) => {
    if (n === 1) {
      singleAuthoredDocs++;
      singleFirst.add(firstAuthors[i]!);
    }
  });

  // International collaboration: AU_CO names more than one distinct country.
  let international = 0;
  for (const r of records) {
    if (r.AU_CO !== null && new Set(rStrsplit(r.AU_CO, ";")).size > 1) international++;
  }

  const dtCounts = new Map<string, number>();
  for (const r of records) if (r.DT !== null) dtCounts.set(r.DT, (dtCounts.get(r.DT) ?? 0) + 1);
  const documentTypes = [...dtCounts]
    .map(([type, n]) => ({ type, n }))
    .sort((a, b) => collate(a.type, b.type));

  const authors = authorNames.size;
  return {
    referenceYear: Y,
    timespan,
    sources,
    documents: N,
    annualGrowthRatePct: ap.growthRatePct,
    annualGrowthRatePctUnrounded: ap.growthRatePctUnrounded,
    documentAverageAge: Y - rMean(years),
    averageCitationsPerDoc: rMean(records.map((r) => r.TC)),
    averageCitationsPerYearPerDoc: rMean(tcPerYear),
    references: fieldItemCounts(records, "CR").size,
    documentTypes,
    keywordsPlus: fieldItemCounts(records, "ID").size,
    authorKeywords: fieldItemCounts(records, "DE").size,
    authors,
    authorAppearances: nAU.reduce((a, b) => a + b, 0),
    authorsOfSingleAuthoredDocs: singleFirst.size,
    singleAuthoredDocs,
    documentsPerAuthor: N / authors,
    coAuthorsPerDoc: rMean(nAU),
    internationalCoAuthorshipsPct: (100 * international) / N,
    missingPY: ap.missingPY,
  };
}

// ---------------------------------------------------------------------------------------------
// The printed table, rebuilt line by line as summary.bibliometrix pastes it

export interface BibliometrixMainInfo {
  table: { Description: string; Results: string }[];
  raw: {
    timespan: [number, number] | null;
    sources: number;
    documents: number;
    annual_growth_rate_pct_rounded2: number | null;
    annual_growth_rate_pct_unrounded: number | null;
    current_year_used: number;
    document_average_age: number;
    average_citations_per_doc: number;
    average_citations_per_year_per_doc: number;
    references: number;
    document_types: { type: string; n: number }[];
    keywords_plus_ID: number;
    author_keywords_DE: number;
    authors: number;
    author_appearances: number;
    authors_of_single_authored_docs: number;
    single_authored_docs: number;
    documents_per_author: number;
    co_authors_per_doc: number;
    international_coauthorships_pct: number;
    missing_PY: number;
  };
}

/** paste(label, value, "\n") with summary()'s 37-character labels. */
function line(label: string, value: string): string {
  return `${label.padEnd(37)} ${value} \n`;
}

/** R's nchar()/substr() count characters (code points), not UTF-16 units. */
function padDocumentTypes(names: string[]): string[] {
  const width = Math.max(...names.map((n) => [...n].length));
  return names.map((n) => [...(n + " ".repeat(46))].slice(0, width + 5).join(""));
}

/** The printed lines of summary()'s MainInfo vector. */
export function mainInfoLines(mi: MainInformation): string[] {
  const lines: string[] = [];
  lines.push("\n\nMAIN INFORMATION ABOUT DATA\n\n");
  const [first, last] = mi.timespan ?? [Infinity, -Infinity];
  lines.push(`${"Timespan".padEnd(37)} ${rAsCharacter(first)} : ${rAsCharacter(last)} \n`);
  lines.push(line("Sources (Journals, Books, etc)", String(mi.sources)));
  lines.push(line("Documents", String(mi.documents)));
  lines.push(line("Annual Growth Rate %", mi.annualGrowthRatePct === null ? "" : rFormat(mi.annualGrowthRatePct, 4)));
  lines.push(line("Document Average Age", rFormat(mi.documentAverageAge, 3)));
  // summary() formats these with 4 digits first; its second format(digits = 3) on a string changes nothing.
  lines.push(line("Average citations per doc", rFormat(mi.averageCitationsPerDoc, 4)));
  lines.push(line("Average citations per year per doc", rFormat(mi.averageCitationsPerYearPerDoc, 4)));
  lines.push(line("References", String(mi.references)));
  if (mi.documentTypes.length > 0) {
    lines.push("\nDOCUMENT TYPES                     \n");
    const padded = padDocumentTypes(mi.documentTypes.map((d) => d.type));
    mi.documentTypes.forEach((d, i) => lines.push(rToLower(`${padded[i]!} ${d.n} \n`)));
  }
  lines.push("\nDOCUMENT CONTENTS\n");
  lines.push(line("Keywords Plus (ID)", String(mi.keywordsPlus)));
  lines.push(line("Author's Keywords (DE)", String(mi.authorKeywords)));
  lines.push("\nAUTHORS\n");
  lines.push(line("Authors", String(mi.authors)));
  lines.push(line("Author Appearances", String(mi.authorAppearances)));
  lines.push(line("Authors of single-authored docs", String(mi.authorsOfSingleAuthoredDocs)));
  lines.push("\nAUTHORS COLLABORATION\n");
  lines.push(line("Single-authored docs", String(mi.singleAuthoredDocs)));
  lines.push(line("Documents per Author", rFormat(mi.documentsPerAuthor, 3)));
  lines.push(line("Co-Authors per Doc", rFormat(mi.coAuthorsPerDoc, 3)));
  lines.push(line("International co-authorships %", rFormat(mi.internationalCoAuthorshipsPct, 4)));
  lines.push("\n");
  return lines;
}

/** summary()'s split of a printed line into the data-frame columns biblioshiny shows. */
export function splitMainInfoLine(printed: string): { Description: string; Results: string } {
  const Description = rTrimws(printed.replace(/[0-9]+/g, "").replace(/\n/g, "").replace(/:/g, "").replace(/\./g, ""));
  const Results = printed.replace(/[^0-9.:]/g, "");
  return { Description, Results };
}

export function toBibliometrixMainInfo(mi: MainInformation): BibliometrixMainInfo {
  return {
    table: mainInfoLines(mi).map(splitMainInfoLine),
    raw: {
      timespan: mi.timespan,
      sources: mi.sources,
      documents: mi.documents,
      annual_growth_rate_pct_rounded2: mi.annualGrowthRatePct,
      annual_growth_rate_pct_unrounded: mi.annualGrowthRatePctUnrounded,
      current_year_used: mi.referenceYear,
      document_average_age: mi.documentAverageAge,
      average_citations_per_doc: mi.averageCitationsPerDoc,
      average_citations_per_year_per_doc: mi.averageCitationsPerYearPerDoc,
      references: mi.references,
      document_types: mi.documentTypes.map((d) => ({ type: d.type, n: d.n })),
      keywords_plus_ID: mi.keywordsPlus,
      author_keywords_DE: mi.authorKeywords,
      authors: mi.authors,
      author_appearances: mi.authorAppearances,
      authors_of_single_authored_docs: mi.authorsOfSingleAuthoredDocs,
      single_authored_docs: mi.singleAuthoredDocs,
      documents_per_author: mi.documentsPerAuthor,
      co_authors_per_doc: mi.coAuthorsPerDoc,
      international_coauthorships_pct: mi.internationalCoAuthorshipsPct,
      missing_PY: mi.missingPY,
    },
  };
}

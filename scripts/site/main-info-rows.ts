import type { MainInformation } from "../../analyses/descriptives/main-information.ts";
import { rFormat } from "../../analyses/util/r-semantics.ts";
import type { ReportPageData } from "../pages/page-data.ts";

type Row = ReportPageData["mainInformation"][number];

/**
 * The Main Information table as the page shows it: bibliometrix's rows, labels and significant
 * digits (so the numbers read the same as in biblioshiny), but with a negative growth rate keeping
 * its sign, which summary()'s printed table loses.
 */
export function mainInformationRows(mi: MainInformation): Row[] {
  const header = (label: string): Row => ({ label, value: "", header: true });
  const row = (label: string, value: string): Row => ({ label, value, header: false });
  const int = (n: number): string => String(n);
  return [
    header("Main information about data"),
    row("Timespan", mi.timespan ? `${mi.timespan[0]}:${mi.timespan[1]}` : "no publication year"),
    row("Sources (Journals, Books, etc)", int(mi.sources)),
    row("Documents", int(mi.documents)),
    row("Annual Growth Rate %", mi.annualGrowthRatePct === null ? "n/a" : rFormat(mi.annualGrowthRatePct, 4)),
    row(`Document Average Age (in ${mi.referenceYear})`, rFormat(mi.documentAverageAge, 3)),
    row("Average citations per doc", rFormat(mi.averageCitationsPerDoc, 4)),
    row("Average citations per year per doc", rFormat(mi.averageCitationsPerYearPerDoc, 4)),
    row("References", int(mi.references)),
    header("Document types"),
    ...mi.documentTypes.map((d) => row(d.type.toLowerCase(), int(d.n))),
    header("Document contents"),
    row("Keywords Plus (ID)", int(mi.keywordsPlus)),
    row("Author's Keywords (DE)", int(mi.authorKeywords)),
    header("Authors"),
    row("Authors", int(mi.authors)),
    row("Author Appearances", int(mi.authorAppearances)),
    row("Authors of single-authored docs", int(mi.authorsOfSingleAuthoredDocs)),
    header("Authors collaboration"),
    row("Single-authored docs", int(mi.singleAuthoredDocs)),
    row("Documents per Author", rFormat(mi.documentsPerAuthor, 3)),
    row("Co-Authors per Doc", rFormat(mi.coAuthorsPerDoc, 3)),
    row("International co-authorships %", rFormat(mi.internationalCoAuthorshipsPct, 4)),
  ];
}

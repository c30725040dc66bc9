/**
 * Prose for the annual production section, generated from the numbers only (no corpus text),
 * so every figure in a sentence can be found in the annual production table.
 */

export interface AnnualProductionFacts {
  /** Documents per publication year, years present only, ascending. */
  rows: { year: number; articles: number }[];
  growthRatePct: number;
  /** Documents analysed, including those without a publication year. */
  documents: number;
  referenceYear: number;
}

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const fmt = (n: number): string => integer.format(n);
const plural = (n: number, one: string, many: string): string => `${fmt(n)} ${n === 1 ? one : many}`;

export function annualProductionNarrative(facts: AnnualProductionFacts): string[] {
  const { rows, documents } = facts;
  if (rows.length === 0) {
    return [`None of the ${plural(documents, "document", "documents")} has a publication year, so no annual production can be shown.`];
  }
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const dated = rows.reduce((sum, r) => sum + r.articles, 0);
  const undated = documents - dated;
  // First maximum in year order, as R's which.max would pick.
  const peak = rows.reduce((best, r) => (r.articles > best.articles ? r : best), first);
  // The year by which half of the dated documents had appeared: the corpus's "median year".
  let cumulative = 0;
  const halfYear = rows.find((r) => (cumulative += r.articles) * 2 >= dated)!.year;

  const paragraphs: string[] = [];
  let opening =
    first.year === last.year
      ? dated === 1
        ? `The only dated document was published in ${first.year}.`
        : `All ${fmt(dated)} dated documents were published in ${first.year}.`
      : `The ${plural(documents, "document", "documents")} analysed span ${first.year} to ${last.year}.`;
  if (undated > 0) {
    opening += ` ${plural(undated, "document has", "documents have")} no publication year (typically Early Access records) and ${undated === 1 ? "is" : "are"} counted in no year.`;
  }
  paragraphs.push(opening);

  if (first.year !== last.year) {
    const trend =
      `Output went from ${plural(first.articles, "document", "documents")} in ${first.year} to ${fmt(last.articles)} in ${last.year}; ` +
      `the most productive year was ${peak.year}, with ${plural(peak.articles, "document", "documents")}. ` +
      `Half of the dated documents appeared in or before ${halfYear}.`;
    paragraphs.push(trend);
    let growth =
      `The annual growth rate, computed as bibliometrix does from the first and the last year only, is ${facts.growthRatePct.toFixed(2)} %.`;
    if (last.year >= facts.referenceYear) {
      growth += ` The report's reference year is ${facts.referenceYear}, so the count for ${last.year} may be incomplete, which lowers this rate.`;
    }
    paragraphs.push(growth);
  }
  return paragraphs;
}

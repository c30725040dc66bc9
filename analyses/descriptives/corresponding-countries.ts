import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { collate, rStrsplit, sortByCountThenCollation } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "./availability.ts";
import { rFormatIntegers, rFormatNumbers, rFormatStrings } from "./r-print.ts";

/**
 * Corresponding author's countries (spec §2.1, §2.3; AU1_CO per §1.8.2): documents per country,
 * single- (SCP) and multiple-country (MCP) publications, and total citations per country.
 *
 * SCP rule: "summary" (biblioAnalysis, the oracle, our default) counts a document as SCP when its
 * AU_CO names exactly one distinct country — a document without AU_CO is neither SCP nor MCP... but
 * MCP = articles − SCP, so it lands in MCP; "biblioshiny" counts a missing AU_CO as SCP.
 */

export const correspondingCountriesParamsSchema = z
  .object({
    scpRule: z.enum(["summary", "biblioshiny"]).default("summary"),
    k: z.number().int().positive().default(20),
  })
  .strict();

export type CorrespondingCountriesParams = z.input<typeof correspondingCountriesParamsSchema>;

export interface CountryRow {
  country: string;
  articles: number;
  /** articles / Σ articles (documents with a country). */
  freq: number;
  scp: number;
  mcp: number;
  mcpRatio: number;
  totalCitations: number;
  averageArticleCitations: number;
}

export interface CorrespondingCountries {
  status: "ok";
  k: number;
  /** Articles desc, ties in collation order. */
  rows: CountryRow[];
  /** Documents without a corresponding-author country. */
  withoutCountry: number;
}

export function correspondingCountries(
  records: readonly Pick<BibRecord, "AU1_CO" | "AU_CO" | "TC">[],
  params: CorrespondingCountriesParams = {},
): CorrespondingCountries | NotAvailable {
  const p = correspondingCountriesParamsSchema.parse(params);
  if (!records.some((r) => r.AU1_CO !== null)) return notAvailable("AU1_CO (corresponding author's country: C1/RP)");
  const acc = new Map<string, { articles: number; scp: number; tc: number }>();
  let withoutCountry = 0;
  for (const r of records) {
    if (r.AU1_CO === null) {
      withoutCountry++;
      continue;
    }
    const a = acc.get(r.AU1_CO) ?? { articles: 0, scp: 0, tc: 0 };
    a.articles++;
    a.tc += r.TC;
    const single = r.AU_CO === null ? p.scpRule === "biblioshiny" : new Set(rStrsplit(r.AU_CO, ";")).size === 1;
    if (single) a.scp++;
    acc.set(r.AU1_CO, a);
  }
  const total = [...acc.values()].reduce((s, a) => s + a.articles, 0);
  const rows = sortByCountThenCollation(
    [...acc].map(([country, a]) => ({
      country,
      articles: a.articles,
      freq: a.articles / total,
      scp: a.scp,
      mcp: a.articles - a.scp,
      mcpRatio: (a.articles - a.scp) / a.articles,
      totalCitations: a.tc,
      averageArticleCitations: a.tc / a.articles,
    })),
    (r) => r.articles,
    (r) => r.country,
  );
  return { status: "ok", k: p.k, rows, withoutCountry };
}

/** The oracle's countries.json. */
export interface BibliometrixCountries {
  summary_k20_corresponding_author_countries: {
    Country: string;
    Articles: string;
    Freq: string;
    SCP: string;
    MCP: string;
    MCP_Ratio: string;
  }[];
  summary_k20_total_citations_per_country: { Country: string; "Total Citations": string; "Average Article Citations": string }[];
  full_AU1_CO: { country: string; articles: number }[];
  full_country_collaboration: { Country: string; SCP: number; MCP: number }[];
}

export function toBibliometrixCountries(result: CorrespondingCountries): BibliometrixCountries {
  const top = result.rows.slice(0, result.k);
  const c = rFormatStrings(top.map((r) => r.country));
  const art = rFormatIntegers(top.map((r) => r.articles));
  const freq = rFormatNumbers(top.map((r) => r.freq), 3);
  const scp = rFormatIntegers(top.map((r) => r.scp));
  const mcp = rFormatIntegers(top.map((r) => r.mcp));
  const ratio = rFormatNumbers(top.map((r) => r.mcpRatio), 3);
  // Total citations: sorted by TC desc (ties in collation order, as table() lists them), then top k.
  // summary() formats this table over every country, then prints the first k rows.
  const byTc = [...result.rows].sort((a, b) => b.totalCitations - a.totalCitations || collate(a.country, b.country));
  const c2 = rFormatStrings(byTc.map((r) => r.country));
  const tc = rFormatIntegers(byTc.map((r) => r.totalCitations));
  const avg = rFormatNumbers(byTc.map((r) => r.averageArticleCitations), 3);
  return {
    summary_k20_corresponding_author_countries: top.map((_, i) => ({
      Country: c[i]!,
      Articles: art[i]!,
      Freq: freq[i]!,
      SCP: scp[i]!,
      MCP: mcp[i]!,
      MCP_Ratio: ratio[i]!,
    })),
    summary_k20_total_citations_per_country: byTc.slice(0, result.k).map((_, i) => ({ Country: c2[i]!, "Total Citations": tc[i]!, "Average Article Citations": avg[i]! })),
    full_AU1_CO: result.rows.map((r) => ({ country: r.country, articles: r.articles })),
    full_country_collaboration: result.rows.map((r) => ({ Country: r.country, SCP: r.scp, MCP: r.mcp })),
  };
}

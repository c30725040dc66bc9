import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { codePointCompare, collate, rStrsplit, rTrim } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "./availability.ts";
import { rFormatIntegers, rFormatNumbers, rFormatStrings, rMakeNames } from "./r-print.ts";

/**
 * Most relevant authors (spec §2.1, §2.3): documents per author (an author named twice in one
 * document counts twice, as biblioAnalysis does) and fractionalised counts (each document gives
 * 1/nAU to each of its nAU authors).
 */

export const relevantAuthorsParamsSchema = z
  .object({
    /**
     * Tie order among equal counts: "collation" = summary()/biblioAnalysis (the oracle's order, our
     * default); "codepoint" = biblioshiny's Most Relevant Authors table (dplyr arrange, C locale).
     */
    ties: z.enum(["collation", "codepoint"]).default("collation"),
    /** Rows shown in the printed summary (summary(k = 20)). */
    k: z.number().int().positive().default(20),
  })
  .strict();

export type RelevantAuthorsParams = z.input<typeof relevantAuthorsParamsSchema>;

export interface AuthorCount {
  author: string;
  articles: number;
}
export interface AuthorFractional {
  author: string;
  articlesFractionalized: number;
}

export interface RelevantAuthors {
  status: "ok";
  k: number;
  /** Count desc, ties per `ties`. */
  articles: AuthorCount[];
  /** Value desc, ties per `ties`. */
  fractionalized: AuthorFractional[];
}

/**
 * R's sum() accumulates in long double, so 1/3 + 1/3 + 1/3 + 1/5 equals 1/5 + 1 + ... exactly as
 * the ranking needs (equal shares are ties, broken by name). Neumaier's compensated sum reproduces
 * that correctly rounded result; naive double addition can differ in the last bit and swap ties.
 */
function accurateSum(xs: readonly number[]): number {
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

export function authorNames(AU: string): string[] {
  return rStrsplit(AU, ";").map(rTrim);
}

export function relevantAuthors(records: readonly Pick<BibRecord, "AU">[], params: RelevantAuthorsParams = {}): RelevantAuthors | NotAvailable {
  const p = relevantAuthorsParamsSchema.parse(params);
  if (!records.some((r) => r.AU !== null && r.AU.trim() !== "")) return notAvailable("AU");
  const counts = new Map<string, number>();
  const shares = new Map<string, number[]>();
  for (const r of records) {
    if (r.AU === null) continue;
    const names = authorNames(r.AU);
    for (const n of names) {
      counts.set(n, (counts.get(n) ?? 0) + 1);
      const l = shares.get(n) ?? [];
      l.push(1 / names.length);
      shares.set(n, l);
    }
  }
  const frac = new Map([...shares].map(([n, l]) => [n, accurateSum(l)]));
  const tie = p.ties === "collation" ? collate : codePointCompare;
  const articles = [...counts].map(([author, articles]) => ({ author, articles })).sort((a, b) => b.articles - a.articles || tie(a.author, b.author));
  const fractionalized = [...frac]
    .map(([author, articlesFractionalized]) => ({ author, articlesFractionalized }))
    .sort((a, b) => b.articlesFractionalized - a.articlesFractionalized || tie(a.author, b.author));
  return { status: "ok", k: p.k, articles, fractionalized };
}

/** The oracle's top-authors.json. */
export interface BibliometrixTopAuthors {
  summary_k20: { Authors: string; Articles: string; "Authors.1": string; "Articles Fractionalized": string }[];
  full_articles: { author: string; articles: number }[];
  full_fractionalized: { author: string; articles_fractionalized: number }[];
}

export function toBibliometrixTopAuthors(result: RelevantAuthors): BibliometrixTopAuthors {
  // summary() always prints k rows: with fewer authors the rest are NA, and R then passes the
  // first column's names through make.names().
  const k = result.k;
  const pad = <T,>(xs: T[]): (T | null)[] => [...xs.slice(0, k), ...Array<null>(Math.max(0, k - xs.length)).fill(null)];
  const top = pad(result.articles);
  const topF = pad(result.fractionalized);
  const names = top.map((r) => r?.author ?? null);
  const a = rFormatStrings(result.articles.length < k ? rMakeNames(names) : names);
  const n = rFormatIntegers(top.map((r) => r?.articles ?? null));
  const af = rFormatStrings(topF.map((r) => r?.author ?? null));
  const f = rFormatNumbers(topF.map((r) => r?.articlesFractionalized ?? null), 3);
  return {
    summary_k20: top.map((_, i) => ({ Authors: a[i]!, Articles: n[i]!, "Authors.1": af[i]!, "Articles Fractionalized": f[i]! })),
    full_articles: result.articles.map((r) => ({ author: r.author, articles: r.articles })),
    full_fractionalized: result.fractionalized.map((r) => ({ author: r.author, articles_fractionalized: r.articlesFractionalized })),
  };
}

/**
 * Lotka's law (spec §9.3) from the documents per author: how many authors wrote x documents,
 * the observed proportion f(x), the OLS fit of log10 f(x) on log10 x over the distinct x
 * (Beta = |slope|, C = 10^intercept, R²) and the theoretical proportions for beta = 2,
 * 10^(intercept - 2 log10 x), renormalised to sum 1.
 */
export interface LotkaRow {
  documents: number;
  authors: number;
  observed: number;
  theoretical: number;
}

export interface LotkaResult {
  rows: LotkaRow[];
  beta: number;
  c: number;
  r2: number;
  authors: number;
}

export function lotkaLaw(authors: readonly { author: string; articles: number }[]): LotkaResult {
  const byX = new Map<number, number>();
  authors.forEach((a, i) => {
    if (!Number.isInteger(a.articles) || a.articles < 1) throw new Error(`lotka: authors[${i}] (${a.author}): articles must be a positive integer`);
    byX.set(a.articles, (byX.get(a.articles) ?? 0) + 1);
  });
  const xs = [...byX.keys()].sort((a, b) => a - b);
  const n = authors.length;
  const f = xs.map((x) => byX.get(x)! / n);
  const lx = xs.map(Math.log10);
  const ly = f.map(Math.log10);
  const k = xs.length;
  const mx = lx.reduce((s, v) => s + v, 0) / (k || 1);
  const my = ly.reduce((s, v) => s + v, 0) / (k || 1);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < k; i++) {
    sxy += (lx[i]! - mx) * (ly[i]! - my);
    sxx += (lx[i]! - mx) ** 2;
    syy += (ly[i]! - my) ** 2;
  }
  // One distinct x: no slope can be fitted (R's lm gives NA); report beta NaN.
  const slope = sxx > 0 ? sxy / sxx : Number.NaN;
  const intercept = my - (Number.isNaN(slope) ? 0 : slope) * mx;
  const r2 = sxx > 0 && syy > 0 ? (sxy * sxy) / (sxx * syy) : Number.NaN;
  const raw = lx.map((v) => 10 ** (intercept - 2 * v));
  const sum = raw.reduce((s, v) => s + v, 0);
  return {
    rows: xs.map((x, i) => ({ documents: x, authors: byX.get(x)!, observed: f[i]!, theoretical: raw[i]! / sum })),
    beta: Math.abs(slope),
    c: 10 ** intercept,
    r2,
    authors: n,
  };
}

/**
 * Bradford's zones of the sources (spec §9.2), from the source counts in bibliometrix's order
 * (count desc, ties in collation order — as top-sources.json lists them). Zone 1 = ranks 1..z1
 * with z1 = (number of sources whose cumulative count <= N/3) + 1; zone 2 up to
 * z2 = (number whose cumulative count <= 2N/3) + 1; both capped at the number of sources.
 */
export interface BradfordRow {
  rank: number;
  source: string;
  articles: number;
  cumulative: number;
  zone: 1 | 2 | 3;
}

export function bradfordZones(sources: readonly { source: string; articles: number }[]): BradfordRow[] {
  sources.forEach((s, i) => {
    if (!Number.isInteger(s.articles) || s.articles < 0) throw new Error(`bradford zones: sources[${i}] (${s.source}): articles must be a count`);
    if (i > 0 && s.articles > sources[i - 1]!.articles) {
      throw new Error(`bradford zones: sources[${i}] (${s.source}): expected sources sorted by decreasing count`);
    }
  });
  const total = sources.reduce((n, s) => n + s.articles, 0);
  const cumulative: number[] = [];
  let run = 0;
  for (const s of sources) cumulative.push((run += s.articles));
  const z1 = Math.min(sources.length, cumulative.filter((c) => c <= total / 3).length + 1);
  const z2 = Math.min(sources.length, cumulative.filter((c) => c <= (2 * total) / 3).length + 1);
  return sources.map((s, i) => ({
    rank: i + 1,
    source: s.source,
    articles: s.articles,
    cumulative: cumulative[i]!,
    zone: i + 1 <= z1 ? 1 : i + 1 <= z2 ? 2 : 3,
  }));
}

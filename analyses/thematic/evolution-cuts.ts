/**
 * Cut years for thematic evolution when a report does not give them — the rule the bibliometrix
 * oracle runs used (shared/oracle/README.md): two cuts (three slices) when the years span at least
 * 9 years, otherwise one; first equal-width slices; if a slice would hold fewer than 20 documents,
 * cuts at record-count quantiles instead (type 1), never on the last year.
 */
export interface EvolutionCuts {
  years: number[];
  method: "equal-width" | "quantiles";
}

export const MIN_SLICE_DOCUMENTS = 20;

export function evolutionCuts(publicationYears: readonly (number | null)[]): EvolutionCuts | null {
  const years = publicationYears.filter((y): y is number => y !== null).sort((a, b) => a - b);
  if (years.length === 0) return null;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (last === first) return null;
  const slices = last - first >= 9 ? 3 : 2;
  const equal = Array.from({ length: slices - 1 }, (_, k) => Math.round(first + ((last - first) * (k + 1)) / slices));
  const sizes = sliceSizes(years, equal);
  if (isIncreasing(equal, first, last) && sizes.every((n) => n >= MIN_SLICE_DOCUMENTS)) return { years: equal, method: "equal-width" };
  // Type-1 quantile: the smallest year whose cumulative share reaches k / slices.
  const cuts: number[] = [];
  for (let k = 1; k < slices; k++) {
    let cut = years[Math.max(0, Math.ceil((years.length * k) / slices) - 1)]!;
    if (cut >= last) cut = [...new Set(years)].filter((y) => y < last).at(-1) ?? first;
    if (cuts.length === 0 || cut > cuts[cuts.length - 1]!) cuts.push(cut);
  }
  return cuts.length > 0 ? { years: cuts, method: "quantiles" } : null;
}

function isIncreasing(cuts: readonly number[], first: number, last: number): boolean {
  return cuts.every((c, i) => c >= first && c < last && (i === 0 || c > cuts[i - 1]!));
}

/** Documents per slice: (first-1, cut1], (cut1, cut2], ..., (cutK, last]. */
function sliceSizes(sorted: readonly number[], cuts: readonly number[]): number[] {
  const bounds = [-Infinity, ...cuts, Infinity];
  return bounds.slice(1).map((upper, i) => sorted.filter((y) => y > bounds[i]! && y <= upper).length);
}

import { R_SPACE_CLASS } from "../util/r-semantics.ts";

/**
 * Cited-reference items for co-citation (spec §9.9): a reference string becomes a key that
 * different spellings of the same reference share ("ARIA M, 2017, J INFORMETR, V11, P959, DOI x"
 * -> "ARIA M 2017 J INFORMETR "), and a short label for display ("ARIA M 2017").
 */

const SPACE_RUN = new RegExp(`[${R_SPACE_CLASS}]+`, "g");

export function citedReferenceKey(ref: string): string {
  if (ref.length <= 10) return ref;
  let s = ref;
  if (!s.startsWith("(")) {
    const close = s.indexOf(")");
    if (close >= 0) s = s.slice(0, close + 1);
  }
  s = s.replace(/[,;]/g, " ");
  const volume = s.search(/V[0-9]/);
  if (volume >= 0) s = s.slice(0, volume);
  const doi = s.indexOf("DOI ");
  if (doi >= 0) s = s.slice(0, doi);
  return s.replace(SPACE_RUN, " ");
}

/**
 * Short labels (WoS style: author, initials, year = the first three tokens), made unique by
 * suffixes "-1", "-2", ... in the given order (callers pass keys most frequent first).
 */
export function shortReferenceLabels(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const base = k.trim().split(" ").slice(0, 3).join(" ");
    const times = seen.get(base) ?? 0;
    seen.set(base, times + 1);
    return times === 0 ? base : `${base}-${times}`;
  });
}

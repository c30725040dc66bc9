import type { SymmetricMatrix } from "./count-matrix.ts";
import { diagonal } from "./count-matrix.ts";

/**
 * bibliometrix's normalizeSimilarity (spec §4.3). The diagonal is kept: the thematic map's
 * density adds each word's self-association 1/occ (spec §6.4). 0/0 is 0.
 * "association" has no total-count factor (VOSviewer's association strength multiplies by it).
 */

export type SimilarityType = "association" | "inclusion" | "jaccard" | "salton" | "equivalence";

function similarity(type: SimilarityType, cij: number, ci: number, cj: number): number {
  let s: number;
  switch (type) {
    case "association":
      s = cij / (ci * cj);
      break;
    case "inclusion":
      s = cij / Math.min(ci, cj);
      break;
    case "jaccard":
      s = cij / (ci + cj - cij);
      break;
    case "salton":
      s = cij / Math.sqrt(ci * cj);
      break;
    case "equivalence":
      s = (cij * cij) / (ci * cj);
      break;
  }
  return Number.isNaN(s) ? 0 : s;
}

export function normalizeSimilarity(m: SymmetricMatrix, type: SimilarityType = "association"): SymmetricMatrix {
  const c = diagonal(m);
  const rows = m.rows.map((row, i) => {
    const out = new Map<number, number>();
    for (const [j, v] of row) out.set(j, similarity(type, v, c[i]!, c[j]!));
    return out;
  });
  return { labels: m.labels, rows };
}

import { readFileSync } from "node:fs";
import { buildCorpus } from "./analyses/corpus/build-corpus.ts";
import { coWordMatrix, thematicMapParamsSchema } from "./analyses/thematic/thematic-map.ts";
import { normalizeSimilarity } from "./analyses/networks/similarity.ts";
const ds = "corporate-tax-rpt-178-bom";
const corpus = buildCorpus([{ file: ds, bytes: readFileSync(`/work/shared/data/wos-plaintext/${ds}.txt`) }]);
const C = coWordMatrix(corpus.records, thematicMapParamsSchema.parse({}));
const S = normalizeSimilarity(C);
for (const words of [["taxation","avoidance","lessons"],["prices","cost","impact","bankruptcy","enterprises","exchange","policy"]]) {
  const idx = words.map((w) => C.labels.indexOf(w)).sort((a,b)=>a-b);
  const vals: number[] = []; // upper triangle incl diag, column-major
  for (const j of idx) for (const i of idx) if (i <= j) { const s = S.rows[i]!.get(j) ?? 0; if (s) vals.push(s); }
  const rowmajor: number[] = [];
  for (const i of idx) for (const j of idx) if (i <= j) { const s = S.rows[i]!.get(j) ?? 0; if (s) rowmajor.push(s); }
  const naive = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const n = words.length;
  console.log(words[0], "colmajor", naive(vals), 100*naive(vals)/n, naive(vals)/n*100, "rowmajor", naive(rowmajor), 100*naive(rowmajor)/n, naive(rowmajor)/n*100);
  // all incl both triangles
  const full: number[] = [];
  for (const j of idx) for (const i of idx) { const s = S.rows[i]!.get(j) ?? 0; if (s) full.push(s); }
  console.log("full", naive(full));
}
function acc(xs: readonly number[]): number { let s = 0, c = 0; for (const x of xs) { const t = s + x; c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s; s = t; } return s + c; }
for (const words of [["taxation","avoidance","lessons"],["prices","cost","impact","bankruptcy","enterprises","exchange","policy"]]) {
  const idx = words.map((w) => C.labels.indexOf(w)).sort((a,b)=>a-b);
  const vals: number[] = [];
  for (const j of idx) for (const i of idx) if (i <= j) { const s = S.rows[i]!.get(j) ?? 0; if (s) vals.push(s); }
  const s = acc(vals); const n = words.length;
  console.log("acc", s, 100*s/n, s/n*100, s*100/n, (s*100)/n);
}
for (const words of [["taxation","avoidance","lessons"],["prices","cost","impact","bankruptcy","enterprises","exchange","policy"]]) {
  const idx = words.map((w) => C.labels.indexOf(w)).sort((a,b)=>a-b);
  const out: [number, number, number][] = [];
  for (const j of idx) for (const i of idx) if (i <= j) { const s = S.rows[i]!.get(j) ?? 0; if (s) out.push([i, j, s]); }
  console.log(JSON.stringify(out));
}

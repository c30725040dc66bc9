import { readFileSync } from "node:fs";
import { buildCorpus } from "./analyses/corpus/build-corpus.ts";
import { coWordMatrix, thematicMapParamsSchema } from "./analyses/thematic/thematic-map.ts";
const ds = "corporate-tax-rpt-178-bom";
const corpus = buildCorpus([{ file: ds, bytes: readFileSync(`/work/shared/data/wos-plaintext/${ds}.txt`) }]);
const C = coWordMatrix(corpus.records, thematicMapParamsSchema.parse({}));
const out: any[] = [];
for (const words of [["taxation","avoidance","lessons"],["prices","cost","impact","bankruptcy","enterprises","exchange","policy"]]) {
  const idx = words.map((w) => C.labels.indexOf(w)).sort((a,b)=>a-b);
  const e: number[][] = [];
  for (const j of idx) for (const i of idx) if (i <= j) { const c = C.rows[i]!.get(j) ?? 0; if (c) e.push([i, j, c, C.rows[i]!.get(i)!, C.rows[j]!.get(j)!]); }
  out.push(e);
}
console.log(JSON.stringify(out));

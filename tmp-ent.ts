import { readFileSync } from "node:fs";
import { buildCorpus } from "./analyses/corpus/build-corpus.ts";
import { coWordMatrix, thematicMap, thematicMapParamsSchema } from "./analyses/thematic/thematic-map.ts";
import { normalizeSimilarity } from "./analyses/networks/similarity.ts";
const [ds, field, ...labels] = process.argv.slice(2) as [string, "ID", ...string[]];
const corpus = buildCorpus([{ file: ds, bytes: readFileSync(`/work/shared/data/wos-plaintext/${ds}.txt`) }]);
const p = thematicMapParamsSchema.parse({ field });
const C = coWordMatrix(corpus.records, p);
const S = normalizeSimilarity(C);
const r = thematicMap(corpus.records, p);
const cl = new Map(r.words.map((w) => [C.labels.indexOf(w.word), w.clusterLabel]));
const kept = [...cl.keys()].sort((a, b) => a - b);
const out: Record<string, { ext: number[][]; int: number[][]; n: number }> = {};
for (const lab of labels) out[lab] = { ext: [], int: [], n: 0 };
for (const i of kept) {
  const li = cl.get(i)!;
  if (!(li in out)) continue;
  out[li]!.n++;
  for (const j of kept) {
    if (j < i) continue;
    const s = S.rows[i]!.get(j) ?? 0;
    if (!s) continue;
    if (cl.get(j) === li) out[li]!.int.push([i, j, s]);
    else out[li]!.ext.push([i, j, s]);
  }
}
console.log(JSON.stringify(out));

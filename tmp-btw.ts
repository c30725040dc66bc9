import { readFileSync } from "node:fs";
import { buildCorpus } from "./analyses/corpus/build-corpus.ts";
import { coWordMatrix, thematicMapParamsSchema } from "./analyses/thematic/thematic-map.ts";
import { normalizeSimilarity } from "./analyses/networks/similarity.ts";
import { graphFromCounts } from "./analyses/networks/graph.ts";
import { betweenness, closeness } from "./analyses/networks/centrality.ts";
const ds = process.argv[2]!;
const corpus = buildCorpus([{ file: ds, bytes: readFileSync(`/work/shared/data/wos-plaintext/${ds}.txt`) }]);
const C = coWordMatrix(corpus.records, thematicMapParamsSchema.parse({}));
const S = normalizeSimilarity(C);
const G = graphFromCounts(C, { removeIsolates: true });
const or = JSON.parse(readFileSync(`/work/shared/oracle/${ds}/thematic-map-ID.json`, "utf8"));
const variants: Record<string, (e: any) => number> = {
  raw: (e) => e.weight,
  assoc: (e) => S.rows[G.matrixIndex[e.from]]!.get(G.matrixIndex[e.to])!,
  inv: (e) => 1 / e.weight,
  unit: () => 1,
};
for (const [name, f] of Object.entries(variants)) {
  const edges = G.edges.map((e) => ({ ...e, weight: f(e) }));
  const b = betweenness(G.labels.length, edges);
  const c = closeness(G.labels.length, edges);
  let bad = 0, badc = 0;
  for (const w of or.words) {
    const v = G.labels.indexOf(w.Words);
    if (Math.abs(b[v]! - w.btw_centrality) > 1e-6 * Math.max(1, w.btw_centrality)) bad++;
    if (Math.abs(c[v]! - w.clos_centrality) > 1e-9) badc++;
  }
  console.log(name, "btw bad", bad, "clo bad", badc, "of", or.words.length);
}

import { readFileSync } from "node:fs";
import { buildCorpus } from "./analyses/corpus/build-corpus.ts";
import { thematicMap, toBibliometrixThematicMap } from "./analyses/thematic/thematic-map.ts";
const ds = process.argv[2]!; const field = (process.argv[3] ?? "ID") as "ID";
const file = `/work/shared/data/wos-plaintext/${ds}.txt`;
const corpus = buildCorpus([{ file: ds, bytes: readFileSync(file) }]);
const t0 = performance.now();
const r = thematicMap(corpus.records, { field, n: 250, minFreq: 5, cluster: "walktrap" });
console.log("ms", performance.now() - t0);
const ours = toBibliometrixThematicMap(r) as any;
const or = JSON.parse(readFileSync(`/work/shared/oracle/${ds}/thematic-map-${field}.json`, "utf8"));
for (const k of ["nclust","minfreq_effective","modularity","n_network_vertices","n_network_edges"]) console.log(k, ours[k], or[k]);
let bad = 0;
for (let i = 0; i < Math.max(ours.clusters?.length ?? 0, or.clusters.length); i++) {
  const a = ours.clusters[i], b = or.clusters[i];
  for (const k of Object.keys(b)) {
    const x = a?.[k], y = b[k];
    const ok = typeof y === "number" ? Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y)) : x === y;
    if (!ok && bad++ < 15) console.log("cluster", i, k, JSON.stringify(x), JSON.stringify(y));
  }
}
let wb = 0;
for (let i = 0; i < Math.max(ours.words?.length ?? 0, or.words.length); i++) {
  const a = ours.words[i], b = or.words[i];
  for (const k of Object.keys(b)) {
    const x = a?.[k], y = b[k];
    const ok = typeof y === "number" ? Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y)) : x === y;
    if (!ok && wb++ < 15) console.log("word", i, k, JSON.stringify(x), JSON.stringify(y));
  }
}
console.log("bad clusters", bad, "bad words", wb);

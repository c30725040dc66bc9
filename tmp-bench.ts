import { readFileSync } from "node:fs";
import { buildCorpus } from "./analyses/corpus/build-corpus.ts";
import { thematicMap } from "./analyses/thematic/thematic-map.ts";
import { thematicEvolution } from "./analyses/thematic/thematic-evolution.ts";
for (const ds of ["ai-epilepsy-188", "bibliometrics-management-241", "corporate-tax-rpt-178-bom", "ml-dl-health-africa-500", "phenomenology-part2-500"]) {
  const recs = buildCorpus([{ file: ds, bytes: readFileSync(`/work/shared/data/wos-plaintext/${ds}.txt`) }]).records;
  const t = JSON.parse(readFileSync(`/work/shared/oracle/${ds}/timings.json`, "utf8"));
  const ev = JSON.parse(readFileSync(`/work/shared/oracle/${ds}/thematic-evolution-ID.json`, "utf8"));
  const log = JSON.parse(readFileSync(`/work/shared/oracle/${ds}/run-log.json`, "utf8"));
  const years = [ev.years ?? log.notes.thematicEvolution_years].flat();
  const med = (f: () => void) => { const xs: number[] = []; for (let i = 0; i < 3; i++) { const a = performance.now(); f(); xs.push(performance.now() - a); } return xs.sort((a, b) => a - b)[1]! / 1000; };
  thematicMap(recs, { field: "ID" });
  const tm = med(() => thematicMap(recs, { field: "ID" }));
  let te: number | string;
  try { te = med(() => thematicEvolution(recs, { field: "ID", years })); } catch (e) { te = `error: ${(e as Error).message}`; }
  console.log(`${ds} | ${tm.toFixed(3)} | ${t.thematicMap?.median_s ?? "-"} | ${typeof te === "number" ? te.toFixed(3) : te} | ${t.thematicEvolution?.median_s ?? "error"}`);
}

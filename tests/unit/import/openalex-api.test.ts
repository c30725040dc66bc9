import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../analyses/corpus/build-corpus.ts";
import { detectImporter } from "../../../analyses/import/registry.ts";
import { parseOpenAlexJson } from "../../../analyses/import/openalex-json.ts";
import { abstractFromInvertedIndex, conceptsToId } from "../../../analyses/normalize/openalex.ts";

const fixture = (name: string) => new URL(`../../fixtures/openalex-api/${name}`, import.meta.url);
const corpusOf = (name: string) => buildCorpus([{ file: name, bytes: readFileSync(fixture(name)) }]);

describe("OpenAlex API importer", () => {
  it.each(["page.json", "works.jsonl", "works-array.json"])("detects %s from content", (name) => {
    expect(detectImporter(name, readFileSync(fixture(name), "utf8")).format).toBe("openalex-api");
  });

  it("maps a work as convert2df(dbsource = 'openalex_api')", () => {
    const { records } = corpusOf("page.json");
    const [a, b] = records;
    expect(a!.AU).toBe("MASSIMO ARIA;CORRADO CUCCURULLO");
    expect(a!.TI).toBe("BIBLIOMETRIX : AN R-TOOL FOR COMPREHENSIVE SCIENCE MAPPING ANALYSIS");
    expect(a!.SO).toBe("JOURNAL OF INFORMETRICS");
    expect([a!.PY, a!.TC, a!.DT, a!.DI, a!.DB]).toEqual([2017, 9231, "ARTICLE", "10.1016/j.joi.2017.08.007", "OPENALEX"]);
    expect(a!.DE).toBe("SOFTWARE TOOL");
    // concepts scoring 0.5 or more only ("Software tool" 0.41 is dropped)
    expect(a!.ID).toBe("WORKFLOW; BIBLIOMETRICS; COMPUTER SCIENCE; DATA SCIENCE; SOFTWARE");
    expect(a!.CR.split("; ")).toHaveLength(70);
    expect(a!.extra.id_oa).toBe("W2755950973");
    expect([a!.AU_CO, a!.AU1_CO]).toEqual(["ITALY", "ITALY"]);
    expect(a!.SR).toBe("MASSIMO ARIA, 2017, ");
    expect(b!.AU).toContain("VINCENT LARIVIÈRE");
    expect(b!.AU_CO).toBe("USA;CANADA");
    expect(b!.AU1_CO).toBeNull(); // no corresponding author flagged
  });

  it("keeps the concept name before its parenthesised qualifier, and unscored concepts", () => {
    expect(conceptsToId([{ name: "Hotspot (Geology)", score: 0.6 }, { name: "Law", score: 0 }, { name: "X", score: null }])).toBe("HOTSPOT; X");
    expect(conceptsToId([{ name: "Law", score: 0.1 }])).toBe("");
    expect(conceptsToId([])).toBeNull();
  });

  it("rebuilds abstracts from the inverted index", () => {
    expect(abstractFromInvertedIndex({ world: [1], hello: [0, 2] })).toBe("hello world hello");
    expect(abstractFromInvertedIndex(null)).toBeNull();
    // Two words on one position keep the index's order; a gap in the positions leaves no blank.
    expect(abstractFromInvertedIndex({ b: [1], a: [1, 4], c: [0] })).toBe("c b a a");
    // Positions that are not small whole numbers are still ordered (by sorting).
    expect(abstractFromInvertedIndex({ late: [2.5], early: [-1], mid: [1] })).toBe("early mid late");
  });

  it("locates each work of a pretty-printed page and of an array on its own line", () => {
    const page = parseOpenAlexJson(readFileSync(fixture("page.json"), "utf8"), "page.json");
    const lines = readFileSync(fixture("page.json"), "utf8").split("\n");
    expect(page.works.map((w) => lines[w.location.line - 1]!.trim())).toEqual(["{", "{"]);
    expect(page.works[1]!.location.line).toBeGreaterThan(page.works[0]!.location.line);
    const arr = parseOpenAlexJson(readFileSync(fixture("works-array.json"), "utf8"), "a.json");
    expect(arr.shape).toBe("array");
    expect(arr.works).toHaveLength(2);
  });

  it("gives the same records from a page, JSON Lines and an array", () => {
    const strip = (n: string) => corpusOf(n).records.map(({ location, ...r }) => r);
    expect(strip("works-array.json")).toEqual(strip("page.json"));
    expect(strip("works.jsonl")).toEqual(strip("page.json"));
  });

  it("rejects a broken JSON line with file and line, reads the rest; the ledger balances", () => {
    const { records, ledger } = corpusOf("works.jsonl");
    expect(records).toHaveLength(2);
    expect(ledger.rejected).toHaveLength(1);
    expect(ledger.rejected[0]!.location).toEqual({ file: "works.jsonl", line: 2 });
    expect(ledger.rejected[0]!.reason).toMatch(/^works\.jsonl:2: not valid JSON/);
    expect(ledger.read).toBe(3);
    expect(ledger.read).toBe(ledger.kept + ledger.duplicates.length + ledger.filtered.length + ledger.rejected.length);
  });

  it("rejects a work without an OpenAlex id, and a cut page as a whole", () => {
    const bad = new TextEncoder().encode('{"meta":{},"results":[{"id":"https://openalex.org/W1","title":"A"},{"title":"no id"}]}');
    const one = buildCorpus([{ file: "p.json", bytes: bad }]);
    expect(one.records).toHaveLength(1);
    expect(one.ledger.rejected[0]!.reason).toContain("expected an OpenAlex work id");
    const cut = parseOpenAlexJson('{"meta":{},"results":[{"id":"https://openalex.org/W1",\n"title":', "cut.json");
    expect(cut.works).toEqual([]);
    expect(cut.rejected[0]!.reason).toMatch(/^cut\.json:\d+: not valid JSON/);
  });

  it("drops a repeated work id as a duplicate", () => {
    const bytes = readFileSync(fixture("page.json"));
    const { records, ledger } = buildCorpus([{ file: "a.json", bytes }, { file: "b.json", bytes }]);
    expect(records).toHaveLength(2);
    expect(ledger.duplicates.map((d) => [d.key, d.value])).toEqual([["id_oa", "W2755950973"], ["id_oa", "W2741809807"]]);
  });
});

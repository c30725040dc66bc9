import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "../../../analyses/import/bibtex.ts";
import { buildCorpus } from "../../../analyses/corpus/build-corpus.ts";
import { detectImporter } from "../../../analyses/import/registry.ts";

const fixture = (name: string): string => resolve(import.meta.dirname, "../../fixtures/bibtex", name);
const text = (name: string): string => readFileSync(fixture(name), "utf8");

describe("parseBibtex", () => {
  it("reads past the Scopus header, a glued entry, an empty and a bare value; rejects the broken entry with its line", () => {
    const { entries, rejected } = parseBibtex(text("scopus-quirks.bib"), "scopus-quirks.bib");
    expect(entries.map((e) => [e.key, e.line])).toEqual([
      ["Berg2023", 4],
      ["La Salvia2022", 15],
      ["Guler2016", 31],
    ]);
    expect(rejected).toEqual([
      {
        location: { file: "scopus-quirks.bib", line: 24 },
        reason: 'scopus-quirks.bib: entry starting at line 24: line 26: expected "=" after field name "title", found "{"',
      },
    ]);
    const berg = entries[0]!;
    expect(berg.fields.find((f) => f.name === "pages")).toEqual({ name: "pages", line: 9, value: "", delimiter: "braces" });
    expect(berg.fields.find((f) => f.name === "author_keywords")!.value).toBe("Breast;  Triage;\nLow-resource setting");
    expect(entries[2]!.fields.find((f) => f.name === "year")).toEqual({ name: "year", line: 35, value: "2016", delimiter: "bare" });
    expect(entries[1]!.fields.find((f) => f.name === "title")!.value).toBe("Deep Convolutional {GAN}, a Skin Cancer Application");
  });

  it("keeps WoS double braces, names with two spaces before '=' and with parentheses", () => {
    const { entries, rejected } = parseBibtex(text("wos-quirks.bib"), "wos-quirks.bib");
    expect(rejected).toEqual([]);
    expect(entries.map((e) => e.key)).toEqual(["ISI:000186671900002", "ISI:000186671900001"]);
    const names = entries[0]!.fields.map((f) => f.name);
    expect(names).toContain("Web-of-Science-Categories");
    expect(names).toContain("Usage-Count-(Last-180-days)");
    expect(entries[0]!.fields.find((f) => f.name === "Title")!.value).toBe("{The framework for approximate queries on simulation data}");
  });

  it("splits entries glued after a trailing comma: month={Nov},}@ARTICLE{", () => {
    const { entries, rejected } = parseBibtex(text("ieee-glued.bib"), "ieee-glued.bib");
    expect(rejected).toEqual([]);
    expect(entries.map((e) => [e.key, e.line, e.fields.length])).toEqual([
      ["9000001", 1, 8],
      ["9000002", 9, 7],
    ]);
  });

  it("an unbalanced brace rejects that entry only; reading resumes at the next @ line", () => {
    const src = "@article{a,\ntitle={Open {brace},\nyear={2020}}\n\n@article{b,\ntitle={Fine},\n}\n";
    const { entries, rejected } = parseBibtex(src, "x.bib");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.location).toEqual({ file: "x.bib", line: 1 });
    // The stray "{" makes the value run on to "year={2020}}": the entry then lacks its closing brace.
    expect(rejected[0]!.reason).toBe('x.bib: entry starting at line 1: line 5: expected "," or "}" after the value of "title", found "@"');
    expect(entries.map((e) => e.key)).toEqual(["b"]);
  });
});

describe("BibTeX through buildCorpus", () => {
  it("detects each dialect from content", () => {
    expect(detectImporter("s.bib", text("scopus-quirks.bib")).format).toBe("scopus-bibtex");
    expect(detectImporter("w.bib", text("wos-quirks.bib")).format).toBe("wos-bibtex");
    expect(detectImporter("i.bib", text("ieee-glued.bib")).format).toBe("generic-bibtex");
  });

  it("BOM + CRLF: the broken entry is reported, the rest is read, the ledger balances", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text("scopus-quirks.bib").replaceAll("\n", "\r\n"))]);
    const { records, ledger } = buildCorpus([{ file: "scopus-quirks.bib", bytes }]);
    expect(ledger.read).toBe(4);
    expect(ledger.rejected.map((r) => r.location.line)).toEqual([24]);
    expect(ledger.kept).toBe(3);
    expect(records.map((r) => [r.AU, r.PY, r.TC, r.TI])).toEqual([
      ["BERG WA;LÓPEZ ALDRETE AL;DE LARA MTS", 2023, 5, "TOWARD AI-SUPPORTED US TRIAGE"],
      // "{GAN}, a": bibliometrix drops "}," whole, comma included.
      ["LA SALVIA M;TORTI E", 2022, 4, "DEEP CONVOLUTIONAL GAN A SKIN CANCER APPLICATION"],
      ["GULER AT;WAAIJER CJF", 2016, 12, "SCIENTIFIC WORKFLOWS FOR BIBLIOMETRICS"],
    ]);
    // A keyword list wrapped over two lines gains a separator at the wrap, as in bibliometrix.
    expect(records[0]!.DE).toBe("BREAST;  TRIAGE;; LOW-RESOURCE SETTING".replace(";;", ";"));
    expect(records.every((r) => r.DB === "SCOPUS")).toBe(true);
  });

  it("WoS BibTeX: UT without colon, DE split at line wraps, records with an abstract first", () => {
    const { records } = buildCorpus([{ file: "w.bib", bytes: readFileSync(fixture("wos-quirks.bib")) }]);
    expect(records.map((r) => r.UT)).toEqual(["ISI000186671900002", "ISI000186671900001"]);
    const lee = records[0]!;
    expect(lee.AU).toBe("LEE B;CRITCHLOW T;ABDULLA G;BALDWIN C;KAMIMURA R;MUSICK R");
    expect(lee.DE).toBe("APPROXIMATE QUERY; MULTI-MODEL DATA; REDUCTION; MULTI-RESOLUTION INDEX");
    expect(lee.extra.WC).toBe("COMPUTER SCIENCE, INFORMATION SYSTEMS");
    expect(lee.extra.U1).toBe("1");
    expect(lee.RP).toBe("LEE, B (REPRINT AUTHOR), LAWRENCE LIVERMORE NATL LAB, LIVERMORE, CA 94551 USA");
    expect(lee.AU_CO).toBe("USA;USA");
    expect(records[1]!.DT).toBe("EDITORIAL MATERIAL");
    expect(records[1]!.J9).toBe("INF SCI");
  });

  it("generic BibTeX: names without comma keep bibliometrix's initials rule, SO falls back to booktitle, DB SCOPUS", () => {
    const { records } = buildCorpus([{ file: "i.bib", bytes: readFileSync(fixture("ieee-glued.bib")) }]);
    expect(records.map((r) => [r.AU, r.SO, r.ID, r.DB])).toEqual([
      ["ADA LOVELACE AL;CHARLES BABBAGE CB", "IEEE TRANSACTIONS ON ENGINES", "ENGINES;COMPUTING", "SCOPUS"],
      ["GRACE HOPPER GH", "PROCEEDINGS OF COMPILERS", "COMPILERS", "SCOPUS"],
    ]);
  });
});

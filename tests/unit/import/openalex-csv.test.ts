import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../analyses/corpus/build-corpus.ts";
import { detectImporter } from "../../../analyses/import/registry.ts";
import { applyPipeRule } from "../../../analyses/normalize/openalex-csv.ts";

const fixture = (name: string) => new URL(`../../fixtures/openalex-csv/${name}`, import.meta.url);
const corpusOf = (name: string) => buildCorpus([{ file: name, bytes: readFileSync(fixture(name)) }]);

describe("OpenAlex CSV importer", () => {
  it.each(["legacy-headers.csv", "new-headers.csv"])("detects %s from its header", (name) => {
    expect(detectImporter(name, readFileSync(fixture(name), "utf8")).format).toBe("openalex-csv");
  });

  it("maps the legacy dotted headers as csvOA2df", () => {
    const { records } = corpusOf("legacy-headers.csv");
    const r = records[0]!;
    expect(r.AU).toBe("MASSIMO ARIA;CORRADO CUCCURULLO");
    expect([r.PY, r.TC, r.DT, r.DI, r.SO, r.J9, r.JI]).toEqual([2017, 13235, "ARTICLE", "10.1016/j.joi.2017.08.007", "JOURNAL OF INFORMETRICS", "S205292342", "S205292342"]);
    expect(r.SR).toBe("MASSIMO ARIA, 2017, S205292342");
    expect(r.C1).toBe('UNIVERSITY OF NAPLES FEDERICO II;UNIVERSITY OF CAMPANIA "LUIGI VANVITELLI"');
    expect([r.AU_CO, r.AU1_CO, r.RP]).toEqual(["ITALY", "ITALY", "UNIVERSITY OF NAPLES FEDERICO II"]);
    expect(r.extra.id_oa).toBe("W2755950973");
    expect(r.CR).toBe("");
  });

  it("gives the same records under the new human-readable headers, and rejects the broken row", () => {
    const legacy = corpusOf("legacy-headers.csv").records;
    const { records, ledger } = corpusOf("new-headers.csv");
    const pick = (r: (typeof records)[number]) => [r.AU, r.TI, r.SO, r.PY, r.TC, r.DI, r.DT, r.J9, r.C1, r.AU_CO, r.extra.id_oa];
    expect(records.map(pick)).toEqual(legacy.map(pick));
    expect(ledger.rejected).toHaveLength(1);
    expect(ledger.rejected[0]!.location).toEqual({ file: "new-headers.csv", line: 5 });
    expect(ledger.rejected[0]!.reason).toContain('"not-a-work"');
    expect(ledger.read).toBe(ledger.kept + ledger.duplicates.length + ledger.filtered.length + ledger.rejected.length);
  });

  it("applies the '|' rule per column: ';' inside a value becomes ',' only in piped columns", () => {
    const rows = [new Map([["AU", "Francisco-Javier; Cabrerizo|Ana B"], ["TI", "A; B"]]), new Map([["AU", "X"], ["TI", "C"]])];
    applyPipeRule(rows);
    expect(rows[0]!.get("AU")).toBe("Francisco-Javier, Cabrerizo;Ana B");
    expect(rows[0]!.get("TI")).toBe("A; B");
  });
});

import { describe, expect, it } from "vitest";
import { addressAffiliation, affiliations } from "../../../analyses/descriptives/affiliations.ts";
import { TOY } from "./toy.ts";

describe("affiliations (spec §1.8.3)", () => {
  it("compatible mode reproduces bibliometrix's index shift; corrected mode takes the matching part", () => {
    expect(addressAffiliation("LAB X 5, UNIV Y, ROME, ITALY", "compatible")).toBe("ROME");
    expect(addressAffiliation("LAB X 5, UNIV Y, ROME, ITALY", "corrected")).toBe("UNIV Y");
    expect(addressAffiliation("UNIV NAPLES, NAPLES, ITALY", "compatible")).toBe("UNIV NAPLES");
  });
  it("NOTREPORTED without a keyword, NOTDECLARED when every match has a digit", () => {
    expect(addressAffiliation("FOO, ROME, ITALY", "compatible")).toBe("NOTREPORTED");
    expect(addressAffiliation("UNIV 5, ROME, ITALY", "compatible")).toBe("NOTDECLARED");
  });
  it("counts one entry per address on the toy (TU MUNICH names no institution keyword: not reported)", () => {
    const r = affiliations(TOY.map((t) => ({ ...t, RP: null })));
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.rows).toEqual([
      { affiliation: "UNIV NAPLES", articles: 6 },
      { affiliation: "HARVARD UNIV", articles: 4 },
      { affiliation: "SEOUL NATL UNIV", articles: 4 },
      { affiliation: "UNIV MADRID", articles: 4 },
      { affiliation: "UNIV ROME", articles: 2 },
    ]);
  });
  it("uses C3 when present, with & -> AND; not available without addresses", () => {
    const r = affiliations([{ C1: "UNIV A, X, ITALY.", RP: null, extra: { C3: "A & B UNIVERSITY; SINOP UNIVERSITY" } }]);
    expect(r.status === "ok" && r.rows.map((x) => x.affiliation)).toEqual(["A AND B UNIVERSITY", "SINOP UNIVERSITY"]);
    expect(affiliations([{ C1: null, RP: null, extra: {} }]).status).toBe("not-available");
  });
});

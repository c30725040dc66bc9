import { describe, expect, it } from "vitest";
import { authorCountries, correspondingAuthorCountry } from "../../../analyses/normalize/countries.ts";
import { COUNTRIES_BIBLIOMETRIX } from "../../../analyses/data/countries-bibliometrix.ts";

describe("country table", () => {
  it("is bibliometrix's 202-row table in its own order", () => {
    expect(COUNTRIES_BIBLIOMETRIX).toHaveLength(202);
    expect(COUNTRIES_BIBLIOMETRIX[0]).toEqual({ name: "AFGHANISTAN", continent: "ASIA", iso2: "AF", longitude: 66.0047336558, latitude: 33.8352307278 });
    expect(COUNTRIES_BIBLIOMETRIX.at(-1)!.name).toBe("ZIMBABWE");
    const names = COUNTRIES_BIBLIOMETRIX.map((c) => c.name);
    expect(names.indexOf("KOREA")).toBeLessThan(names.indexOf("NORTH KOREA"));
  });
});

describe("AU_CO (spec §1.8.1)", () => {
  it("emits one entry per matching address, in table order", () => {
    expect(authorCountries("UNIV A, ROME, ITALY.; UNIV B, MILAN, ITALY.; HARVARD, MA 02138 USA.", null)).toBe("ITALY;ITALY;USA");
    expect(authorCountries("HARVARD, MA 02138 USA.; UNIV A, ROME, ITALY.;", null)).toBe("ITALY;USA");
  });
  it("copies the substring-matching quirks and renames", () => {
    expect(authorCountries("NATL TAIWAN UNIV, TAIPEI, TAIWAN.;", null)).toBe("CHINA");
    expect(authorCountries("UNIV OXFORD, OXFORD, ENGLAND.; UNIV GLASGOW, GLASGOW, SCOTLAND.;", null)).toBe("UNITED KINGDOM;UNITED KINGDOM");
    expect(authorCountries("SEOUL NATL UNIV, SEOUL, SOUTH KOREA.;", null)).toBe("KOREA");
    expect(authorCountries("UNIV PNG, PORT MORESBY, PAPUA NEW GUINEA.;", null)).toBe("GUINEA;PAPUA NEW GUINEA");
    expect(authorCountries("QUEENS UNIV, BELFAST, NORTH IRELAND.;", null)).toBe("IRELAND");
    expect(authorCountries("UNIV X, HANOI, VIET NAM.;", null)).toBeNull();
  });
  it("falls back to RP when C1 is missing or matches nothing", () => {
    expect(authorCountries(null, "ROSSI, M (REPRINT AUTHOR), UNIV ROME, ROME, ITALY.")).toBe("ITALY");
    expect(authorCountries("SOMEWHERE.;", "X (CORRESPONDING AUTHOR), UNIV, LIMA, PERU.")).toBe("PERU");
    expect(authorCountries(null, null)).toBeNull();
  });
});

describe("AU1_CO (spec §1.8.2)", () => {
  it("finds multi-word countries and US addresses from C1 alone", () => {
    expect(correspondingAuthorCountry("HARVARD UNIV, CAMBRIDGE, MA 02138 USA.; UNIV NAPLES, NAPLES, ITALY.;", null)).toBe("USA");
    expect(correspondingAuthorCountry("SEOUL NATL UNIV, SEOUL, SOUTH KOREA.;", null)).toBe("KOREA");
  });
  it("misses single-word countries when RP is missing (bibliometrix quirk)", () => {
    expect(correspondingAuthorCountry("TU MUNICH, MUNICH, GERMANY.; HARVARD UNIV, CAMBRIDGE, MA 02138 USA.;", null)).toBeNull();
  });
  it("uses RP when present, including the localised label", () => {
    expect(correspondingAuthorCountry("X.;", "ROSSI, M (REPRINT AUTHOR), UNIV ROME, ROME, ITALY.")).toBe("ITALY");
    expect(correspondingAuthorCountry(null, "LU, J (通讯作者)，CAPITAL MED UNIV, BEIJING 100053, PEOPLES R CHINA.")).toBe("CHINA");
    expect(correspondingAuthorCountry(null, "LEE, K (CORRESPONDING AUTHOR), NATL TAIWAN UNIV, TAIPEI 10617, TAIWAN.")).toBe("CHINA");
  });
  it("takes the first country in table order from RP, even from a US state name", () => {
    // GEORGIA (the state) precedes USA in the table; step 1 fails because "USA " has no leading space.
    expect(correspondingAuthorCountry(null, "SMITH, J (REPRINT AUTHOR), EMORY UNIV, ATLANTA, GEORGIA,USA.")).toBe("GEORGIA");
  });
});

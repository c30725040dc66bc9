import { describe, expect, it } from "vitest";
import { correspondingCountries, toBibliometrixCountries } from "../../../analyses/descriptives/corresponding-countries.ts";
import { TOY } from "./toy.ts";

describe("corresponding author's countries (spec §2 oracle notes)", () => {
  it("toy: KOREA 3 (SCP 2, MCP 1), USA 3 (SCP 1, MCP 2)", () => {
    const r = correspondingCountries(TOY);
    if (r.status !== "ok") throw new Error(r.reason);
    expect(r.rows.map((x) => [x.country, x.articles, x.scp, x.mcp])).toEqual([
      ["KOREA", 3, 2, 1],
      ["USA", 3, 1, 2],
    ]);
    expect(r.withoutCountry).toBe(10);
    expect(r.rows[0]).toMatchObject({ freq: 0.5, totalCitations: 30, averageArticleCitations: 10 });
    const b = toBibliometrixCountries(r);
    expect(b.full_country_collaboration).toEqual([
      { Country: "KOREA", SCP: 2, MCP: 1 },
      { Country: "USA", SCP: 1, MCP: 2 },
    ]);
    expect(b.summary_k20_corresponding_author_countries[0]).toEqual({ Country: "KOREA", Articles: "3", Freq: "0.5", SCP: "2", MCP: "1", MCP_Ratio: "0.333" });
  });

  it("biblioshiny counts a document without AU_CO as SCP; summary() does not", () => {
    const recs = [{ AU1_CO: "ITALY", AU_CO: null, TC: 1 }];
    const s = correspondingCountries(recs);
    const b = correspondingCountries(recs, { scpRule: "biblioshiny" });
    expect(s.status === "ok" && s.rows[0]!.scp).toBe(0);
    expect(b.status === "ok" && b.rows[0]!.scp).toBe(1);
  });

  it("is not available without any country", () => {
    expect(correspondingCountries([{ AU1_CO: null, AU_CO: null, TC: 0 }]).status).toBe("not-available");
  });
});

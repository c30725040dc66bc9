import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../analyses/corpus/build-corpus.ts";
import { isWosTabHeader, splitAddresses } from "../../../analyses/import/wos-tab.ts";

const fixture = (name: string) => ({ file: name, bytes: readFileSync(resolve(import.meta.dirname, "../../fixtures/wos-tab", name)) });

describe("WoS tab-delimited", () => {
  it("recognises the header row only", () => {
    expect(isWosTabHeader("PT\tAU\tBA\tBE\tGP\tAF\tTI\t")).toBe(true);
    expect(isWosTabHeader("PT\tJ")).toBe(false);
    expect(isWosTabHeader("PT J")).toBe(false);
  });

  it("splits C1 on '; ' outside the author brackets and restores the final dots", () => {
    expect(splitAddresses("[Rossi, M; Bianchi, L] Univ A, Rome, Italy; [Smith, J] Univ B, Leeds, England")).toEqual([
      "[Rossi, M; Bianchi, L] Univ A, Rome, Italy.",
      "[Smith, J] Univ B, Leeds, England.",
    ]);
  });

  it("gives the same records as the plain-text export of the same documents; a cut row is rejected with its line", () => {
    const tab = buildCorpus([fixture("two-records-tab.txt")]);
    const txt = buildCorpus([fixture("two-records-plaintext.txt")]);
    expect(tab.ledger.files[0]!.format).toBe("wos-tab");
    expect(txt.ledger.files[0]!.format).toBe("wos-plaintext");
    expect(tab.ledger.read).toBe(3);
    expect(tab.ledger.rejected).toEqual([
      {
        location: { file: "two-records-tab.txt", line: 4 },
        reason: "two-records-tab.txt: line 4: expected 46 TAB-separated fields as in the header, found 3 (a value with a line break or a TAB inside, or a cut row)",
      },
    ]);
    const strip = (rs: typeof tab.records) => rs.map(({ location: _l, ...rest }) => rest);
    expect(strip(tab.records)).toEqual(strip(txt.records));
    expect(tab.records.map((r) => r.AU)).toEqual(txt.records.map((r) => r.AU));
    expect(tab.records[1]!.C1).toMatch(/\.;$/);
  });
});

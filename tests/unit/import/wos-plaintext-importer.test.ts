import { describe, expect, it } from "vitest";
import { bibliometrixRowOrder, wosPlaintextImporter } from "../../../analyses/import/wos-plaintext-importer.ts";
import type { RawRecord } from "../../../analyses/model/record.ts";

describe("bibliometrixRowOrder", () => {
  it("orders by each record's smallest tag (C order), input order within", () => {
    const raw = (tags: string[], line: number): RawRecord => ({
      location: { file: "f", line },
      fields: new Map(tags.map((t) => [t, ["x"]])),
    });
    const ordered = bibliometrixRowOrder([raw(["PT", "TI"], 1), raw(["PT", "AU"], 2), raw(["PT", "AB"], 3), raw(["PT", "AF"], 4)]);
    expect(ordered.map((r) => r.location.line)).toEqual([3, 4, 2, 1]);
  });
});

describe("wosPlaintextImporter.detect", () => {
  it("accepts the FN header or a bare PT start, with space or TAB, and nothing else", () => {
    expect(wosPlaintextImporter.detect("FN Clarivate Analytics Web of Science\nVR 1.0\n")).toBe(true);
    expect(wosPlaintextImporter.detect("\n\nPT\tJ\nAU\tDoe, J\n")).toBe(true);
    expect(wosPlaintextImporter.detect("TY  - JOUR\nAU  - Doe, J\n")).toBe(false);
    expect(wosPlaintextImporter.detect("PT\tAU\tBA\tBE\tGP\tAF\n")).toBe(true); // tab-delimited header: see the registry order
  });
});

import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasShared, sharedPath } from "../support/shared.ts";
import { PARITY_FIELDS, importShared, mismatches, oracleCount, oracleRecords } from "../support/oracle-records.ts";

/** Records per file, from shared/data/PROVENANCE.md section 8. */
const PROVENANCE_COUNTS: Record<string, number> = {
  "assistive-vision-ai-1000-crlf": 1000,
  "tobler-lens-252": 252,
  "bibliometrix-fixture-lens-8": 8,
};
const DATASETS = Object.keys(PROVENANCE_COUNTS);

describe.skipIf(!hasShared)("Lens.org CSV: imports and parity with bibliometrix", () => {
  describe.each(DATASETS)("%s", (dataset) => {
    const { records, ledger } = importShared("lens", `${dataset}.csv`);

    it("has the PROVENANCE and convert2df record counts, without rejections", () => {
      expect(ledger.files[0]!.format).toBe("lens-csv");
      expect(ledger.rejected).toEqual([]);
      expect(ledger.read).toBe(PROVENANCE_COUNTS[dataset]);
      if (existsSync(sharedPath("oracle", dataset, "convert2df.json"))) expect(records).toHaveLength(oracleCount(dataset));
    });

    it.skipIf(!existsSync(sharedPath("oracle", dataset, "records.csv"))).each([...PARITY_FIELDS, "UT", "SR"])("%s equals records.csv", (field) => {
      expect(mismatches(records, oracleRecords(dataset), field)).toEqual([]);
    });
  });
});

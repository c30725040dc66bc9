import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasShared, sharedPath } from "../support/shared.ts";
import { PARITY_FIELDS, importShared, mismatches, oracleCount, oracleRecords } from "../support/oracle-records.ts";

const DATASET = "neuro-eeg-tms-lab-125";

describe.skipIf(!hasShared)("Dimensions CSV: imports and parity with bibliometrix", () => {
  const { records, ledger } = hasShared ? importShared("dimensions", `${DATASET}.csv`) : { records: [], ledger: null };

  it("has the PROVENANCE count (126) and convert2df's", () => {
    expect(ledger!.files[0]!.format).toBe("dimensions-csv");
    expect(ledger!.rejected).toEqual([]);
    expect(ledger!.read).toBe(126);
    expect(records).toHaveLength(oracleCount(DATASET));
  });

  it.skipIf(!hasShared || !existsSync(sharedPath("oracle", DATASET, "records.csv"))).each([...PARITY_FIELDS, "UT", "SR", "AU_CO", "AU1_CO"])(
    "%s equals records.csv",
    (field) => {
      expect(mismatches(records, oracleRecords(DATASET), field)).toEqual([]);
    },
  );
});

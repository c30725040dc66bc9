import type { BibRecord } from "../model/record.ts";
import { annualProduction, toBibliometrixAnnualProduction } from "../descriptives/annual-production.ts";
import { mainInformation, toBibliometrixMainInfo } from "../descriptives/main-information.ts";

/**
 * Our results in the names and shapes of bibliometrix's own output files (as in
 * shared/oracle/<dataset>/), so a user — or `npm run parity` — can compare file to file.
 */

export interface BibliometrixRunParams {
  referenceYear: number;
}

/** File name -> JSON value, in a stable order. */
export function bibliometrixOutputs(records: readonly BibRecord[], params: BibliometrixRunParams): Map<string, unknown> {
  const files = new Map<string, unknown>();
  files.set("convert2df.json", { records: records.length });
  files.set("main-info.json", toBibliometrixMainInfo(mainInformation(records, { referenceYear: params.referenceYear })));
  files.set("annual-production.json", toBibliometrixAnnualProduction(annualProduction(records)));
  return files;
}

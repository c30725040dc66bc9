import { z } from "zod";
import type { BibRecord } from "../model/record.ts";
import { frequencyTable, rStrsplit, rTrim } from "../util/r-semantics.ts";
import { notAvailable, type NotAvailable } from "./availability.ts";

/**
 * Most relevant affiliations (spec §1.8.3, §2.3): each author address (C1; RP when C1 is missing)
 * gives one affiliation — the comma-separated part that names an institution — and the table counts
 * them (one per address, repeats kept). WoS's organisation-enhanced names (C3), when present,
 * replace the derived ones, as in bibliometrix.
 *
 * "compatible" reproduces bibliometrix's index shift (§11.11): it takes the idx'-th element of the
 * list of digit-free parts rather than the matching part itself, so "LAB X 5, UNIV Y, ROME, ITALY."
 * gives "ROME". "corrected" returns the first digit-free matching part ("UNIV Y").
 */

export const affiliationsParamsSchema = z
  .object({
    rule: z.enum(["compatible", "corrected"]).default("compatible"),
    /** Use C3 (WoS organisation-enhanced names) when a record has it. */
    useC3: z.boolean().default(true),
  })
  .strict();

export type AffiliationsParams = z.input<typeof affiliationsParamsSchema>;

/** Institution keywords, in bibliometrix's search order. */
const KEYWORDS = [
  "UNIV", "COLL", "SCH", "INST", "ACAD", "ECOLE", "CTR", "SCI", "CENTRE", "CENTER", "CENTRO", "HOSP", "ASSOC", "COUNCIL",
  "FONDAZ", "FOUNDAT", "ISTIT", "LAB", "TECH", "RES", "CNR", "ARCH", "SCUOLA", "PATENT OFF", "CENT LIB", "HEALTH", "NATL",
  "LIBRAR", "CLIN", "FDN", "OECD", "FAC", "WORLD BANK", "POLITECN", "INT MONETARY FUND", "CLIMA", "METEOR", "OFFICE", "ENVIR",
  "CONSORTIUM", "OBSERVAT", "AGRI", "MIT ", "INFN", "SUNY ",
];

/** The affiliation of one address element, or NOTREPORTED / NOTDECLARED / "NA" as bibliometrix yields them. */
export function addressAffiliation(address: string, rule: "compatible" | "corrected"): string {
  const parts = address.split(",").map(rTrim);
  const hasDigit = parts.map((part) => /[0-9]/.test(part));
  // bibliometrix lists the matching parts keyword by keyword and takes the first digit-free one.
  let first = -1;
  let matched = false;
  search: for (const kw of KEYWORDS) {
    for (let i = 0; i < parts.length; i++) {
      if (!parts[i]!.includes(kw)) continue;
      matched = true;
      if (!hasDigit[i]) {
        first = i;
        break search;
      }
    }
  }
  if (first === -1) return matched ? "NOTDECLARED" : "NOTREPORTED";
  if (rule === "corrected") return parts[first]!;
  const digitFree = parts.filter((_, i) => !hasDigit[i]);
  return digitFree[first] ?? "NA";
}

/** AU_UN of one record: its affiliations, one per address (NOTREPORTED/NOTDECLARED/NA removed). */
export type AffiliationRecord = Pick<BibRecord, "C1" | "RP"> & { extra?: Record<string, string> };

/**
 * `seen` remembers the affiliation of each address already read: co-authors' addresses repeat
 * across a corpus, and each one is otherwise searched for 45 keywords again.
 */
export function recordAffiliations(r: AffiliationRecord, p: { rule: "compatible" | "corrected"; useC3: boolean }, seen = new Map<string, string>()): string[] {
  const c3 = r.extra?.C3;
  let list: string[];
  if (p.useC3 && c3 !== undefined && c3.trim() !== "") {
    list = rStrsplit(c3, ";").map(rTrim);
  } else {
    const source = r.C1 ?? r.RP;
    if (source === null) return [];
    const cleaned = source.replace(/\[[^\]]*\] ?/g, "").replaceAll("(REPRINT AUTHOR)", "");
    list = [];
    for (const part of rStrsplit(cleaned, ";")) {
      const a = rTrim(part);
      if (a === "") continue;
      let affiliation = seen.get(a);
      if (affiliation === undefined) seen.set(a, (affiliation = addressAffiliation(a.replace(/\.$/, ""), p.rule)));
      list.push(affiliation);
    }
  }
  return list
    .map((a) => rTrim(a.replaceAll("\\&", "AND").replaceAll("&", "AND")))
    .filter((a) => a !== "" && a !== "NOTREPORTED" && a !== "NOTDECLARED" && a !== "NA");
}

export interface Affiliations {
  status: "ok";
  rule: "compatible" | "corrected";
  /** Appearances desc, ties in collation order. */
  rows: { affiliation: string; articles: number }[];
}

export function affiliations(records: readonly AffiliationRecord[], params: AffiliationsParams = {}): Affiliations | NotAvailable {
  const p = affiliationsParamsSchema.parse(params);
  if (!records.some((r) => r.C1 !== null || r.RP !== null || (r.extra?.C3 ?? "") !== "")) return notAvailable("C1");
  const seen = new Map<string, string>();
  const all = records.flatMap((r) => recordAffiliations(r, p, seen));
  return { status: "ok", rule: p.rule, rows: frequencyTable(all).map(({ item, n }) => ({ affiliation: item, articles: n })) };
}

import type { BibRecord, SourceDb } from "../model/record.ts";
import { rAsNumeric, rToUpper, rTrimws, trimES } from "../util/r-semantics.ts";
import { fixDoubleSemicolons, type TabularRecord } from "./tabular.ts";
import { mergeKeywords } from "./wos.ts";

/**
 * A Publish or Perish CSV row (Google Scholar and the other engines PoP queries) -> BibRecord.
 * bibliometrix has no reader for this format; the mapping follows the record model's conventions
 * (upper case except DI/URL, "SURNAME INITIALS" authors joined with ";").
 */

const POP_COLUMNS: ReadonlyMap<string, string> = new Map([
  ["Cites", "TC"],
  ["Authors", "AU"],
  ["Title", "TI"],
  ["Year", "PY"],
  ["Source", "SO"],
  ["Publisher", "PU"],
  ["ArticleURL", "URL"],
  ["Type", "DT"],
  ["DOI", "DI"],
  ["ISSN", "SN"],
  ["Volume", "VL"],
  ["Issue", "IS"],
  ["StartPage", "BP"],
  ["EndPage", "EP"],
  ["Abstract", "AB"],
]);

export function popColumnTag(column: string): string {
  return POP_COLUMNS.get(column) ?? column;
}

/**
 * Publish or Perish exports Google Scholar results; bibliometrix has no reader and no DB name for
 * them: ours is "GOOGLE_SCHOLAR".
 */
export const PUBLISH_OR_PERISH_DB: SourceDb = "GOOGLE_SCHOLAR";

/** "Q Yang, J Snyder, WR Tobler" -> "YANG Q;SNYDER J;TOBLER WR" (initials first, comma-separated). */
export function popAuthors(au: string): string {
  return au
    .split(",")
    .map((name) => rTrimws(trimES(name)))
    .filter((name) => name !== "" && name !== "…" && name !== "...")
    .map((name) => {
      const parts = name.split(" ");
      const surname = parts.pop()!;
      const initials = parts.join("").replace(/\./g, "");
      return rToUpper(initials === "" ? surname : `${surname} ${initials}`);
    })
    .join(";");
}

/** Google Scholar's cluster id in the "cites=" URL: the same work always has the same id. */
function scholarClusterId(citesUrl: string | undefined): string | null {
  const m = citesUrl === undefined ? null : /[?&]cites=(\d+)/.exec(citesUrl);
  return m ? `GS:${m[1]}` : null;
}

const KEEP_CASE = new Set(["DI", "URL", "CitesURL", "CitationURL", "FullTextURL", "RelatedURL"]);
const OWN = new Set(["TC", "AU", "TI", "PY", "SO", "DT", "DI"]);

export function normalizePopRecord(raw: TabularRecord): BibRecord {
  const f = raw.fields;
  const value = (tag: string): string | null => {
    const v = f.get(tag);
    if (v === undefined) return null;
    return fixDoubleSemicolons(KEEP_CASE.has(tag) ? v : rToUpper(v));
  };
  const extra: Record<string, string> = { DB_Original: "PUBLISH OR PERISH" };
  for (const tag of ["TI", "AB"]) {
    const v = f.get(tag);
    if (v !== undefined) extra[`${tag}_raw`] = v;
  }
  for (const tag of f.keys()) if (!OWN.has(tag)) extra[tag] = value(tag)!;
  extra.KW_Merged = mergeKeywords(null, null);
  // Google Scholar often has no journal, only a host ("books.google.com"): that is no source, so SO stays empty.
  const so = value("SO");
  const SO = so === "" ? null : so;
  const doi = value("DI");
  return {
    location: { ...raw.location },
    DB: PUBLISH_OR_PERISH_DB,
    UT: scholarClusterId(f.get("CitesURL")),
    PY: rAsNumeric(f.get("PY")),
    TC: rAsNumeric(f.get("TC")) ?? 0,
    AU: f.has("AU") ? popAuthors(f.get("AU")!) : null,
    TI: value("TI"),
    SO,
    DT: value("DT"),
    DE: null,
    ID: null,
    C1: null,
    RP: null,
    CR: "none",
    DI: doi === "" ? null : doi,
    JI: SO,
    J9: SO === null ? null : SO.replaceAll(".", ""),
    AU_CO: null,
    AU1_CO: null,
    extra,
    SR: "",
  };
}

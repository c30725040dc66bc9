import type { BibRecord, RawRecord, SourceDb } from "../model/record.ts";
import type { RisFlavour } from "../import/ris.ts";
import { rAsNumeric, rToUpper, rTrimws, trimES } from "../util/r-semantics.ts";
import { authorCountries, correspondingAuthorCountry } from "./countries.ts";
import { mergeKeywords, normalizeWosRecord } from "./wos.ts";

/**
 * RIS records -> BibRecords. bibliometrix has no RIS reader, so each database's RIS is mapped to
 * what bibliometrix gives for that database's own export of the same records:
 * - WoS RIS is rebuilt as a WoS plain-text record (AN -> UT, T2 -> SO, AD -> C1, KW split back
 *   into DE and ID, N1 "Times Cited" -> TC) and normalised by the WoS plain-text rules;
 * - Scopus, Embase and other RIS (IEEE Xplore, …) follow the Scopus CSV rules (spec §1.3).
 */

const lines = (raw: RawRecord, ...tags: string[]): string[] => tags.flatMap((t) => raw.fields.get(t) ?? []);
const first = (raw: RawRecord, ...tags: string[]): string | null => {
  for (const t of tags) {
    const v = raw.fields.get(t)?.[0];
    if (v !== undefined && v.trim() !== "") return v.trim();
  }
  return null;
};

/** Exact repeats of one author in a record are an export glitch (IEEE Xplore writes every AU twice). */
function uniqueInOrder(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ""))];
}

/** Keywords Plus are written in capitals by WoS; author keywords rarely are. */
function isAllCaps(s: string): boolean {
  return /\p{L}/u.test(s) && s === rToUpper(s);
}

/**
 * WoS RIS lists author keywords then Keywords Plus under one KW tag. The trailing run of
 * all-capital entries is taken as Keywords Plus (ID), the rest as author keywords (DE). An author
 * keyword in capitals at the end of a record without Keywords Plus is therefore read as ID.
 */
export function splitWosKeywords(kw: readonly string[]): { DE: string[]; ID: string[] } {
  let k = kw.length;
  while (k > 0 && isAllCaps(kw[k - 1]!)) k--;
  return { DE: kw.slice(0, k), ID: kw.slice(k) };
}

/** Times cited from a WoS N1 block or a Scopus "Cited By :12" note. */
export function risTimesCited(notes: readonly string[]): number | null {
  for (const n of notes) {
    const m = /Times Cited in Web of Science Core Collection:\s*(\d+)/.exec(n) ?? /^Cited By\s*:?\s*(\d+)/.exec(n);
    if (m) return Number(m[1]);
  }
  return null;
}

/** WoS RIS record -> the WoS plain-text raw record of the same document. */
export function wosRisToPlaintext(raw: RawRecord): RawRecord {
  const f = new Map<string, string[]>();
  const put = (tag: string, values: string[]) => {
    if (values.length > 0) f.set(tag, values);
  };
  const ty = first(raw, "TY");
  put("PT", ty === null ? [] : [ty === "JOUR" ? "J" : ty === "BOOK" || ty === "CHAP" ? "B" : ty === "CONF" || ty === "CPAPER" ? "C" : ty]);
  put("AU", lines(raw, "AU", "A1"));
  put("TI", lines(raw, "TI", "T1"));
  put("SO", lines(raw, "T2", "JF"));
  put("LA", lines(raw, "LA"));
  const kw = splitWosKeywords(lines(raw, "KW"));
  put("DE", kw.DE.length > 0 ? [kw.DE.join("; ")] : []);
  put("ID", kw.ID.length > 0 ? [kw.ID.join("; ")] : []);
  put("AB", lines(raw, "AB"));
  // Plain-text C1 entries end with a dot, which the C1 rule turns into the ".;" separator.
  put("C1", lines(raw, "AD").map((a) => (a.trimEnd().endsWith(".") ? a : `${a.trimEnd()}.`)));
  put("C3", lines(raw, "C3").length > 0 ? [lines(raw, "C3").join("; ")] : []);
  put("FU", lines(raw, "FU"));
  put("FX", lines(raw, "FX"));
  put("PU", lines(raw, "PU"));
  put("PI", lines(raw, "PI"));
  put("PA", lines(raw, "PA"));
  const sn = lines(raw, "SN");
  put("SN", sn.slice(0, 1));
  put("EI", sn.slice(1, 2));
  put("J9", lines(raw, "J9"));
  put("JI", lines(raw, "JI"));
  put("PD", lines(raw, "DA"));
  put("PY", lines(raw, "PY"));
  put("VL", lines(raw, "VL"));
  put("IS", lines(raw, "IS"));
  put("BP", lines(raw, "SP"));
  put("EP", lines(raw, "EP"));
  put("DI", lines(raw, "DO"));
  put("EA", lines(raw, "C6"));
  put("UT", lines(raw, "AN"));
  const tc = risTimesCited(lines(raw, "N1"));
  put("TC", tc === null ? [] : [String(tc)]);
  const nr = /Cited Reference Count:\s*(\d+)/.exec(lines(raw, "N1").join("\n"));
  put("NR", nr ? [nr[1]!] : []);
  return { location: raw.location, fields: f };
}

/** "Tobler, W." -> "TOBLER W" (Scopus CSV rule: dots and commas removed); "G. Kalbe" -> "KALBE G". */
export function risAuthor(name: string): string {
  const n = trimES(name.trim());
  if (n.includes(",")) return rTrimws(trimES(rToUpper(n).replaceAll(".", "").replaceAll(",", " ")));
  // Given names first (IEEE Xplore): surname = last word, then the initials of the others.
  const words = n.split(" ").filter((w) => w !== "");
  if (words.length < 2) return rToUpper(n).replaceAll(".", "");
  const surname = words[words.length - 1]!;
  const initials = words
    .slice(0, -1)
    .map((w) => [...w.replaceAll(".", "")].filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).join("") || w[0]!)
    .join("");
  return rToUpper(`${surname} ${initials}`);
}

const DB_OF: Record<Exclude<RisFlavour, "wos">, SourceDb> = {
  scopus: "SCOPUS",
  embase: "EMBASE",
  // bibliometrix labels generic (e.g. IEEE Xplore) BibTeX SCOPUS; generic RIS follows it.
  generic: "SCOPUS",
};

/** Scopus/Embase/generic RIS record -> BibRecord (Scopus CSV semantics). */
export function normalizeOtherRisRecord(raw: RawRecord, flavour: Exclude<RisFlavour, "wos">, corpusHasCR: boolean): BibRecord {
  const up = (v: string | null): string | null => (v === null ? null : rToUpper(trimES(v.replaceAll("\n", " "))).replaceAll(";;", ";"));
  const authors = uniqueInOrder(lines(raw, "AU", "A1")).map(risAuthor);
  const AU = authors.length === 0 ? null : authors.join(";");
  const kws = uniqueInOrder(lines(raw, "KW").map((k) => rToUpper(trimES(k))));
  // RIS mixes author and indexing keywords under KW: both DE and ID get them (as PubMed's MeSH).
  const keywords = kws.length === 0 ? null : kws.join(";");
  const C1 = lines(raw, "AD").length === 0 ? null : up(lines(raw, "AD").join(";"));
  const notes = lines(raw, "N1");
  const corr = notes.find((n) => n.startsWith("Correspondence Address:"));
  const RP = corr === undefined ? null : up(corr.replace(/^Correspondence Address:\s*/, ""));
  const refs = notes.find((n) => n.startsWith("References:"));
  const CR = refs !== undefined ? up(refs.replace(/^References:\s*/, ""))! : corpusHasCR ? "" : "none";
  const JI = up(first(raw, "J2", "JO", "JA"));
  const py = first(raw, "PY") ?? first(raw, "Y1");
  const year = py === null ? null : /\d{4}/.exec(py)?.[0] ?? null;
  const eid = /[?&]eid=([^&\s]+)/.exec(first(raw, "UR") ?? "")?.[1] ?? null;
  const UT = flavour === "scopus" ? up(eid) : flavour === "embase" ? up(first(raw, "U2")) : null;
  const ty = first(raw, "TY");
  const extra: Record<string, string> = {};
  for (const [tag, name] of [["AB", "AB"], ["N2", "AB"], ["LA", "LA"], ["VL", "VL"], ["IS", "IS"], ["SP", "BP"], ["EP", "EP"], ["SN", "SN"], ["PB", "PU"], ["UR", "URL"]] as const) {
    const v = first(raw, tag);
    if (v !== null && extra[name] === undefined) extra[name] = name === "URL" ? v : up(v)!;
  }
  if (ty !== null) extra.TY = ty;
  const ab = first(raw, "AB", "N2");
  if (ab !== null) extra.AB_raw = ab;
  const ti = first(raw, "TI", "T1");
  if (ti !== null) extra.TI_raw = ti;
  extra.KW_Merged = mergeKeywords(keywords, keywords);
  const dt = first(raw, "M3") ?? (ty === null ? null : (RIS_TYPES[ty] ?? ty));
  return {
    location: { ...raw.location },
    DB: DB_OF[flavour],
    UT,
    PY: rAsNumeric(year),
    TC: risTimesCited(notes) ?? 0,
    AU,
    TI: up(ti),
    SO: up(first(raw, "T2", "JF", "JO", "JA")),
    DT: up(dt),
    DE: keywords,
    ID: keywords,
    C1,
    RP,
    CR,
    DI: first(raw, "DO"),
    JI,
    J9: JI === null ? null : JI.replaceAll(".", ""),
    AU_CO: authorCountries(C1, RP, ";"),
    AU1_CO: correspondingAuthorCountry(C1, RP),
    extra,
    SR: "",
  };
}

/** RIS reference types -> the document types Scopus writes (used when there is no M3 line). */
const RIS_TYPES: Record<string, string> = {
  JOUR: "Article", CONF: "Conference Paper", CPAPER: "Conference Paper", BOOK: "Book", CHAP: "Book Chapter", EDBOOK: "Book",
};

export function normalizeWosRisRecord(raw: RawRecord): BibRecord {
  // WoS RIS carries no cited references: like a WoS export without CR, CR is "none".
  return normalizeWosRecord(wosRisToPlaintext(raw), { corpusHasCR: false });
}

/** True when some record carries Scopus's "References:" note. */
export function risCorpusHasCR(raws: readonly RawRecord[]): boolean {
  return raws.some((r) => (r.fields.get("N1") ?? []).some((n) => n.startsWith("References:")));
}


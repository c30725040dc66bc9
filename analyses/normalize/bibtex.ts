import type { BibRecord, SourceDb, SourceLocation } from "../model/record.ts";
import type { BibtexEntry } from "../import/bibtex.ts";
import { decodeLatex } from "../import/bibtex-latex.ts";
import { glueLines, R_SPACE_CLASS, rAsNumeric, rTrim, rTrimws, rToUpper, trimES } from "../util/r-semantics.ts";
import { cleanCitedReferences, mergeKeywords } from "./wos.ts";
import { authorCountries, correspondingAuthorCountry } from "./countries.ts";

/**
 * BibTeX entries -> BibRecords exactly as bibliometrix's bib2df + convert2df build its data frame
 * (spec §1.2, §1.3), for the three dialects convert2df knows: "isi" (WoS), "scopus" and "generic".
 *
 * bib2df works on lines, and its strings carry the marks of that: each physical line of a value is
 * one piece; the pieces of AU, DE, ID, C1 and CR are joined with ";" (so a keyword list wrapped over
 * two lines gains a separator at the wrap), the others with a space; every brace is dropped, and a
 * "}," inside a value is dropped whole (comma included). We rebuild those pieces from the raw value
 * lines. Where bib2df misreads the file itself (entries glued on one line, values without braces)
 * we read the file correctly instead; docs/parity.md lists those cases.
 */

export type BibtexDialect = "isi" | "scopus" | "generic";

/** "bibliometrix": bib2df's reading, bugs included (parity); "corrected": the values as BibTeX means them. */
export type BibtexMode = "bibliometrix" | "corrected";

/** BibTeX field name (lower case) -> bibliometrix tag, per dialect (bibliometrix's `bibtag` table). */
const COMMON: Record<string, string> = {
  author: "AU",
  title: "TI",
  journal: "SO",
  year: "PY",
  abstract: "AB",
  doi: "DI",
  volume: "VL",
  number: "PN",
  pages: "PP",
  publisher: "PU",
  issn: "SN",
  isbn: "BN",
  editor: "BE",
  booktitle: "BO",
};

const TAGS: Record<BibtexDialect, Record<string, string>> = {
  isi: {
    ...COMMON,
    keywords: "DE",
    "keywords-plus": "ID",
    affiliation: "C1",
    "cited-references": "CR",
    "times-cited": "TC",
    "unique-id": "UT",
    "journal-iso": "JI",
    "research-areas": "SC",
    "web-of-science-categories": "WC",
    type: "DT",
    address: "PA",
    "article-number": "AR",
    "author-email": "EM",
    "doc-delivery-number": "GA",
    language: "LA",
    "number-of-cited-references": "NR",
    "usage-count-(last-180-days)": "U1",
    "usage-count-last-180-days": "U1",
    "usage-count-since-2013": "U2",
    "funding-acknowledgement": "FU",
    "funding-text": "FX",
  },
  scopus: {
    ...COMMON,
    author_keywords: "DE",
    keywords: "ID",
    affiliations: "C1",
    affiliation: "C1",
    references: "CR",
    note: "TC",
    document_type: "DT",
    type: "DT",
    abbrev_source_title: "JI",
    correspondence_address1: "RP",
    source: "DB",
    address: "PA",
    art_number: "AR",
    language: "LA",
    funding_details: "FU",
    pubmed_id: "PM",
  },
  generic: {
    ...COMMON,
    keywords: "ID",
    note: "TC",
  },
};

/** Tags whose line pieces bib2df joins with ";" (all others: a space). */
const SEMICOLON_JOINED = new Set(["AU", "DE", "ID", "C1", "CR"]);
/** Corrected reading: how several fields landing in one tag are joined. */
const CLEAN_JOINERS: Record<string, string> = { AU: " and ", DE: "; ", ID: "; " };
/**
 * Tags whose lines are records of their own (one address, one cited reference per line): the
 * corrected reading keeps bib2df's line split for them, which is right there.
 */
const LINE_RECORD_TAGS = new Set(["C1", "CR"]);
/** Tags with a dedicated BibRecord property. */
const OWN_PROPERTIES = new Set(["UT", "PY", "TC", "AU", "TI", "SO", "DT", "DE", "ID", "C1", "RP", "CR", "DI", "JI", "J9", "DB"]);
/** Kept in their original case (everything else is upper-cased). */
const CASE_KEPT = new Set(["DI", "url"]);

const WHITE_RUNS = new RegExp(`[${R_SPACE_CLASS}]+`, "g");

/** The tag a field lands in: the dialect's tag, else the lower-cased field name (as bib2df names unmapped columns). */
export function bibtexTag(dialect: BibtexDialect, fieldName: string): string {
  const lower = fieldName.toLowerCase();
  // Scopus numbers its funding texts ("funding_text 1", "funding_text 2"); bib2df pastes them into FX.
  if (dialect !== "isi" && lower.startsWith("funding_text")) return "FX";
  return TAGS[dialect][lower] ?? lower;
}

const HAS_TAB_OR_BRACE = /[\t{}]/;

/** bib2df's brace removal: "}," goes whole (R's regex takes the longest alternative), then every brace. */
function stripBraces(s: string): string {
  return s.replace(/\},|[{}]/g, "");
}

/**
 * The pieces bib2df makes of one value: the first line as written, each further line as
 * " " + the line with white-space runs collapsed; lines of at most one character are dropped
 * (bib2df drops them from the file before anything else); TABs are deleted everywhere.
 */
function valuePieces(value: string): string[] {
  const lines = value.split("\n");
  const pieces: string[] = [];
  lines.forEach((raw, i) => {
    // Most lines have no TAB and no brace, and then every replacement below is a no-op.
    if (!HAS_TAB_OR_BRACE.test(raw)) {
      if (i === 0) pieces.push(raw);
      else if (raw.length > 1) pieces.push(trimES(` ${raw}`));
      return;
    }
    const escaped = raw.replaceAll("{[}", "[").replaceAll("{]}", "]");
    if (i === 0) {
      pieces.push(stripBraces(escaped.replaceAll("\t", "").replaceAll(" = {", "={")));
      return;
    }
    if (raw.length <= 1) return;
    pieces.push(stripBraces(trimES(` ${escaped.replaceAll("\t", "").replaceAll(" = {", "={")}`)));
  });
  return pieces;
}

/** One raw tag value of an entry, joined as bib2df joins it (before post-processing). */
function joinPieces(tag: string, pieces: string[]): string {
  if (!SEMICOLON_JOINED.has(tag)) return trimES(glueLines(pieces, " "));
  const joined = glueLines(pieces, ";");
  return tag === "AU" ? joined.replace(/ and;| and /g, ";") : joined;
}

/**
 * bib2df's author rule (spec §1.4): per ";"-name, surname = text before the first comma, initials =
 * the capitals A-Z (and ":") of the text after the last comma, or of the whole name when it has no
 * comma ("Dong SUI" -> "DONG SUI DSUI"). A document without author becomes "NA NA", as in R.
 */
export function bibtexAuthors(au: string | null): string {
  if (au === null) return "NA NA";
  const collapsed = au.replace(WHITE_RUNS, " ");
  const names = collapsed === "" ? [] : collapsed.split(";");
  if (names.length > 1 && names[names.length - 1] === "") names.pop();
  return names
    .map((l) => {
      const surname = rTrim(l.replace(/,.*/, ""));
      const initials = rTrim(l.replace(/.*,/, "")).replace(/[^:A-Z]/g, "");
      return `${surname} ${initials}`;
    })
    .join(";");
}

/**
 * The corrected author rule: names are separated by " and " only (BibTeX's separator; a comma inside
 * the given names no longer splits a person), "Surname, Given Names" -> "Surname" + the initial of
 * every given-name token, hyphenated parts included ("Jean-Philippe" -> "JP", as WoS plain text
 * writes it; "Shirley S." -> "SS"), nicknames in parentheses dropped. A name without comma ("[Anonymous]", a group) is kept whole.
 */
export function correctedBibtexAuthors(au: string | null): string | null {
  if (au === null || au.trim() === "") return null;
  return au
    .split(/\s+and\s+/)
    // A nickname in parentheses ("West, Howard (Jack)", "Liu (Lisa), Xi") is not in WoS's plain-text AU.
    .map((name) => name.replace(/\s*\([^()]*\)/g, "").trim())
    .filter((name) => name !== "")
    .map((name) => {
      const comma = name.indexOf(",");
      if (comma < 0) return name;
      // "Surname Jr, Given" or "Surname, Jr., Given": WoS plain text puts the suffix last ("FISTER I JR").
      const written = name.slice(0, comma).trim();
      const glued = /\s+(Jr|Sr|II|III|IV)\.?$/i.exec(written);
      const surname = glued ? written.slice(0, glued.index) : written;
      const last = name.lastIndexOf(",");
      const given = name.slice(last + 1);
      const suffix = glued ? glued[1]! : last > comma ? name.slice(comma + 1, last).replace(/[.\s]/g, "") : "";
      const initials = given
        .split(/[\s.\-‐]+/)
        .map((t) => /\p{L}/u.exec(t)?.[0] ?? "")
        .join("");
      return [surname, initials, suffix].filter((part) => part !== "").join(" ");
    })
    .join(";");
}

/** First run of digits as a number (bib2df's sub("\\D*(\\d+).*", "\\1", x)), else as.numeric of the text. */
function firstInteger(s: string | null): number | null {
  if (s === null) return null;
  const m = /\d+/.exec(s);
  return m ? Number(m[0]) : rAsNumeric(s);
}

export interface BibtexRawRecord {
  location: SourceLocation;
  /** Tag -> value joined as bib2df does, before post-processing. */
  tags: Map<string, string>;
  /** Tag -> value for the corrected reading: LaTeX decoded, white space (line wraps) collapsed; empty in bibliometrix's reading, which never reads it. */
  clean: Map<string, string>;
  /** The bib2df "tag strings" of the entry (field name + "={"), which decide the row order. */
  tagStrings: string[];
}

/** An entry's tags, several fields landing in one tag being joined like lines of one field. */
export function bibtexRawRecord(entry: BibtexEntry, file: string, dialect: BibtexDialect, mode: BibtexMode = "bibliometrix"): BibtexRawRecord {
  const pieces = new Map<string, string[]>();
  for (const f of entry.fields) {
    const tag = bibtexTag(dialect, f.name);
    const list = pieces.get(tag) ?? [];
    list.push(...valuePieces(f.value));
    pieces.set(tag, list);
  }
  const tags = new Map<string, string>();
  for (const [tag, p] of pieces) tags.set(tag, joinPieces(tag, p));
  const clean = new Map<string, string>();
  if (mode === "corrected") {
    for (const f of entry.fields) {
      const tag = bibtexTag(dialect, f.name);
      const v = decodeLatex(f.value);
      const before = clean.get(tag);
      clean.set(tag, before === undefined ? v : `${before}${CLEAN_JOINERS[tag] ?? " "}${v}`);
    }
  }
  // bib2df also takes any later line of a value that contains "={" (after " = {" -> "={") for a new
  // field, e.g. an abstract line "... alternatives A = {a1, a2}". We keep the value whole (that
  // split truncates it), but such a pseudo-field still takes part in the row order.
  const tagStrings: string[] = [];
  for (const f of entry.fields) {
    tagStrings.push(`${f.name}={`);
    const lines = f.value.split("\n");
    for (let i = 1; i < lines.length; i++) {
      // Without a "{" no "={" can appear.
      if (!lines[i]!.includes("{")) continue;
      const line = lines[i]!.replaceAll("\t", "").replaceAll(" = {", "={");
      const at = line.indexOf("={");
      if (lines[i]!.length > 1 && at >= 0) tagStrings.push(line.slice(0, at + 2));
    }
  }
  return { location: { file, line: entry.line }, tags, clean, tagStrings };
}

/**
 * bibliometrix's row order for BibTeX: bib2df reshapes (Paper, Tag) rows with arrange(Tag, Paper)
 * + pivot_wider, so a record comes at the first appearance of its smallest tag string in C order,
 * "Paper={" (every record has it) included. Scopus and generic names are lower case, so "Paper={"
 * wins and input order is kept; WoS names are capitalised, so records with an Abstract come first.
 */
export function bibtexRowOrder<T extends Pick<BibtexRawRecord, "tagStrings">>(raws: readonly T[]): T[] {
  const keyed = raws.map((r, i) => {
    let min = "Paper={";
    for (const t of r.tagStrings) if (t < min) min = t;
    return { r, i, min };
  });
  keyed.sort((a, b) => (a.min < b.min ? -1 : a.min > b.min ? 1 : a.i - b.i));
  return keyed.map((k) => k.r);
}

export interface BibtexCorpusColumns {
  /** Some record has the tag (bibliometrix: the data frame has that column). */
  has: (tag: string) => boolean;
}

export function bibtexColumns(raws: readonly BibtexRawRecord[]): BibtexCorpusColumns {
  const all = new Set<string>();
  for (const r of raws) for (const t of r.tags.keys()) all.add(t);
  return { has: (tag) => all.has(tag) };
}

function fixDoubleSemicolons(s: string | null): string | null {
  return s === null ? null : s.replaceAll(";;", ";");
}

/** bib2df's postprocessing and convert2df's common steps for one record. */
export function normalizeBibtexRecord(raw: BibtexRawRecord, dialect: BibtexDialect, columns: BibtexCorpusColumns, mode: BibtexMode = "bibliometrix"): BibRecord {
  const corrected = mode === "corrected";
  const get = (tag: string): string | null => (corrected && !LINE_RECORD_TAGS.has(tag) ? raw.clean.get(tag) : raw.tags.get(tag)) ?? null;
  const db: SourceDb = dialect === "isi" ? "ISI" : "SCOPUS";

  // Values after bib2df's own rewrites, still in original case.
  const values = new Map<string, string | null>();
  for (const tag of raw.tags.keys()) values.set(tag, get(tag));

  const auRaw = get("AU");
  if (auRaw !== null) values.set("AF", (corrected ? auRaw.split(/\s+and\s+/).join(";") : auRaw).replace(WHITE_RUNS, " ").replace(/[.,]/g, ""));
  const AUbib = !columns.has("AU") ? null : corrected ? correctedBibtexAuthors(auRaw) : bibtexAuthors(auRaw === null ? null : auRaw);

  let CRbib: string | null = null;
  const crRaw = get("CR");
  if (crRaw !== null) {
    const c = crRaw.replace(/\.;/g, ";");
    CRbib = c.slice(0, Math.max(0, c.length - 1));
  }
  const UTraw = get("UT");
  let RPraw = get("RP");
  if (!columns.has("RP") && columns.has("C1")) {
    const c1 = get("C1");
    RPraw = c1 === null || c1 === "" ? null : c1.split(".")[0]!;
  }
  const keywords = (tag: string): string | null => {
    const v = get(tag);
    if (v === null) return null;
    // bib2df also splits on commas and triple spaces; a keyword may contain a comma ("Ethics, Research").
    return corrected ? v.split(";").map((k) => k.trim()).filter((k) => k !== "").join("; ") : v.replace(/ {3}|,/g, ";");
  };
  const DEraw = keywords("DE");
  const IDraw = keywords("ID");
  let SOraw = get("SO");
  // bib2df fills SO from BO only when the data frame has both columns.
  if (SOraw === null && columns.has("SO") && columns.has("BO")) SOraw = get("BO");

  const upper = (v: string | null): string | null => fixDoubleSemicolons(v === null ? null : rToUpper(v));

  const extra: Record<string, string> = {};
  for (const [tag, v] of values) {
    if (OWN_PROPERTIES.has(tag) || v === null) continue;
    extra[tag] = fixDoubleSemicolons(CASE_KEPT.has(tag) ? v : rToUpper(v))!;
  }
  for (const [tag, v] of [["TI", get("TI")], ["AB", get("AB")], ["DE", DEraw]] as const) {
    if (v !== null) extra[`${tag}_raw`] = fixDoubleSemicolons(v)!;
  }

  // convert2df: every name trimmed with white space collapsed (’ is kept: only Cochrane/OpenAlex-API replace it).
  const AU =
    AUbib === null
      ? null
      : fixDoubleSemicolons(
          rToUpper(AUbib)
            .split(";")
            .map((name) => rTrimws(trimES(name)))
            .join(";"),
        );

  let CR: string;
  if (!columns.has("CR")) CR = "none";
  else if (CRbib === null) CR = "";
  // metaTagExtraction, which convert2df runs on every source to build SR, rewrites "DOI;" as "DOI ":
  // a reference ending in a bare "DOI" is glued to the next one.
  else CR = fixDoubleSemicolons(cleanCitedReferences(rToUpper(CRbib)))!.replaceAll("DOI;", "DOI ");

  const JI = upper(get("JI"));
  // Without a JI column bibliometrix abbreviates SO with its ISO-4 routine (spec §1.3): out of scope, J9/JI stay NA.
  const J9 = JI === null ? null : JI.replaceAll(".", "");
  const C1 = upper(get("C1"));
  const RP = upper(RPraw);
  const DE = upper(DEraw);
  const ID = upper(IDraw);
  extra.KW_Merged = mergeKeywords(DE, ID);
  const DIraw = get("DI");

  return {
    location: { ...raw.location },
    DB: db,
    UT: UTraw === null ? null : upper(UTraw.replaceAll(":", "")),
    PY: firstInteger(get("PY")),
    TC: firstInteger(get("TC")) ?? 0,
    AU,
    TI: upper(get("TI")),
    SO: upper(SOraw),
    DT: upper(get("DT")),
    DE,
    ID,
    C1,
    RP,
    CR,
    DI: fixDoubleSemicolons(DIraw),
    JI,
    J9,
    // WoS addresses end in "NAME.", Scopus's (and generic BibTeX, read as Scopus) in "NAME;" (spec §1.8.1).
    AU_CO: authorCountries(C1, RP, dialect === "isi" ? "." : ";"),
    AU1_CO: correspondingAuthorCountry(C1, RP),
    extra,
    SR: "",
  };
}

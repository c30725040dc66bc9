import type { BibRecord } from "./record.ts";

/**
 * Lean copies of a record's strings, so a corpus of a million records fits in memory. The strings a
 * normaliser produces are often slices or concatenations of its file's text: each keeps the whole
 * file alive, and when the file holds one character above U+00FF (a Chinese "通讯作者" in an RP
 * field is enough) V8 stores the file and everything cut from it two bytes per character. Here
 * the values of one record are copied into two flat strings (one-byte for the values whose
 * characters allow it, two-byte for the others) and cut back out of them; values that repeat across
 * documents (journals, publishers, categories, short codes and numbers) are shared. The values
 * themselves never change.
 */

/** Tags whose values repeat across documents: one string per distinct value. */
const REPEATED = new Set(["SO", "JI", "J9", "DT", "PT", "LA", "PU", "PI", "PA", "SC", "WC", "WE", "SE", "CL", "CY", "CT", "OA", "HO", "DA", "PD"]);
/** V8 copies strings this short instead of slicing them, so sharing them costs nothing extra. */
const SHORT = 12;
/** BibRecord properties that may hold text (CR always does; DB is a constant; SR is set by the corpus stage). */
const TEXT_PROPERTIES = ["UT", "AU", "TI", "SO", "DT", "DE", "ID", "C1", "RP", "DI", "JI", "J9", "AU_CO", "AU1_CO"] as const;
const ABOVE_LATIN1 = /[^\u0000-\u00ff]/;

/** One-byte copy of a string without characters above U+00FF, whatever V8's representation of it. */
function latin1Copy(s: string): string {
  return Buffer.from(s, "latin1").toString("latin1");
}

export class StringCompactor {
  /** Shared values, each a lean copy. */
  private readonly shared = new Map<string, string>();

  /**
   * Replaces `values[i]` by equal strings that keep nothing else alive; `share(i)` says whether the
   * value is one that repeats across documents.
   */
  compact(values: string[], share: (i: number) => boolean): void {
    const pending: number[] = [];
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      const known = v.length <= SHORT || share(i) ? this.shared.get(v) : undefined;
      if (known !== undefined) values[i] = known;
      else if (v !== "") pending.push(i);
    }
    if (pending.length === 0) return;
    // Which values need two bytes per character: usually none, or an RP with a Chinese address.
    const narrow: number[] = [];
    const wide: number[] = [];
    for (const i of pending) (ABOVE_LATIN1.test(values[i]!) ? wide : narrow).push(i);
    this.cut(values, narrow, latin1Copy(narrow.map((i) => values[i]!).join("")), share);
    if (wide.length > 0) {
      // Concatenation then slicing makes V8 flatten into a new string (a lone value would otherwise be returned as is).
      const pack = ` ${wide.map((i) => values[i]!).join("")}`;
      this.cut(values, wide, pack.slice(1), share);
    }
  }

  /** Cuts the values at `indices` (in order) back out of `pack`, their concatenation. */
  private cut(values: string[], indices: readonly number[], pack: string, share: (i: number) => boolean): void {
    let at = 0;
    for (const i of indices) {
      const v = pack.slice(at, at + values[i]!.length);
      at += v.length;
      values[i] = v;
      if (v.length <= SHORT || share(i)) this.shared.set(v, v);
    }
  }

  /** Every text value of a record, compacted in place; `extra` is rebuilt with fast properties (same keys, same order). */
  record(rec: BibRecord): void {
    const names: string[] = [];
    const values: string[] = [];
    for (const name of TEXT_PROPERTIES) {
      const v = rec[name];
      if (v !== null) {
        names.push(name);
        values.push(v);
      }
    }
    const own = names.length;
    values.push(rec.CR);
    names.push("CR");
    for (const tag in rec.extra) {
      names.push(tag);
      values.push(rec.extra[tag]!);
    }
    this.compact(values, (i) => REPEATED.has(names[i]!));
    for (let i = 0; i < own; i++) (rec as unknown as Record<string, string>)[names[i]!] = values[i]!;
    rec.CR = values[own]!;
    const extra = rec.extra;
    for (let i = own + 1; i < names.length; i++) extra[names[i]!] = values[i]!;
    // Keyed stores leave an object of ~70 properties in dictionary mode (~3 kB); a spread copy is fast (~0.6 kB).
    rec.extra = { ...extra };
  }
}

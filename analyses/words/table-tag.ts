import { frequencyTable, rStrsplit } from "../util/r-semantics.ts";

/**
 * bibliometrix's tableTag() item cleaning and counting (spec §3.1). Shared by the keyword tables,
 * Main Information's distinct counts and the network engine, so the cleaning lives in one place.
 */

/**
 * Items of a `;`-separated field as bibliometrix's tableTag counts them (spec §3.1, steps 3-5):
 * missing values give nothing, the literal "NA" is kept, each white-space run, "." and "," becomes
 * one space, the item is trimmed, empty items dropped; duplicates inside a document are kept.
 */
export function tableTagItems(values: Iterable<string | null>, sep = ";"): string[] {
  const items: string[] = [];
  for (const v of values) {
    if (v === null) continue;
    for (const piece of rStrsplit(v, sep)) {
      const item = cleanItem(piece);
      if (item !== "") items.push(item);
    }
  }
  return items;
}

/** R's [[:space:]] (R_SPACE_CLASS) by code unit. */
function isRSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return false;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x3000;
}

/**
 * rTrimws(piece.replace(TABLE_TAG_SEPARATORS, " ")) in one pass: a white-space run becomes one
 * space, each "." and "," one space, then spaces trimmed at both ends (no \t, \r or \n is left
 * to trim). Most items need no change but the trim, so they are sliced rather than rebuilt.
 */
function cleanItem(piece: string): string {
  const n = piece.length;
  let clean = true;
  for (let i = 0; i < n; i++) {
    const c = piece.charCodeAt(i);
    if (c === 0x2e || c === 0x2c || (isRSpace(c) && (c !== 0x20 || (i + 1 < n && isRSpace(piece.charCodeAt(i + 1)))))) {
      clean = false;
      break;
    }
  }
  let s = piece;
  if (!clean) {
    s = "";
    let from = 0;
    for (let i = 0; i < n; ) {
      const c = piece.charCodeAt(i);
      if (c === 0x2e || c === 0x2c) {
        s += `${piece.slice(from, i)} `;
        from = ++i;
      } else if (isRSpace(c)) {
        s += `${piece.slice(from, i)} `;
        while (i < n && isRSpace(piece.charCodeAt(i))) i++;
        from = i;
      } else i++;
    }
    s += piece.slice(from);
  }
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) === 0x20) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** tableTag(): frequency table of a field, count descending, ties in collation order. */
export function tableTag(values: Iterable<string | null>, sep = ";"): { item: string; n: number }[] {
  return frequencyTable(tableTagItems(values, sep));
}

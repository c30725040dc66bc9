import { rAsCharacter, rStrsplit, rTrim, rTrimLeading, trimES } from "../util/r-semantics.ts";

/**
 * SR, the short reference "FIRST AUTHOR, YEAR, SOURCE" that bibliometrix uses as the document key
 * (spec §1.5). It must be unique in a corpus, so repeated labels get "-a", then "-a-b", ... exactly
 * as bibliometrix's repeated duplicated() passes produce them.
 */

export interface ShortReferenceInput {
  AU: string | null;
  PY: number | null;
  J9: string | null;
  JI: string | null;
  SO: string | null;
}

/**
 * The un-suffixed label (SR_FULL). `hasJ9Column` is whether the corpus has a J9 column at all
 * (any record carries J9): bibliometrix then prefers J9 and falls back per record; without the
 * column it always uses JI (or SO) with dots turned into spaces.
 */
export function shortReferenceFull(rec: ShortReferenceInput, hasJ9Column: boolean): string {
  const authors = rec.AU === null ? null : rStrsplit(rec.AU, ";").map(rTrimLeading);
  const first = authors && authors.length > 0 ? authors[0]!.replaceAll(",", " ") : "NA";
  let source: string | null;
  if (hasJ9Column) {
    if (rec.J9 === null && rec.JI === null) source = rec.SO;
    else if (rec.J9 === null) source = rTrim(rec.JI!.replaceAll(".", " "));
    else source = rec.J9;
  } else {
    const ji = rec.JI ?? rec.SO;
    source = ji === null ? null : rTrim(ji.replaceAll(".", " "));
  }
  return trimES(`${first}, ${rAsCharacter(rec.PY)}, ${source ?? "NA"}`);
}

/** R's `letters[i]`, and NA past "z" (so a 27th copy really gets "-NA", as in R). */
function suffixLetter(pass: number): string {
  return pass <= 26 ? String.fromCharCode(96 + pass) : "NA";
}

/**
 * Make labels unique the bibliometrix way: in pass i, every label equal to an *earlier* label gets
 * "-<i-th letter>" appended; repeat until no duplicates remain. Three equal labels become
 * X, X-a, X-a-b; a new label may collide with an existing "X-a" and be suffixed again.
 *
 * Labels are handled as nodes of a suffix tree ("X-a-b" = node "X" + "a" + "b") so that each pass
 * compares small integers instead of ever longer strings, and only the groups that changed in the
 * previous pass are looked at again. Every string that occurs among the inputs is interned with its
 * suffix chain, so a generated label and an identical input label are the same node.
 */
export function uniqueShortReferences(labels: readonly string[]): string[] {
  const nodeOf = new Map<string, number>();
  const parent: number[] = [];
  const letter: string[] = [];
  const base: string[] = [];
  const children = new Map<string, number>();
  const newNode = (p: number, l: string, b: string): number => {
    parent.push(p);
    letter.push(l);
    base.push(b);
    return parent.length - 1;
  };
  const childOf = (p: number, l: string): number => {
    const key = `${p}\u0000${l}`;
    let id = children.get(key);
    if (id === undefined) {
      id = newNode(p, l, "");
      children.set(key, id);
    }
    return id;
  };
  const intern = (s: string): number => {
    const known = nodeOf.get(s);
    if (known !== undefined) return known;
    const m = /^([\s\S]*)-([a-z]|NA)$/.exec(s);
    const id = m ? childOf(intern(m[1]!), m[2]!) : newNode(-1, "", s);
    nodeOf.set(s, id);
    return id;
  };

  const cur = labels.map(intern);
  const byNode = new Map<number, number[]>();
  cur.forEach((v, i) => {
    const list = byNode.get(v);
    if (list) list.push(i);
    else byNode.set(v, [i]);
  });
  let dirty = [...byNode].filter(([, idx]) => idx.length > 1).map(([v]) => v);
  let pass = 0;
  while (dirty.length > 0) {
    pass++;
    const changes: [number, number][] = [];
    for (const v of dirty) {
      const idx = byNode.get(v)!;
      if (idx.length < 2) continue;
      idx.sort((a, b) => a - b);
      const next = childOf(v, suffixLetter(pass));
      for (let k = 1; k < idx.length; k++) changes.push([idx[k]!, next]);
      byNode.set(v, [idx[0]!]);
    }
    const touched = new Set<number>();
    for (const [i, nv] of changes) {
      cur[i] = nv;
      const list = byNode.get(nv);
      if (list) {
        list.push(i);
        touched.add(nv);
      } else byNode.set(nv, [i]);
    }
    dirty = [...touched];
  }

  const text: (string | undefined)[] = [];
  const toText = (id: number): string => {
    const known = text[id];
    if (known !== undefined) return known;
    const t = parent[id]! < 0 ? base[id]! : `${toText(parent[id]!)}-${letter[id]!}`;
    text[id] = t;
    return t;
  };
  return cur.map(toText);
}

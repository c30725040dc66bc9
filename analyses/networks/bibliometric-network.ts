import type { BibRecord } from "../model/record.ts";
import type { Thesaurus } from "../words/thesaurus.ts";
import { fieldValue } from "../words/field-values.ts";
import { rStrsplit, rTrimLeading, sortByCountThenCollation } from "../util/r-semantics.ts";
import { docItemMatrix, type DocItemMatrix } from "./doc-item-matrix.ts";
import { asSparseRows, crossprod, crossprodAB, transpose, type SymmetricMatrix } from "./count-matrix.ts";
import { citedReferenceKey, shortReferenceLabels } from "./cited-reference-key.ts";

/**
 * bibliometrix's biblioNetwork (spec §4.2, §9.9-9.12): co-occurrence, co-citation, collaboration and
 * coupling networks as crossproducts of document x item matrices. Counts only; normalisation,
 * clustering and layout are later stages.
 */

export type NetworkAnalysis = "co-occurrences" | "co-citation" | "collaboration" | "coupling";

/** Which field each (analysis, network) pair reads (spec §4.2 table). */
const FIELDS: Record<NetworkAnalysis, Record<string, string>> = {
  "co-occurrences": {
    keywords: "ID",
    author_keywords: "DE",
    all_keywords: "KW_Merged",
    titles: "TI_TM",
    abstracts: "AB_TM",
    authors: "AU",
    sources: "SO",
  },
  "co-citation": { references: "CR", authors: "CR_AU", sources: "CR_SO" },
  collaboration: { authors: "AU", universities: "AU_UN", countries: "AU_CO" },
  coupling: { references: "CR", documents: "CR", authors: "AU", sources: "SO", countries: "AU_CO" },
};

const KEYWORD_FIELDS = new Set(["ID", "DE", "KW_Merged", "TI_TM", "AB_TM"]);

export interface BiblioNetworkOptions {
  analysis: NetworkAnalysis;
  network: string;
  /** Top items by occurrences (co-occurrence, co-citation, collaboration); all when absent. */
  n?: number;
  /** Synonyms and removals, applied to keyword fields only (as bibliometrix). */
  thesaurus?: Thesaurus;
}

export interface BiblioNetwork {
  field: string;
  /** Item x item (or document x document for reference coupling) counts; diagonal = occurrences. */
  matrix: SymmetricMatrix;
}

export class FieldNotAvailableError extends Error {
  constructor(readonly field: string, what: string) {
    super(`${what}: field ${field} is not available for this corpus`);
    this.name = "FieldNotAvailableError";
  }
}

export function networkField(analysis: NetworkAnalysis, network: string): string {
  const field = FIELDS[analysis][network];
  if (!field) {
    throw new Error(`biblioNetwork: network "${network}" is not one of ${Object.keys(FIELDS[analysis]).join(", ")} for ${analysis}`);
  }
  return field;
}

function fieldValues(records: readonly BibRecord[], field: string, what: string): (string | null)[] {
  const values = records.map((r) => fieldValue(r, field));
  if (!values.some((v) => v !== null && v !== "" && v !== "none" && v !== "NA")) throw new FieldNotAvailableError(field, what);
  return values;
}

/** Document x reference matrix with §9.9 reference keys; columns labelled by short labels. */
function referenceMatrix(values: readonly (string | null)[], n?: number, short = false): DocItemMatrix {
  const perDoc = values.map((v) =>
    rStrsplit(v === null || v === "none" ? "" : v, ";")
      .map((p) => citedReferenceKey(rTrimLeading(p)))
      .filter((k) => k.trim() !== ""),
  );
  const counts = new Map<string, number>();
  for (const keys of perDoc) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let ranked = sortByCountThenCollation([...counts], ([, c]) => c, ([k]) => k);
  if (n !== undefined) ranked = ranked.slice(0, n);
  else if (short) ranked = ranked.filter(([, c]) => c > 1);
  const column = new Map(ranked.map(([k], i) => [k, i]));
  const rows = perDoc.map((keys) => {
    const cols = Int32Array.from([...new Set(keys.map((k) => column.get(k)).filter((c): c is number => c !== undefined))].sort((a, b) => a - b));
    return { cols, values: new Float64Array(cols.length).fill(1) };
  });
  return { items: shortReferenceLabels(ranked.map(([k]) => k)), occurrences: ranked.map(([, c]) => c), rows };
}

export function biblioNetwork(records: readonly BibRecord[], options: BiblioNetworkOptions): BiblioNetwork {
  const { analysis, network } = options;
  const field = networkField(analysis, network);
  const what = `${analysis} network of ${network}`;
  const values = fieldValues(records, field, what);
  const matrixOf = (vals: readonly (string | null)[], f: string, n = options.n, short = false): DocItemMatrix =>
    f === "CR"
      ? referenceMatrix(vals, n, short)
      : docItemMatrix(vals, { n, short, thesaurus: KEYWORD_FIELDS.has(f) ? options.thesaurus : undefined });

  if (analysis !== "coupling") {
    const W = matrixOf(values, field);
    return { field, matrix: crossprod(asSparseRows(W), W.items) };
  }
  // Coupling: documents share references (W W^T), or X units share them through their documents.
  const crValues = network === "references" || network === "documents" ? values : fieldValues(records, "CR", what);
  const WCR = matrixOf(crValues, "CR", undefined, true);
  if (network === "references" || network === "documents") {
    const docs = records.map((r) => r.SR);
    return { field, matrix: crossprod(transpose(asSparseRows(WCR)), docs) };
  }
  const WX = matrixOf(values, field, options.n);
  const M = crossprodAB(asSparseRows(WCR), asSparseRows(WX)); // refs x X
  return { field, matrix: crossprod(M, WX.items) };
}

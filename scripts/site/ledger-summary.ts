import type { CorpusLedger } from "../../analyses/corpus/build-corpus.ts";
import type { LedgerSummary } from "../pages/page-data.ts";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The ledger as the report's flow figure and tables show it. */
export function ledgerSummary(ledger: CorpusLedger): LedgerSummary {
  const filters = new Map<string, { count: number; examples: string[] }>();
  for (const entry of ledger.filtered) {
    const group = filters.get(entry.rule) ?? { count: 0, examples: [] };
    group.count++;
    if (group.examples.length < 3) group.examples.push(entry.detail);
    filters.set(entry.rule, group);
  }
  const filterRows = [...filters].map(([rule, g]) => ({
    rule,
    count: g.count,
    detail: `e.g. ${g.examples.join("; ")}`,
  }));
  const pairs = new Map<string, { file: string; ofFile: string; count: number }>();
  for (const d of ledger.duplicates) {
    const key = `${d.location.file}\u0000${d.keptAt.file}`;
    const group = pairs.get(key) ?? { file: d.location.file, ofFile: d.keptAt.file, count: 0 };
    group.count++;
    pairs.set(key, group);
  }
  return {
    read: ledger.read,
    rejected: ledger.rejected.length,
    duplicates: ledger.duplicates.length,
    filtered: ledger.filtered.length,
    analysed: ledger.kept,
    analysedWithoutYear: ledger.keptWithoutYear.length,
    files: ledger.files.map((f) => ({ file: f.file, format: f.format, records: f.recordsRead, rejected: f.rejected })),
    rejections: ledger.rejected.map((r) => ({ file: r.location.file, line: r.location.line, reason: r.reason })),
    filters: filterRows.sort((a, b) => byText(a.rule, b.rule)),
    duplicateGroups: [...pairs.values()].sort((a, b) => byText(a.file, b.file) || byText(a.ofFile, b.ofFile)),
    merges: ledger.merges.map((m) => ({
      kept: `${m.kept.location.file}:${m.kept.location.line} (${m.kept.format})`,
      merged: `${m.merged.location.file}:${m.merged.location.line} (${m.merged.format})`,
      key: m.similarity === undefined ? m.key : `${m.key} (${m.similarity})`,
      value: m.value,
      fields: m.fields.map((f) => (f.note ? `${f.field}: ${f.note}` : `${f.field} from ${f.from}`)).join("; "),
    })),
  };
}

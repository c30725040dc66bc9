import { z } from "zod";
import { analysesConfigSchema } from "../report/analysis-registry.ts";

/**
 * The front matter of a report's `report.mdx`: the corpus it declares and the analysis
 * parameters. Validated strictly: an unknown key is an error, not something we ignore,
 * because a misspelt parameter silently falling back to a default changes published numbers.
 */

const yearSchema = z.number().int().min(1500).max(2200);

const corpusSchema = z
  .object({
    /** Globs relative to the report folder, e.g. "exports/*.txt". */
    exports: z.array(z.string().min(1)).min(1),
    database: z.string().min(1),
    query: z.string().min(1),
    years: z
      .tuple([yearSchema, yearSchema])
      .refine(([from, to]) => from <= to, { message: "first year must not be after the last year" })
      .optional(),
    documentTypes: z.array(z.string().min(1)).min(1).optional(),
    /** How exports are read; `bibtex: corrected` fixes bib2df's author/keyword splitting (docs/parity.md). */
    import: z.object({ bibtex: z.enum(["bibliometrix", "corrected"]).optional() }).strict().optional(),
  })
  .strict();

/** An earlier edition of the report: the same analyses over its own years and exports (default: the report's). */
const editionSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "use letters, digits, \".\", \"_\" and \"-\" (it names a folder)"),
    title: z.string().min(1).optional(),
    years: z
      .tuple([yearSchema, yearSchema])
      .refine(([from, to]) => from <= to, { message: "first year must not be after the last year" })
      .optional(),
    exports: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

export const reportConfigSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().optional(),
    corpus: corpusSchema,
    /** "Now" for document age and citations per year; never the build clock. */
    referenceYear: yearSchema,
    /** Per analysis: its parameters (bibliometrix's defaults otherwise), or false to leave it out. */
    analyses: analysesConfigSchema.default({}),
    /** A VOSviewer thesaurus (label<TAB>replace by) inside the report folder; default thesaurus.tsv when present. */
    thesaurus: z.string().min(1).optional(),
    /** Earlier editions, oldest first; the report itself is the current edition. */
    editions: z
      .array(editionSchema)
      .refine((es) => new Set(es.map((e) => e.id)).size === es.length, { message: "edition ids must be unique" })
      .optional(),
  })
  .strict()
  .superRefine(checkYearRanges);

/**
 * Year parameters that each look fine alone but not together or not in order: a reference year
 * before the corpus's last year gives documents an age of zero or less (citations per year divide
 * by it); cut years and trend-topic spans must be plausible years, in increasing order.
 */
function checkYearRanges(c: { referenceYear: number; corpus: { years?: [number, number] | undefined }; analyses: Record<string, unknown> }, ctx: z.RefinementCtx): void {
  const plausible = (y: number): boolean => y >= 1500 && y <= 2200;
  if (c.corpus.years && c.referenceYear < c.corpus.years[1]) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["referenceYear"], message: `${c.referenceYear} is before the last year of corpus.years (${c.corpus.years[1]}); documents would have an age of zero or less` });
  }
  const evolution = c.analyses.thematicEvolution as { years?: number[] } | false | undefined;
  (evolution ? (evolution.years ?? []) : []).forEach((y, i, all) => {
    const path = ["analyses", "thematicEvolution", "years", i];
    if (!plausible(y)) ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: `${y} is not a year between 1500 and 2200` });
    else if (i > 0 && y <= all[i - 1]!) ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: `cut years must increase (${all[i - 1]} then ${y})` });
  });
  const trend = c.analyses.trendTopics as { timespan?: [number, number] | null } | false | undefined;
  const span = trend ? trend.timespan : null;
  if (span && (!plausible(span[0]) || !plausible(span[1]) || span[0] > span[1])) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["analyses", "trendTopics", "timespan"], message: `[${span.join(", ")}] is not a range of years between 1500 and 2200, first year first` });
  }
}

export type ReportConfig = z.infer<typeof reportConfigSchema>;

export class ReportConfigError extends Error {
  constructor(
    readonly reportFile: string,
    readonly key: string,
    detail: string,
  ) {
    super(`${reportFile}: front matter key "${key}": ${detail}`);
    this.name = "ReportConfigError";
  }
}

function keyPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === "number" ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    "",
  );
}

/** Validate parsed front matter; throws ReportConfigError naming the file and the first bad key. */
export function parseReportConfig(data: unknown, reportFile: string): ReportConfig {
  const result = reportConfigSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const parent = keyPath(issue.path);
    const key = parent ? `${parent}.${issue.keys[0]}` : issue.keys[0]!;
    throw new ReportConfigError(reportFile, key, `unknown key (allowed here: ${allowedKeys(issue.path).join(", ")})`);
  }
  throw new ReportConfigError(reportFile, keyPath(issue.path) || "(root)", issue.message);
}

function allowedKeys(path: (string | number)[]): string[] {
  let schema: z.ZodTypeAny = reportConfigSchema;
  for (const part of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject && typeof part === "string") schema = schema.shape[part];
    else if (schema instanceof z.ZodArray && typeof part === "number") schema = schema.element;
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap();
    else if (s instanceof z.ZodDefault) s = s._def.innerType;
    else if (s instanceof z.ZodEffects) s = s.innerType();
    else return s;
  }
}

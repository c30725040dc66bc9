import { z } from "zod";

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
  })
  .strict();

/** Analyses available so far; each takes its parameters as an object (none needed yet). */
const analysesSchema = z
  .object({
    mainInformation: z.object({}).strict().optional(),
    annualProduction: z.object({}).strict().optional(),
  })
  .strict();

export const reportConfigSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().optional(),
    corpus: corpusSchema,
    /** "Now" for document age and citations per year; never the build clock. */
    referenceYear: yearSchema,
    analyses: analysesSchema.default({}),
  })
  .strict();

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

import { readFile, realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import matter from "gray-matter";
import { glob } from "tinyglobby";
import { parseReportConfig, ReportConfigError, type ReportConfig } from "../../analyses/config/report-config.ts";
import { parseVosviewerThesaurus, type Thesaurus } from "../../analyses/words/thesaurus.ts";

export interface ExportFile {
  /** Path relative to the report folder, with forward slashes (stable across machines). */
  name: string;
  bytes: Uint8Array;
}

export interface LoadedReport {
  slug: string;
  dir: string;
  reportFile: string;
  config: ReportConfig;
  /** The author's own MDX prose (everything after the front matter). */
  body: string;
  /** The report's thesaurus (VOSviewer format), if it has one. */
  thesaurus: Thesaurus | null;
  exports: ExportFile[];
}

/**
 * Read a report folder: validate its front matter and collect its export files.
 * Every export must resolve inside the report folder (no `..`, no absolute path, no symlink out),
 * because a report is a self-contained, publishable unit.
 */
export async function loadReport(dir: string): Promise<LoadedReport> {
  const absDir = resolve(dir);
  const reportFile = resolve(absDir, "report.mdx");
  const shownFile = relative(process.cwd(), reportFile) || reportFile;
  let source: string;
  try {
    source = await readFile(reportFile, "utf8");
  } catch {
    throw new Error(`${shownFile}: cannot read the report file (a report folder holds report.mdx and exports/)`);
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (error) {
    throw new Error(`${shownFile}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  const config = parseReportConfig(parsed.data, shownFile);
  const exports = await resolveExports(absDir, config.corpus.exports, shownFile);
  const thesaurus = await loadThesaurus(absDir, config.thesaurus, shownFile);
  const slug = absDir.split(sep).at(-1)!;
  return { slug, dir: absDir, reportFile: shownFile, config, body: parsed.content, exports, thesaurus };
}

/** The thesaurus the front matter names, or thesaurus.tsv beside report.mdx when there is one. */
async function loadThesaurus(absDir: string, declared: string | undefined, shownFile: string): Promise<Thesaurus | null> {
  const name = declared ?? "thesaurus.tsv";
  if (isAbsolute(name) || name.split(/[\\/]/).includes("..")) {
    throw new ReportConfigError(shownFile, "thesaurus", `"${name}" must be a file inside the report folder`);
  }
  const path = resolve(absDir, name);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    if (declared) throw new ReportConfigError(shownFile, "thesaurus", `"${declared}" cannot be read`);
    return null;
  }
  const root = await realpath(absDir);
  const real = await realpath(path);
  if (!real.startsWith(root + sep)) throw new ReportConfigError(shownFile, "thesaurus", `"${name}" resolves outside the report folder`);
  return parseVosviewerThesaurus(text, relative(process.cwd(), path) || path);
}

/**
 * More export files than any database export session produces (WoS gives 1,000 records a file, so
 * 1,000 files is a million records): a glob matching more is almost surely a mistake such as "**".
 */
export const MAX_EXPORT_FILES = 1000;

export async function resolveExports(absDir: string, patterns: string[], shownFile: string): Promise<ExportFile[]> {
  const root = await realpath(absDir);
  const seen = new Set<string>();
  const files: ExportFile[] = [];
  for (const [index, pattern] of patterns.entries()) {
    const key = `corpus.exports[${index}]`;
    if (isAbsolute(pattern) || /^[A-Za-z]:/.test(pattern)) {
      throw new ReportConfigError(shownFile, key, `"${pattern}" is an absolute path; give a path inside the report folder`);
    }
    if (pattern.split(/[\\/]/).includes("..")) {
      throw new ReportConfigError(shownFile, key, `"${pattern}" leaves the report folder`);
    }
    const matches = (await glob(pattern, { cwd: absDir, onlyFiles: true, dot: false, expandDirectories: false })).sort();
    if (matches.length === 0) {
      throw new ReportConfigError(shownFile, key, `"${pattern}" matches no file in ${relative(process.cwd(), absDir) || "."}`);
    }
    if (seen.size + matches.length > MAX_EXPORT_FILES) {
      throw new ReportConfigError(
        shownFile,
        key,
        `"${pattern}" brings the report to ${seen.size + matches.length} export files, more than the ${MAX_EXPORT_FILES} allowed; narrow the pattern`,
      );
    }
    for (const match of matches) {
      const real = await realpath(resolve(absDir, match));
      if (real !== root && !real.startsWith(root + sep)) {
        throw new ReportConfigError(shownFile, key, `"${match}" resolves outside the report folder (symbolic link?)`);
      }
      const name = match.split(sep).join("/");
      if (seen.has(name)) continue;
      seen.add(name);
      files.push({ name, bytes: new Uint8Array(await readFile(real)) });
    }
  }
  return files;
}

/** The report folders under `content/reports/`, sorted by slug. */
export async function findReports(contentDir: string): Promise<string[]> {
  const reports = await glob("reports/*/report.mdx", { cwd: contentDir, onlyFiles: true });
  return reports
    .map((file) => resolve(contentDir, file, ".."))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `npx bibliosite` works from a clone without a compile step.
import { tsImport } from "tsx/esm/api";

const { runCli, UsageError } = await tsImport("../scripts/cli/main.ts", import.meta.url);
try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bibliosite: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}

import { defineConfig } from "vitest/config";

/**
 * Two projects: fast tests (unit, parity, ...) and the browser tests, which build a site,
 * serve it and drive Chromium, so they get long timeouts.
 * `npm test` runs both; `npx vitest run --project unit` runs the fast ones only.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "**/node_modules/**"],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Each e2e file builds its site in its own folder (test-artifacts/...) or in the repo, and
          // serves it on its own port, so e2e files may run side by side.
          pool: "forks",
        },
      },
    ],
  },
});

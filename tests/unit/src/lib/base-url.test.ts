import { afterEach, describe, expect, it, vi } from "vitest";
import { joinBase, reportHref, siteBase, withBase } from "../../../../src/lib/base-url.ts";

describe("joinBase", () => {
  it("site at the root", () => {
    expect(joinBase("/", "")).toBe("/");
    expect(joinBase("/", "reports/x/")).toBe("/reports/x/");
    expect(joinBase("/", "/reports/x/a.svg")).toBe("/reports/x/a.svg");
  });

  it("project site under /repo, with or without the trailing slash Astro may add", () => {
    for (const base of ["/repo", "/repo/", "repo", "/repo//"]) {
      expect(joinBase(base, "")).toBe("/repo/");
      expect(joinBase(base, "reports/x/")).toBe("/repo/reports/x/");
      expect(joinBase(base, "/reports/x/annual-production.vg.json")).toBe("/repo/reports/x/annual-production.vg.json");
    }
  });

  it("never produces a double slash", () => {
    expect(joinBase("/repo//", "reports/")).toBe("/repo/reports/");
    expect(joinBase("/repo/", "/a")).toBe("/repo/a");
  });

  it("refuses absolute URLs (they must not be rebased)", () => {
    expect(() => joinBase("/", "https://example.org/x")).toThrow();
    expect(() => joinBase("/", "//example.org/x")).toThrow();
    expect(() => joinBase("/", "javascript:alert(1)")).toThrow();
  });
});

describe("withBase (import.meta.env.BASE_URL)", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("uses the configured base", () => {
    vi.stubEnv("BASE_URL", "/bibliosite/");
    expect(withBase("reports/x/")).toBe("/bibliosite/reports/x/");
    expect(siteBase()).toBe("/bibliosite/");
    expect(reportHref("bci-eeg")).toBe("/bibliosite/reports/bci-eeg/");
  });

  it("works for the root base", () => {
    vi.stubEnv("BASE_URL", "/");
    expect(withBase("")).toBe("/");
    expect(reportHref("a b")).toBe("/reports/a%20b/");
  });
});

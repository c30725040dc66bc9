import { describe, expect, it } from "vitest";
import { buildDrilldown, doiUrl } from "../../../../scripts/pages/drilldown.ts";

describe("doiUrl", () => {
  it("links only DOIs, only to https://doi.org/", () => {
    expect(doiUrl("10.1016/j.media.2015.06.012")).toBe("https://doi.org/10.1016/j.media.2015.06.012");
    expect(doiUrl("https://doi.org/10.1002/ana.24341")).toBe("https://doi.org/10.1002/ana.24341");
    expect(doiUrl("10.1000/a b")).toBeNull();
    expect(doiUrl("javascript:alert(1)")).toBeNull();
    expect(doiUrl("10.1000/x\"><script>")).toBe("https://doi.org/10.1000/x%22%3E%3Cscript%3E");
    expect(doiUrl(null)).toBeNull();
  });
});

describe("buildDrilldown", () => {
  it("indexes themes by the words of their cluster, case-insensitively", () => {
    const dd = buildDrilldown(
      [
        { TI: "a", AU: [], PY: 2001, SO: "S", DI: null, keywords: ["TEMPORAL-LOBE EPILEPSY"], country: "USA" },
        { TI: "b", AU: [], PY: 2002, SO: "S", DI: null, keywords: ["MRI", "SURGERY"], country: "USA" },
      ],
      [{ label: "mri", words: ["mri", "temporal-lobe epilepsy"] }, { label: "surgery", words: ["surgery"] }],
    );
    expect(dd.facets.theme).toEqual({ mri: [0, 1], surgery: [1] });
    expect(dd.facets.country).toEqual({ USA: [0, 1] });
  });
});

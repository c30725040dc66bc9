import { describe, expect, it } from "vitest";
import { diffEditions, type EditionSnapshot } from "../../../analyses/report/edition-diff.ts";

const before: EditionSnapshot = {
  id: "2024",
  title: "Edition 2024",
  annualProduction: [
    { year: 2022, articles: 10 },
    { year: 2023, articles: 12 },
    { year: 2024, articles: 5 },
  ],
  themes: [
    { label: "eeg", words: ["eeg", "classification", "signal"], quadrant: "Motor themes" },
    { label: "p300", words: ["p300", "speller"], quadrant: "Niche themes" },
    { label: "ssvep", words: ["ssvep", "frequency"], quadrant: "Niche themes" },
    { label: "stroke", words: ["stroke", "rehabilitation"], quadrant: "Basic themes" },
    { label: "fmri", words: ["fmri", "bold"], quadrant: "Emerging or declining themes" },
  ],
  trendTopics: ["eeg", "p300"],
  sources: ["J NEURAL ENG", "IEEE T NEUR SYS REH", "FRONT NEUROSCI", "SENSORS"],
  authors: ["WANG Y", "LI X", "ZHANG Y"],
};

const after: EditionSnapshot = {
  id: "current",
  title: "Current edition",
  annualProduction: [
    { year: 2022, articles: 10 },
    { year: 2023, articles: 12 },
    { year: 2024, articles: 9 },
    { year: 2025, articles: 7 },
  ],
  themes: [
    // eeg stays; p300 and ssvep now lie in one theme "visual evoked potentials".
    { label: "eeg", words: ["eeg", "classification", "signal", "deep learning"], quadrant: "Basic themes" },
    { label: "visual evoked potentials", words: ["p300", "speller", "ssvep", "frequency", "visual evoked potentials"], quadrant: "Motor themes" },
    { label: "stroke", words: ["stroke", "rehabilitation"], quadrant: "Basic themes" },
    { label: "transformer", words: ["transformer", "attention"], quadrant: "Emerging or declining themes" },
  ],
  trendTopics: ["eeg", "transformer", "deep learning", "p300"],
  sources: ["IEEE T NEUR SYS REH", "J NEURAL ENG", "SENSORS", "BRAIN SCI"],
  authors: ["LI X", "WANG Y", "CHEN Z"],
};

describe("diffEditions", () => {
  const changes = diffEditions(before, after, 3);

  it("counts documents added per publication year, only years that changed", () => {
    expect(changes.documentsAdded).toEqual([
      { year: 2024, before: 5, after: 9, added: 4 },
      { year: 2025, before: 0, after: 7, added: 7 },
    ]);
    expect(changes.totalAdded).toBe(11);
    expect(changes.from).toEqual({ id: "2024", title: "Edition 2024" });
  });

  it("tells appeared, disappeared, merged and moved themes apart", () => {
    expect(changes.themes).toEqual({
      appeared: [{ label: "transformer", quadrant: "Emerging or declining themes" }],
      disappeared: [{ label: "fmri", quadrant: "Emerging or declining themes" }],
      merged: [{ into: "visual evoked potentials", from: ["p300", "ssvep"] }],
      movedQuadrant: [{ label: "eeg", from: "Motor themes", to: "Basic themes" }],
    });
  });

  it("keeps a theme whose label is still on the map out of merges, even when its words moved", () => {
    const moved: EditionSnapshot = {
      ...after,
      themes: [
        { label: "eeg", words: ["eeg", "classification", "signal", "speller"], quadrant: "Motor themes" },
        { label: "p300", words: ["p300"], quadrant: "Niche themes" },
      ],
    };
    const c = diffEditions({ ...before, themes: before.themes!.slice(0, 2) }, moved);
    expect(c.themes!.merged).toEqual([]);
    expect(c.themes!.movedQuadrant).toEqual([]);
  });

  it("lists trend topics new in the current edition in collation order", () => {
    expect(changes.newTrendTopics).toEqual(["deep learning", "transformer"]);
  });

  it("ranks the current top n against the earlier ranks, then the ones that left the top n", () => {
    expect(changes.sourceRanks).toEqual([
      { name: "IEEE T NEUR SYS REH", before: 2, after: 1, change: 1 },
      { name: "J NEURAL ENG", before: 1, after: 2, change: -1 },
      { name: "SENSORS", before: 4, after: 3, change: 1 },
      { name: "FRONT NEUROSCI", before: 3, after: null, change: null },
    ]);
    expect(changes.authorRanks).toEqual([
      { name: "LI X", before: 2, after: 1, change: 1 },
      { name: "WANG Y", before: 1, after: 2, change: -1 },
      { name: "CHEN Z", before: null, after: 3, change: null },
      { name: "ZHANG Y", before: 3, after: null, change: null },
    ]);
  });

  it("does not compare an analysis missing from either edition", () => {
    const c = diffEditions({ ...before, themes: null, trendTopics: null }, { ...after, sources: null });
    expect(c.themes).toBeNull();
    expect(c.newTrendTopics).toBeNull();
    expect(c.sourceRanks).toBeNull();
    expect(c.authorRanks).not.toBeNull();
  });

  it("is empty between an edition and itself", () => {
    const c = diffEditions(after, after);
    expect(c.documentsAdded).toEqual([]);
    expect(c.themes).toEqual({ appeared: [], disappeared: [], merged: [], movedQuadrant: [] });
    expect(c.newTrendTopics).toEqual([]);
    expect(c.sourceRanks!.every((r) => r.change === 0)).toBe(true);
  });
});

import type { BibRecord } from "../../../analyses/model/record.ts";

/** The toy collection of spec Appendix A.1 (DE and PY are what the network tests need). */
const TOY: [string, number, string][] = [
  ["DOC01", 2015, "SOLAR ENERGY;WIND POWER;RENEWABLE ENERGY"],
  ["DOC02", 2016, "SOLAR ENERGY;RENEWABLE ENERGY;PHOTOVOLTAICS"],
  ["DOC03", 2016, "WIND POWER;RENEWABLE ENERGY"],
  ["DOC04", 2017, "PHOTOVOLTAICS;SOLAR ENERGY"],
  ["DOC05", 2018, "RENEWABLE ENERGY;WIND POWER;PHOTOVOLTAICS"],
  ["DOC06", 2017, "DEEP LEARNING;NEURAL NETWORKS;MACHINE LEARNING"],
  ["DOC07", 2018, "MACHINE LEARNING;NEURAL NETWORKS"],
  ["DOC08", 2019, "DEEP LEARNING;MACHINE LEARNING;COMPUTER VISION"],
  ["DOC09", 2020, "COMPUTER VISION;DEEP LEARNING"],
  ["DOC10", 2020, "NEURAL NETWORKS;DEEP LEARNING;MACHINE LEARNING"],
  ["DOC11", 2021, "MACHINE LEARNING;RENEWABLE ENERGY;SOLAR ENERGY"],
  ["DOC12", 2019, "BIBLIOMETRICS;SCIENCE MAPPING;CITATION ANALYSIS"],
  ["DOC13", 2020, "BIBLIOMETRICS;CITATION ANALYSIS"],
  ["DOC14", 2021, "SCIENCE MAPPING;BIBLIOMETRICS;MACHINE LEARNING"],
  ["DOC15", 2022, "CITATION ANALYSIS;SCIENCE MAPPING"],
  ["DOC16", 2022, "BIBLIOMETRICS;SCIENCE MAPPING;DEEP LEARNING"],
];

export function toyRecords(): BibRecord[] {
  return TOY.map(([SR, PY, DE], i) => ({
    location: { file: "toy", line: i + 1 },
    DB: "ISI",
    UT: SR,
    PY,
    TC: 0,
    AU: null,
    TI: null,
    SO: null,
    DT: "ARTICLE",
    DE,
    ID: null,
    C1: null,
    RP: null,
    CR: "none",
    DI: null,
    JI: null,
    J9: null,
    AU_CO: null,
    AU1_CO: null,
    extra: {},
    SR,
  }));
}

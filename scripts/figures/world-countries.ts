/**
 * Matching bibliometrix's upper-case country names (its `countries` table, after its renames:
 * USA, UNITED KINGDOM, ...) to the country shapes of world-atlas (Natural Earth 1:110m, names
 * like "United States of America"). Most names match once upper-cased; the aliases below cover
 * the rest. Countries too small for 1:110m (Singapore, Hong Kong, Malta, Bahrain, ...) have no
 * shape: the map draws them as a dot at bibliometrix's own coordinates instead.
 */
import { createRequire } from "node:module";
import { COUNTRIES_BIBLIOMETRIX } from "../../analyses/data/countries-bibliometrix.ts";

const require = createRequire(import.meta.url);

export interface WorldTopology {
  type: "Topology";
  objects: { countries: { type: string; geometries: { id?: string; properties: { name: string } }[] } };
  arcs: unknown[];
  transform?: unknown;
}

let topology: WorldTopology | undefined;
/** world-atlas countries-110m.json (TopoJSON, ~105 kB), loaded once. */
export function worldTopology(): WorldTopology {
  topology ??= require("world-atlas/countries-110m.json") as WorldTopology;
  return topology;
}

/** bibliometrix name -> world-atlas name, where upper-casing the atlas name is not enough. */
export const ATLAS_ALIASES: Readonly<Record<string, string>> = {
  USA: "United States of America",
  "UNITED STATES": "United States of America",
  KOREA: "South Korea",
  "CZECH REPUBLIC": "Czechia",
  SWAZILAND: "eSwatini",
  ESWATINI: "eSwatini",
  BOSNIA: "Bosnia and Herz.",
  "CENTRAL AFRICAN REPUBLIC": "Central African Rep.",
  "COTE D'IVOIRE": "Côte d'Ivoire",
  "DOMINICAN REPUBLIC": "Dominican Rep.",
  "EQUATORIAL GUINEA": "Eq. Guinea",
  "SOUTH SUDAN": "S. Sudan",
  "SOLOMON ISLANDS": "Solomon Is.",
  "NORTH MACEDONIA": "Macedonia",
  "U ARAB EMIRATES": "United Arab Emirates",
  TURKIYE: "Turkey",
  ENGLAND: "United Kingdom",
  SCOTLAND: "United Kingdom",
  WALES: "United Kingdom",
};

export type CountryMatch =
  | { kind: "shape"; atlasName: string }
  | { kind: "point"; longitude: number; latitude: number }
  | { kind: "unknown" };

/** Where a bibliometrix country name goes on the map. */
export function matchCountry(name: string): CountryMatch {
  const key = name.trim().toUpperCase();
  const atlasNames = new Map(worldTopology().objects.countries.geometries.map((g) => [g.properties.name.toUpperCase(), g.properties.name]));
  const alias = ATLAS_ALIASES[key];
  if (alias) return { kind: "shape", atlasName: alias };
  const direct = atlasNames.get(key);
  if (direct) return { kind: "shape", atlasName: direct };
  const row = COUNTRIES_BIBLIOMETRIX.find((c) => c.name === key);
  if (row) return { kind: "point", longitude: row.longitude, latitude: row.latitude };
  return { kind: "unknown" };
}

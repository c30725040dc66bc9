/**
 * The typed "this analysis cannot run on this corpus" result (DESIGN: say "not available" on the
 * page instead of failing or showing zeros).
 */
export interface NotAvailable {
  status: "not-available";
  /** The fields no record of the corpus has. */
  missing: string[];
  /** "not available: CR missing" — ready to show. */
  reason: string;
}

export function notAvailable(...missing: string[]): NotAvailable {
  return { status: "not-available", missing, reason: `not available: ${missing.join(", ")} missing` };
}

export function isNotAvailable(x: unknown): x is NotAvailable {
  return typeof x === "object" && x !== null && (x as { status?: unknown }).status === "not-available";
}

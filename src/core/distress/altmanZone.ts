import { atLeast, below } from "../_lib/compare";
import { creditError, type CreditError } from "../errors";
import { altmanCoefficients } from "./_lib/altmanModels";
import type { AltmanModel, AltmanZone } from "./types";

/**
 * Altman zone of a score. `public`: above 2.99 SAFE, 1.81–2.99 GREY, below 1.81 DISTRESS; `private` 2.90 / 1.23;
 * `nonmfg` 2.60 / 1.10; `em` 5.85 / 4.35. A score exactly on a cut-off is GREY.
 *
 * @example
 * altmanZone(1.458641, "public"); // "DISTRESS"
 * altmanZone(2.99, "public"); // "GREY"
 */
export function altmanZone(z: number, model: AltmanModel): AltmanZone | CreditError {
  const c = altmanCoefficients(model);
  if (!c) return creditError("#VALUE!", "altmanModelUnknown", { model: String(model) });
  if (!Number.isFinite(z)) return creditError("#VALUE!", "numberNotFinite", { arg: "z" });
  if (below(z, c.distressBelow)) return "DISTRESS";
  // Strictly above the safe cut-off: not "at least" it, since a score exactly on it is GREY.
  if (!atLeast(c.safeAbove, z)) return "SAFE";
  return "GREY";
}

import { creditError, type CreditError } from "../errors";
import { altmanCoefficients } from "./_lib/altmanModels";
import type { AltmanInputs, AltmanModel } from "./types";

const FIELDS = [
  "workingCapital",
  "retainedEarnings",
  "ebit",
  "equityValue",
  "totalAssets",
  "totalLiabilities",
] as const;

/**
 * Altman Z-score of a firm. `public` Z = 1.2·WC/TA + 1.4·RE/TA + 3.3·EBIT/TA + 0.6·MVE/TL + 1.0·Sales/TA;
 * `private` Z′ = 0.717, 0.847, 3.107, 0.420 (book equity/TL), 0.998; `nonmfg` Z″ = 6.56, 3.26, 6.72, 1.05 and
 * no sales term; `em` = Z″ + 3.25.
 *
 * @example
 * altmanZ({ workingCapital: 90_000, retainedEarnings: 30_000, ebit: 55_000, equityValue: 100_000,
 *   sales: 440_000, totalAssets: 620_000, totalLiabilities: 280_000 }, "public"); // 1.458641…
 */
export function altmanZ(inputs: AltmanInputs, model: AltmanModel): number | CreditError {
  const c = altmanCoefficients(model);
  if (!c) return creditError("#VALUE!", "altmanModelUnknown", { model: String(model) });
  for (const field of FIELDS) {
    if (!Number.isFinite(inputs[field])) return creditError("#VALUE!", "numberNotFinite", { arg: field });
  }
  const { totalAssets, totalLiabilities } = inputs;
  if (totalAssets <= 0) return creditError("#VALUE!", "numberNotPositive", { arg: "totalAssets" });
  if (totalLiabilities <= 0) return creditError("#VALUE!", "numberNotPositive", { arg: "totalLiabilities" });
  let salesTerm = 0;
  if (c.sales !== 0) {
    const sales = inputs.sales;
    if (sales === null || sales === undefined) {
      return creditError("#VALUE!", "altmanSalesRequired", { model });
    }
    if (!Number.isFinite(sales)) return creditError("#VALUE!", "numberNotFinite", { arg: "sales" });
    salesTerm = (c.sales * sales) / totalAssets;
  }
  const z =
    c.constant +
    (c.workingCapital * inputs.workingCapital) / totalAssets +
    (c.retainedEarnings * inputs.retainedEarnings) / totalAssets +
    (c.ebit * inputs.ebit) / totalAssets +
    (c.equity * inputs.equityValue) / totalLiabilities +
    salesTerm;
  return Number.isFinite(z) ? z : creditError("#NUM!", "numberTooLarge");
}

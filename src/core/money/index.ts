/** Money exact to the minor unit: integer sums, display rounding, ISO 4217 minor units. */
export { MAX_DECIMALS } from "./_lib/decimals";
export { DEFAULT_MINOR_UNIT_DECIMALS, minorUnitDecimals, normaliseCurrency } from "./currencies";
export { fromMinorUnits, toMinorUnits } from "./minorUnits";
export { MoneyAccumulator } from "./moneyAccumulator";
export { roundHalfAwayFromZero } from "./roundHalfAwayFromZero";
export { sumMoney } from "./sumMoney";

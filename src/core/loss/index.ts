export { expectedCreditLoss } from "./expectedCreditLoss";
export { rollRateLossRates, type RollRateResult } from "./rollRateLossRates";

/** Grade-based credit limits, utilisation and available credit (DESIGN §3.4). */
export { availableCredit } from "./availableCredit";
export {
  type CreditLimitBreakdown,
  creditLimitBreakdown,
  type CreditLimitInput,
} from "./creditLimitBreakdown";
export { DEFAULT_LIMIT_POLICY, type LimitPolicy } from "./limitPolicy";
export { limitPolicyFromPairs } from "./limitPolicyFromPairs";
export { utilisation } from "./utilisation";

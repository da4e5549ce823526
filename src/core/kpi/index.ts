export { averageDaysDelinquent } from "./averageDaysDelinquent";
export { bestPossibleDso } from "./bestPossibleDso";
export { collectionEffectivenessIndex } from "./collectionEffectivenessIndex";
export { countbackDso } from "./countbackDso";
export { daysBeyondTerms } from "./daysBeyondTerms";
export { receivablesTurnover } from "./receivablesTurnover";
export { simpleDso } from "./simpleDso";

/** Three-indicator customer rating (DESIGN §3.1): net collection, days late, loyalty, one-vote veto. */
export { collectionGrade } from "./collectionGrade";
export { combineGrades } from "./combineGrades";
export { latenessGrade } from "./latenessGrade";
export { loyaltyGrade } from "./loyaltyGrade";
export { DEFAULT_LOYALTY_THRESHOLDS, type LoyaltyThresholds } from "./loyaltyThresholds";
export { netCollectionRate } from "./netCollectionRate";
export type { RatingGrade } from "./ratingGrade";
export { threeIndicatorRating, type ThreeIndicatorRating } from "./threeIndicatorRating";

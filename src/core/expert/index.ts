/** Expert panel (Delphi) consensus, spread and the blended model/expert assessment (DESIGN §3.3). */
export { blendedScore } from "./blendedScore";
export { type ConsensusMethod, expertConsensus } from "./expertConsensus";
export { expertScores } from "./expertScores";
export { expertSpread } from "./expertSpread";
export { needsAnotherRound } from "./needsAnotherRound";
export type { RatingMatrix } from "./ratingMatrix";

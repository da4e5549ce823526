export { oddsToScore } from "./oddsToScore";
export { scoreScaleParameters, type ScoreScaleParameters } from "./scoreScaleParameters";
export { scoreToOdds } from "./scoreToOdds";
export { scoreToPd } from "./scoreToPd";
export { DEFAULT_SCORE_SCALE, type ScoreScale, type ScoreScaleInput } from "./types";

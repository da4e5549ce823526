/**
 * Argument coercion for the CREDIT functions: one rule for every function (README "Arguments").
 * Numbers as they are; numbers stored as text read as numbers; other text and TRUE/FALSE refused
 * with #VALUE! naming the argument and position; blanks are "no value" (skipped in lists, kept as
 * missing where positions matter); a required blank is #N/A.
 */
export { isBlank, unwrapSingle } from "./blank";
export { describeValue, maybeNumber, optionalNumber, readNumber, requiredNumber } from "./numberArg";
export { choiceArg, requiredText } from "./textArg";
export { readDate, requiredDate } from "./dateArg";
export {
  type CellPlace,
  datesKeepingBlanks,
  locatedNumbers,
  locatedPairs,
  locatedTexts,
  locateError,
  placesOf,
  numberMatrix,
  numbersKeepingBlanks,
  numbersSkippingBlanks,
  pairsArg,
  textsSkippingBlanks,
  toRows,
} from "./rangeArg";

/**
 * How a candidate characteristic reads in the list: its strength as a coloured badge and, when it is not
 * proposed, why — in the words the Model report uses (the `fit` namespace and the `errors` messages).
 */
import { type i18n as I18n } from "i18next";
import { fitNote } from "../../../../app/scorecard/fitLabels";
import { type CandidateCharacteristic } from "../../../../app/scorecard/runFit";
import { type IvStrength } from "../../../../core/scorecard";
import { type SupportedLanguage } from "../../../../i18n";
import { errorText } from "../../aging/_lib/messageText";

/** Fluent badge colours. */
export type BadgeColor = "informative" | "warning" | "brand" | "success" | "danger";

/**
 * The badge colour of an IV strength: grey for useless, up to green for strong; red for suspicious,
 * because an IV above 0.5 usually means the column leaks the outcome.
 *
 * @example
 * strengthColor("suspicious"); // "danger"
 */
export function strengthColor(strength: IvStrength): BadgeColor {
  const colors: Record<IvStrength, BadgeColor> = {
    useless: "informative",
    weak: "warning",
    medium: "brand",
    strong: "success",
    suspicious: "danger",
  };
  return colors[strength];
}

/**
 * Why a candidate is not proposed, or `null` when it is.
 *
 * @example
 * candidateReason(i18n, "en", constant); // "one bin only"
 */
export function candidateReason(
  i18n: I18n,
  language: SupportedLanguage,
  candidate: CandidateCharacteristic,
): string | null {
  if (candidate.proposed) return null;
  if (candidate.error) return errorText(i18n, candidate.error.id, candidate.error.params);
  if (candidate.reason === "tooManyLevels") {
    return fitNote(language, "tooManyLevels", { levels: candidate.levels });
  }
  return fitNote(language, candidate.reason ?? "notChosen");
}

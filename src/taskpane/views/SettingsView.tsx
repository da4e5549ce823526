/** The settings view: interface language override and the About line. */
import {
  Body1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { languageNames, type SupportedLanguage, supportedLanguages } from "../../i18n/language";
import type { LanguageChoice, PreferenceStatus } from "../languagePreference";

/** What Settings shows and the one action it can take. */
export interface SettingsViewProps {
  choice: LanguageChoice;
  /** The language "Follow Office" currently means, shown beside that option. */
  officeLanguage: SupportedLanguage;
  /** `"unavailable"` warns that the choice will not survive closing the pane. */
  preferenceStatus: PreferenceStatus;
  version: string;
  onChoiceChange: (choice: LanguageChoice) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  about: {
    color: tokens.colorNeutralForeground2,
  },
});

const choices: readonly LanguageChoice[] = ["office", ...supportedLanguages];

/**
 * The Settings view.
 *
 * @example
 * <SettingsView choice="office" officeLanguage="en" preferenceStatus="ok" version="0.1.0" onChoiceChange={save} />
 */
export function SettingsView({
  choice,
  officeLanguage,
  preferenceStatus,
  version,
  onChoiceChange,
}: SettingsViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const label = (option: LanguageChoice) =>
    option === "office"
      ? t("settings.followOffice", { language: languageNames[officeLanguage] })
      : languageNames[option];

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{t("settings.title")}</Subtitle2>
      <Field label={t("settings.language")}>
        <RadioGroup value={choice} onChange={(_event, data) => onChoiceChange(toChoice(data.value))}>
          {choices.map((option) => (
            // lang lets a screen reader pronounce each endonym in its own language.
            <Radio key={option} value={option} label={<span lang={langOf(option)}>{label(option)}</span>} />
          ))}
        </RadioGroup>
      </Field>
      {preferenceStatus === "unavailable" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("settings.storageUnavailable")}</MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section}>
        <Subtitle2 as="h3">{t("settings.aboutTitle")}</Subtitle2>
        <Body1 as="p" className={styles.about}>
          {t("settings.about", { version })}
        </Body1>
      </section>
    </div>
  );
}

function toChoice(value: string): LanguageChoice {
  return choices.find((option) => option === value) ?? "office";
}

function langOf(option: LanguageChoice): string | undefined {
  return option === "office" ? undefined : option;
}

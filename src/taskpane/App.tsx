/**
 * The task pane: header, view navigation and the selected view. Everything from the host (Office's
 * language, storage) arrives as props, so the same component runs in Excel, the playground and tests.
 */
import { Caption1, makeStyles, Subtitle1, tokens, useId } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { type WorkbookHost } from "../host";
import { createI18n, type SupportedLanguage } from "../i18n";
import {
  effectiveLanguage,
  type LanguageChoice,
  type LanguageStorage,
  loadLanguageChoice,
  type PreferenceStatus,
  saveLanguageChoice,
} from "./languagePreference";
import { Navigation, type ViewId } from "./Navigation";
import { AgingView, ScorecardsView, SettingsView, WarningsView } from "./views";

/** What the host hands the task pane. */
export interface AppProps {
  /** The add-in's version, shown under About. */
  version: string;
  /** Office's display language (`Office.context.displayLanguage`), e.g. `"zh-TW"`. */
  officeLanguage?: string;
  /** Where the language override is remembered; without it the choice lasts until the pane closes. */
  storage?: LanguageStorage;
  /** The workbook the views work on; without it they show what they will do once one is connected. */
  host?: WorkbookHost;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
  },
  tagline: {
    color: tokens.colorNeutralForeground3,
  },
  panel: {
    flexGrow: 1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * The task pane root.
 *
 * @example
 * <FluentProvider theme={webLightTheme}>
 *   <App version="0.1.0" officeLanguage={Office.context.displayLanguage} storage={browserLanguageStorage} />
 * </FluentProvider>
 */
export function App({ version, officeLanguage, storage, host }: AppProps) {
  const [initial] = useState(() =>
    storage === undefined
      ? { choice: "office" as const, status: "ok" as const }
      : loadLanguageChoice(storage),
  );
  const [choice, setChoice] = useState<LanguageChoice>(initial.choice);
  const [preferenceStatus, setPreferenceStatus] = useState<PreferenceStatus>(initial.status);
  const language = effectiveLanguage(choice, officeLanguage);
  const [i18n] = useState(() => createI18n(language));

  useEffect(() => {
    // Resources are bundled, so the switch completes synchronously and useTranslation re-renders.
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);

  const chooseLanguage = (next: LanguageChoice) => {
    setChoice(next);
    if (storage !== undefined) setPreferenceStatus(saveLanguageChoice(storage, next));
  };

  return (
    <I18nextProvider i18n={i18n}>
      <Shell
        host={host}
        language={language}
        version={version}
        choice={choice}
        officeLanguage={effectiveLanguage("office", officeLanguage)}
        preferenceStatus={preferenceStatus}
        onChoiceChange={chooseLanguage}
      />
    </I18nextProvider>
  );
}

interface ShellProps {
  host: WorkbookHost | undefined;
  language: SupportedLanguage;
  version: string;
  choice: LanguageChoice;
  officeLanguage: SupportedLanguage;
  preferenceStatus: PreferenceStatus;
  onChoiceChange: (choice: LanguageChoice) => void;
}

// Split from App because useTranslation needs the provider App renders.
function Shell({
  host,
  language,
  version,
  choice,
  officeLanguage,
  preferenceStatus,
  onChoiceChange,
}: ShellProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [view, setView] = useState<ViewId>("aging");
  const [warningsVisited, setWarningsVisited] = useState(false);
  if (view === "warnings" && !warningsVisited) setWarningsVisited(true);
  const [scorecardsVisited, setScorecardsVisited] = useState(false);
  if (view === "scorecards" && !scorecardsVisited) setScorecardsVisited(true);
  const idPrefix = useId("creditkit");
  const tabId = (id: ViewId) => `${idPrefix}-tab-${id}`;
  // One panel whose content follows the selected tab, so every tab controls the same element.
  const panelId = `${idPrefix}-panel`;

  return (
    // lang on the root makes screen readers switch voice with the interface language.
    <div className={styles.root} lang={language}>
      <header className={styles.header}>
        <Subtitle1 as="h1">CreditKit</Subtitle1>
        <Caption1 className={styles.tagline}>{t("app.tagline")}</Caption1>
      </header>
      <Navigation selected={view} onSelect={setView} tabId={tabId} panelId={panelId} />
      <div className={styles.panel} role="tabpanel" id={panelId} aria-labelledby={tabId(view)}>
        {host === undefined ? (
          view === "aging" && <AgingView language={language} />
        ) : (
          // Kept mounted while another view shows, so a run goes on and its result is still there on return.
          <div hidden={view !== "aging"}>
            <AgingView host={host} language={language} />
          </div>
        )}
        {host === undefined
          ? view === "warnings" && <WarningsView language={language} />
          : // Mounted on first visit (it reads the workbook), then kept like Aging so a run goes on.
            (view === "warnings" || warningsVisited) && (
              <div hidden={view !== "warnings"}>
                <WarningsView host={host} language={language} />
              </div>
            )}
        {host === undefined
          ? view === "scorecards" && <ScorecardsView language={language} />
          : // Like Warnings: leaving the tab must not cancel an Apply or a fit that is running.
            (view === "scorecards" || scorecardsVisited) && (
              <div hidden={view !== "scorecards"}>
                <ScorecardsView host={host} language={language} />
              </div>
            )}
        {view === "settings" && (
          <SettingsView
            choice={choice}
            officeLanguage={officeLanguage}
            preferenceStatus={preferenceStatus}
            version={version}
            onChoiceChange={onChoiceChange}
          />
        )}
      </div>
    </div>
  );
}

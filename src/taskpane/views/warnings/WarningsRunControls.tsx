/**
 * The Run button, or while a run goes on, its progress ("N of M rows") and a Cancel button.
 */
import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type SupportedLanguage } from "../../../i18n";
import { formatCount } from "../aging/_lib/formatNumbers";
import { type WarningsRunState } from "./_lib/useWarningsRun";

/** The run's state and the two actions. */
export interface WarningsRunControlsProps {
  readonly state: WarningsRunState;
  /** False while the ledger or a valid as-of date is missing. */
  readonly canRun: boolean;
  readonly language: SupportedLanguage;
  readonly onRun: () => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  button: { width: "100%" },
});

/**
 * Run, progress and cancel.
 *
 * @example
 * <WarningsRunControls state={state} canRun language="en" onRun={run} onCancel={cancel} />
 */
export function WarningsRunControls({ state, canRun, language, onRun, onCancel }: WarningsRunControlsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (state.status !== "running") {
    return (
      <Button appearance="primary" className={styles.button} disabled={!canRun} onClick={onRun}>
        {t("warningsView.run.start")}
      </Button>
    );
  }
  const reading = state.phase === "read";
  return (
    <div className={styles.root}>
      <Field
        label={reading ? t("warningsView.run.reading") : t("warningsView.run.writing")}
        hint={
          reading && state.total > 0
            ? t("warningsView.run.progress", {
                done: formatCount(state.done, language),
                total: formatCount(state.total, language),
              })
            : undefined
        }
      >
        {/* Without a total the bar is indeterminate rather than stuck at 0. */}
        <ProgressBar value={state.total > 0 ? state.done / state.total : undefined} />
      </Field>
      <Button className={styles.button} onClick={onCancel}>
        {t("warningsView.run.cancel")}
      </Button>
    </div>
  );
}

/**
 * Step 4: the Run button, or while a run goes on, its progress ("N of M rows") and a Cancel button.
 */
import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type SupportedLanguage } from "../../../i18n";
import { formatCount } from "./_lib/formatNumbers";
import { type AgingRunState } from "./_lib/useAgingRun";

/** The run's state and the two actions. */
export interface RunControlsProps {
  readonly state: AgingRunState;
  /** False while a source, its columns or a valid option is missing. */
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
 * <RunControls state={state} canRun language="en" onRun={run} onCancel={cancel} />
 */
export function RunControls({ state, canRun, language, onRun, onCancel }: RunControlsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (state.status !== "running") {
    return (
      <Button appearance="primary" className={styles.button} disabled={!canRun} onClick={onRun}>
        {t("agingView.run.start")}
      </Button>
    );
  }
  const reading = state.phase === "read";
  const counted = reading && state.total > 0;
  return (
    <div className={styles.root}>
      <Field
        label={reading ? t("agingView.run.reading") : t("agingView.run.writing")}
        hint={
          counted
            ? t("agingView.run.progress", {
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
        {t("agingView.run.cancel")}
      </Button>
    </div>
  );
}

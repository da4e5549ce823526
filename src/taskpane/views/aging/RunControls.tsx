/**
 * The Run button, or while a run goes on, its progress ("N of M rows") and a Cancel button. Step 4 of
 * the Aging view; the Warnings view uses it too, with its own labels.
 */
import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type SupportedLanguage } from "../../../i18n";
import { formatCount } from "./_lib/formatNumbers";

/** What the controls need of a run's state: running or not, and how far it got. */
export type RunProgressState =
  | { readonly status: "running"; readonly phase: string; readonly done: number; readonly total: number }
  | { readonly status: Exclude<string, "running"> };

/** The `ui` keys of a view's run texts: start, reading, writing, progress, cancel. */
export type RunLabelKeys = "agingView.run" | "warningsView.run" | "scorecardsView.run";

/** The run's state and the two actions. */
export interface RunControlsProps {
  readonly state: RunProgressState;
  /** Where the view's run texts are; the Aging view's by default. */
  readonly labels?: RunLabelKeys;
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
export function RunControls({
  state,
  canRun,
  language,
  onRun,
  onCancel,
  labels = "agingView.run",
}: RunControlsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!("phase" in state)) {
    return (
      <Button appearance="primary" className={styles.button} disabled={!canRun} onClick={onRun}>
        {t(`${labels}.start`)}
      </Button>
    );
  }
  const reading = state.phase === "read";
  const counted = reading && state.total > 0;
  return (
    <div className={styles.root}>
      <Field
        label={reading ? t(`${labels}.reading`) : t(`${labels}.writing`)}
        hint={
          counted
            ? t(`${labels}.progress`, {
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
        {t(`${labels}.cancel`)}
      </Button>
    </div>
  );
}

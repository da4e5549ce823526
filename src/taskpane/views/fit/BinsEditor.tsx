/**
 * The edit field of a characteristic's bins: its cut points or its groups of levels as text, "Apply" to
 * bin it again that way and "Proposed bins" to go back. A text the parser refuses, or bins the engine
 * refuses (an empty bin), show their message under the field and change nothing.
 */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type CreditError } from "../../../core/errors";
import { type BinningSpec } from "../../../core/scorecard";
import { errorText } from "../aging/_lib/messageText";
import { type BinningTextProblem, binningText, parseCuts, parseGroups } from "./_lib/binningText";

/** The bins being edited and how to apply a change (`null`: back to the proposed bins). */
export interface BinsEditorProps {
  readonly binning: BinningSpec;
  /** Bins again; returns the engine's refusal, if it refused. */
  readonly onRebin: (binning: BinningSpec | null) => CreditError | null;
  readonly disabled: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

/**
 * The bins' edit field. Mount it with `key={binningText(binning)}` so the text follows the bins applied.
 *
 * @example
 * <BinsEditor key={binningText(binning)} binning={binning} onRebin={(b) => flow.rebin(3, b)}
 *   disabled={false} />
 */
export function BinsEditor({ binning, onRebin, disabled }: BinsEditorProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => binningText(binning));
  const [message, setMessage] = useState<string | null>(null);
  const numeric = binning.kind === "numeric";

  const problemText = (problem: BinningTextProblem): string => {
    if (problem.id === "empty") return t(`fitView.bins.problems.${numeric ? "emptyCuts" : "emptyGroups"}`);
    return t(`fitView.bins.problems.${problem.id}`, { ...problem });
  };
  const rebin = (next: BinningSpec | null) => {
    const refusal = onRebin(next);
    setMessage(refusal === null ? null : errorText(i18n, refusal.id, refusal.params));
  };
  const apply = () => {
    // The levels the data has are those the current groups hold: the engine put every one in a group.
    const parsed = numeric ? parseCuts(text) : parseGroups(text, binning.groups.flat());
    if (parsed.ok) rebin(parsed.binning);
    else setMessage(problemText(parsed.problem));
  };

  return (
    <div className={styles.root}>
      <Field
        label={t(numeric ? "fitView.bins.cuts" : "fitView.bins.groups")}
        hint={t(numeric ? "fitView.bins.cutsHint" : "fitView.bins.groupsHint")}
        validationMessage={message ?? undefined}
        validationState={message === null ? "none" : "error"}
      >
        <Input
          className={styles.input}
          value={text}
          disabled={disabled}
          onChange={(_event, data) => setText(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") apply();
          }}
        />
      </Field>
      <div className={styles.buttons}>
        <Button size="small" appearance="primary" disabled={disabled} onClick={apply}>
          {t("fitView.bins.apply")}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => rebin(null)}>
          {t("fitView.bins.reset")}
        </Button>
      </div>
    </div>
  );
}

/**
 * Step 1 of the scorecards view: choose a template (weighted card, three-indicator rating, expert panel)
 * and its form, and insert it as a new sheet, which is then shown. Says which sheet it wrote — "Scorecard
 * (2)" when the workbook already has a Scorecard — or why it could not.
 */
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { OutcomeBar } from "../_lib/OutcomeBar";
import { type TemplateKind } from "../../../app/templates/templateSheets";
import { type TemplateForm } from "../../../core/templates";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { failureText } from "../aging/_lib/messageText";
import { insertTemplate } from "./_lib/insertTemplate";
import { FormChoice } from "./FormChoice";

/** The workbook, the language the sheet is written in, and what to do once a sheet is in. */
export interface TemplateInserterProps {
  readonly host: WorkbookHost;
  readonly language: SupportedLanguage;
  /** Called with the kind and the new sheet's name once it is written. */
  readonly onInserted: (kind: TemplateKind, sheet: string) => void;
}

const KINDS: readonly TemplateKind[] = ["weighted", "rating", "expert"];

type InsertState =
  | { readonly status: "idle" }
  | { readonly status: "inserting" }
  | {
      readonly status: "done";
      readonly sheet: string;
      readonly showFailure: { readonly error: unknown } | null;
    }
  | { readonly status: "failed"; readonly error: unknown };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  kind: { display: "flex", flexDirection: "column", minWidth: 0 },
  // Under the radio's label, lined up with it (the indicator and its margin are 32 px wide).
  kindHint: {
    color: tokens.colorNeutralForeground3,
    paddingLeft: "32px",
    marginTop: `calc(-1 * ${tokens.spacingVerticalXS})`,
    overflowWrap: "anywhere",
  },
  button: { width: "100%" },
});

/**
 * The insert-a-template section.
 *
 * @example
 * <TemplateInserter host={host} language="en" onInserted={(kind, sheet) => refresh()} />
 */
export function TemplateInserter({ host, language, onInserted }: TemplateInserterProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const headingId = useId("insert");
  const hintId = useId("kind");
  const [kind, setKind] = useState<TemplateKind>("weighted");
  const [form, setForm] = useState<TemplateForm>("addin");
  const [state, setState] = useState<InsertState>({ status: "idle" });
  const inserting = state.status === "inserting";

  const insert = () => {
    setState({ status: "inserting" });
    insertTemplate(host, { kind, form, language }).then(
      (inserted) => {
        setState({ status: "done", ...inserted });
        onInserted(kind, inserted.sheet);
      },
      (error: unknown) => setState({ status: "failed", error }),
    );
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t("scorecardsView.insert.heading")}
      </Subtitle2>
      <Caption1 className={styles.intro}>{t("scorecardsView.insert.intro")}</Caption1>
      <Field label={t("scorecardsView.insert.kind")}>
        <RadioGroup
          value={kind}
          disabled={inserting}
          onChange={(_event, data) => setKind(KINDS.find((k) => k === data.value) ?? "weighted")}
        >
          {KINDS.map((k) => (
            <div key={k} className={styles.kind}>
              <Radio value={k} label={t(`scorecardsView.insert.${k}`)} aria-describedby={`${hintId}-${k}`} />
              <Caption1 id={`${hintId}-${k}`} className={styles.kindHint}>
                {t(`scorecardsView.insert.${k}Hint`)}
              </Caption1>
            </div>
          ))}
        </RadioGroup>
      </Field>
      <FormChoice form={form} onChange={setForm} disabled={inserting} />
      <Button
        appearance="primary"
        className={styles.button}
        disabled={inserting}
        icon={inserting ? <Spinner size="tiny" /> : undefined}
        onClick={insert}
      >
        {inserting ? t("scorecardsView.insert.inserting") : t("scorecardsView.insert.start")}
      </Button>
      {state.status === "done" && (
        <OutcomeBar intent="success">
          {t("scorecardsView.insert.inserted", { sheet: state.sheet })}
          {state.showFailure !== null &&
            ` ${t("scorecardsView.insert.notShown", { reason: failureText(i18n, state.showFailure.error, state.sheet) })}`}
        </OutcomeBar>
      )}
      {state.status === "failed" && (
        <OutcomeBar intent="error" title={t("scorecardsView.insert.failedTitle")}>
          {failureText(i18n, state.error)}
        </OutcomeBar>
      )}
    </section>
  );
}

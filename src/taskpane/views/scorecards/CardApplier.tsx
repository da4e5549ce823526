/**
 * Step 2 of the scorecards view: apply a weighted card to a table of customers. Choose the card's sheet and
 * the customer table, check the columns CreditKit proposes for the card's items, choose the form, apply —
 * with progress and Cancel — and read the summary of the Scores sheet written.
 */
import {
  Body1,
  Caption1,
  Field,
  makeStyles,
  Spinner,
  Subtitle2,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { OutcomeBar } from "../_lib/OutcomeBar";
import { type CustomerTableMapping } from "../../../core/scores";
import { type TemplateForm } from "../../../core/templates";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { failureText } from "../aging/_lib/messageText";
import { type RunLabelKeys, RunControls } from "../aging/RunControls";
import { looseT } from "../warnings/_lib/looseT";
import { SourceDropdown } from "../aging/SourceDropdown";
import { type MappingItem, withColumn } from "./_lib/mappingItems";
import { useApplyRun } from "./_lib/useApplyRun";
import { useCustomerTable } from "./_lib/useCustomerTable";
import { type ScorecardsSetup } from "./_lib/useScorecardsSetup";
import { ApplyOutcome } from "./ApplyOutcome";
import { CardDropdown } from "./CardDropdown";
import { CustomerMapping } from "./CustomerMapping";
import { FormChoice } from "./FormChoice";

/** The workbook, what is in it, the chosen card (held by the workspace, which an insert changes) and the language. */
export interface CardApplierProps {
  readonly host: WorkbookHost;
  readonly setup: Extract<ScorecardsSetup, { status: "ready" }>;
  readonly card: string;
  readonly onCardChange: (sheet: string) => void;
  readonly language: SupportedLanguage;
}

const RUN_LABELS: RunLabelKeys = "scorecardsView.run";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
});

/**
 * The apply-a-card section.
 *
 * @example
 * <CardApplier host={host} setup={setup} card={card} onCardChange={setCard} language="en" />
 */
export function CardApplier({ host, setup, card, onCardChange, language }: CardApplierProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const headingId = useId("apply");
  const { sources, cards } = setup;
  const [tableId, setTableId] = useState(setup.initialTable);
  const [form, setForm] = useState<TemplateForm>("addin");
  // The user's corrections, for the table they were made on; another table starts from its own proposal.
  const [edited, setEdited] = useState<{ tableId: string; mapping: CustomerTableMapping } | null>(null);
  const source = sources.find((option) => option.id === tableId);
  const read = useCustomerTable(host, source?.ref ?? null);
  const { state, start, cancel } = useApplyRun(host);
  const running = state.status === "running";
  const ready = read.status === "ready" ? read : null;
  const mapping =
    ready === null
      ? null
      : edited !== null && edited.tableId === tableId
        ? edited.mapping
        : ready.proposal.mapping;

  const change = (item: MappingItem, column: number | null) => {
    if (ready === null || mapping === null) return;
    const rows = ready.table.rows.map((row) => row.cells);
    setEdited({ tableId, mapping: withColumn(mapping, item, column, ready.proposal.mapping, rows) });
  };
  const apply = () => {
    if (source === undefined || mapping === null || card === "") return;
    void start({ card, table: source.ref, mapping, form, language });
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t("scorecardsView.apply.heading")}
      </Subtitle2>
      <Caption1 className={styles.intro}>{t("scorecardsView.apply.intro")}</Caption1>
      <Field
        label={t("scorecardsView.apply.card")}
        hint={cards.some((option) => option.weighted === true) ? undefined : t("scorecardsView.apply.noCard")}
      >
        <CardDropdown cards={cards} selected={card} disabled={running} onSelect={onCardChange} />
      </Field>
      {sources.length === 0 ? (
        <Body1 as="p">{t("scorecardsView.apply.noTables")}</Body1>
      ) : (
        <Field label={t("scorecardsView.apply.table")}>
          <SourceDropdown
            sources={sources}
            selected={tableId}
            placeholder={t("scorecardsView.apply.tablePlaceholder")}
            disabled={running}
            onSelect={setTableId}
          />
        </Field>
      )}
      {read.status === "reading" && <Spinner size="tiny" label={t("scorecardsView.apply.reading")} />}
      {read.status === "blocked" && (
        <OutcomeBar intent="warning">
          {looseT(i18n)(`scores:problems.${read.problem.id}`, read.problem.params)}
        </OutcomeBar>
      )}
      {read.status === "failed" && (
        <OutcomeBar intent="error" title={t("scorecardsView.apply.readFailed")}>
          {failureText(i18n, read.error, source?.name ?? "")}
        </OutcomeBar>
      )}
      {ready !== null && mapping !== null && (
        <CustomerMapping
          key={tableId}
          table={ready.table}
          mapping={mapping}
          disabled={running}
          onChange={change}
        />
      )}
      <FormChoice form={form} onChange={setForm} disabled={running} />
      <RunControls
        labels={RUN_LABELS}
        state={state}
        canRun={card !== "" && mapping !== null && !running}
        language={language}
        onRun={apply}
        onCancel={cancel}
      />
      <ApplyOutcome state={state} host={host} language={language} />
    </section>
  );
}

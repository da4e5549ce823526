/**
 * Step 3: the options of the run. The everyday ones (as-of date, basis, buckets) are always shown; the
 * rest sit in a "More options" accordion so the form fits a 320 px pane.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isCreditError } from "../../../core/errors";
import { type AgingFormValues, type CheckedAgingForm } from "./_lib/agingForm";
import { errorText } from "./_lib/messageText";
import { type SourceOption } from "./_lib/sourceOptions";
import { MoreOptions } from "./MoreOptions";

/** The form's values, their reading, the sources a master can come from, and how to change a value. */
export interface AgingOptionsFormProps {
  readonly values: AgingFormValues;
  readonly checked: CheckedAgingForm;
  readonly sources: readonly SourceOption[];
  readonly onChange: (change: Partial<AgingFormValues>) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  wide: { minWidth: 0, width: "100%" },
});

/**
 * The options form.
 *
 * @example
 * <AgingOptionsForm values={form} checked={checkAgingForm(form)} sources={sources} onChange={update} />
 */
export function AgingOptionsForm({ values, checked, sources, onChange }: AgingOptionsFormProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  // Options remembered from the last run open the accordion, so nothing that applies is hidden.
  const [open] = useState(() =>
    values.groupBy !== "customer" || values.dayOrder !== "auto" || values.master !== "" || values.sales !== ""
      ? ["more"]
      : [],
  );
  const bucketsError = isCreditError(checked.edges)
    ? errorText(i18n, checked.edges.id, checked.edges.params)
    : undefined;

  return (
    <div className={styles.root}>
      <Field
        label={t("agingView.options.asOf")}
        validationMessage={checked.asOf === null ? t("agingView.options.asOfInvalid") : undefined}
      >
        <Input
          type="date"
          className={styles.wide}
          value={values.asOf}
          onChange={(_event, data) => onChange({ asOf: data.value })}
        />
      </Field>
      <Field label={t("agingView.options.basis")}>
        <RadioGroup
          value={values.basis}
          onChange={(_event, data) => onChange({ basis: data.value === "invoice" ? "invoice" : "due" })}
        >
          <Radio value="due" label={t("agingView.options.basisDue")} />
          <Radio value="invoice" label={t("agingView.options.basisInvoice")} />
        </RadioGroup>
      </Field>
      <Field
        label={t("agingView.options.buckets")}
        hint={t("agingView.options.bucketsHint")}
        validationMessage={bucketsError}
      >
        <Input
          className={styles.wide}
          value={values.buckets}
          onChange={(_event, data) => onChange({ buckets: data.value })}
        />
      </Field>
      <Accordion collapsible defaultOpenItems={open}>
        <AccordionItem value="more">
          <AccordionHeader>{t("agingView.options.more")}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <MoreOptions values={values} checked={checked} sources={sources} onChange={onChange} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}

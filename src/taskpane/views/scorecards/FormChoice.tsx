/**
 * The choice between the two forms of a scorecard sheet: with CreditKit's functions, or portable (built-in
 * Excel functions only), with the one line that says why portable exists.
 */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type TemplateForm } from "../../../core/templates";

/** The chosen form and how to choose. */
export interface FormChoiceProps {
  readonly form: TemplateForm;
  readonly onChange: (form: TemplateForm) => void;
  readonly disabled?: boolean;
}

/**
 * The form radios, labelled and explained.
 *
 * @example
 * <FormChoice form={form} onChange={setForm} />
 */
export function FormChoice({ form, onChange, disabled }: FormChoiceProps) {
  const { t } = useTranslation();
  return (
    <Field label={t("scorecardsView.form.label")} hint={t("scorecardsView.form.hint")}>
      <RadioGroup
        layout="horizontal"
        value={form}
        disabled={disabled}
        onChange={(_event, data) => onChange(data.value === "portable" ? "portable" : "addin")}
      >
        <Radio value="addin" label={t("scorecardsView.form.addin")} />
        <Radio value="portable" label={t("scorecardsView.form.portable")} />
      </RadioGroup>
    </Field>
  );
}

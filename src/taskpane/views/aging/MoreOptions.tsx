/**
 * The options most runs leave alone — grouping, the order of ambiguous text dates, the customer
 * master, the credit sales for DSO — shown inside the options form's "More options" accordion.
 */
import { Dropdown, Field, Input, makeStyles, Option, Radio, RadioGroup } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type DayOrderChoice } from "./_lib/agingForm";
import { type AgingOptionsFormProps } from "./AgingOptionsForm";
import { SourceDropdown } from "./SourceDropdown";

const dayOrders: readonly DayOrderChoice[] = ["auto", "ymd", "mdy", "dmy"];
const dayOrderText = {
  auto: "agingView.options.dayOrderAuto",
  ymd: "agingView.options.dayOrderYmd",
  mdy: "agingView.options.dayOrderMdy",
  dmy: "agingView.options.dayOrderDmy",
} as const satisfies Record<DayOrderChoice, string>;

const useStyles = makeStyles({
  wide: { minWidth: 0, width: "100%" },
});

/**
 * The advanced options (same props as the form).
 *
 * @example
 * <MoreOptions values={form} checked={checked} sources={sources} onChange={update} />
 */
export function MoreOptions({ values, checked, sources, onChange }: AgingOptionsFormProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <>
      <Field label={t("agingView.options.groupBy")}>
        <RadioGroup
          value={values.groupBy}
          onChange={(_event, data) =>
            onChange({
              groupBy: data.value === "salesperson" || data.value === "region" ? data.value : "customer",
            })
          }
        >
          <Radio value="customer" label={t("agingView.options.groupByCustomer")} />
          <Radio value="salesperson" label={t("agingView.options.groupBySalesperson")} />
          <Radio value="region" label={t("agingView.options.groupByRegion")} />
        </RadioGroup>
      </Field>
      <Field label={t("agingView.options.dayOrder")}>
        <Dropdown
          className={styles.wide}
          value={t(dayOrderText[values.dayOrder])}
          selectedOptions={[values.dayOrder]}
          onOptionSelect={(_event, data) =>
            onChange({ dayOrder: dayOrders.find((order) => order === data.optionValue) ?? "auto" })
          }
        >
          {dayOrders.map((order) => (
            <Option key={order} value={order}>
              {t(dayOrderText[order])}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("agingView.options.master")}>
        <SourceDropdown
          sources={sources}
          selected={values.master}
          noneLabel={t("agingView.options.masterNone")}
          onSelect={(master) => onChange({ master })}
        />
      </Field>
      <Field
        label={t("agingView.options.sales")}
        hint={t("agingView.options.salesHint")}
        validationMessage={checked.sales === "invalid" ? t("agingView.options.salesInvalid") : undefined}
      >
        <Input
          className={styles.wide}
          inputMode="decimal"
          value={values.sales}
          onChange={(_event, data) => onChange({ sales: data.value })}
        />
      </Field>
    </>
  );
}

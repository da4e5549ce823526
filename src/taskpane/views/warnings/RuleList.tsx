/**
 * The warning rules (DESIGN §3.9) as the team set them: each with a switch, its severity, a plain-language
 * description of when it fires with the thresholds filled in, the recommended action, and an input per
 * threshold. A typed threshold is checked as the checks check it; only settings that can run are passed on
 * (the workspace saves them in the workbook), while the input keeps what the user typed and says what is
 * wrong with it.
 */
import { Badge, Caption1, Field, Input, makeStyles, Switch, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ThresholdDefinition,
  type WarningRuleDefinition,
  type WarningSettings,
  WARNING_RULES,
  withRuleEnabled,
} from "../../../core/warnings";
import { type SupportedLanguage } from "../../../i18n";
import { formatPercent } from "../aging/_lib/formatNumbers";
import { looseT } from "./_lib/looseT";
import { type ThresholdProblem, thresholdDisplay, typedThreshold } from "./_lib/thresholdInput";
import { SEVERITY_BADGE } from "./_lib/severityLook";

/** The settings shown and what to do with a change that can run. */
export interface RuleListProps {
  readonly settings: WarningSettings;
  readonly language: SupportedLanguage;
  readonly onChange: (settings: WarningSettings) => void;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  rule: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  text: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  thresholds: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  input: { minWidth: 0, width: "100%" },
});

/** A threshold's value in a description: shares as percentages, the rest as numbers. */
function described(definition: ThresholdDefinition, value: number, language: SupportedLanguage): string {
  return definition.unit === "share" ? formatPercent(value, language) : thresholdDisplay(definition, value);
}

/**
 * The rule list.
 *
 * @example
 * <RuleList settings={settings} language="en" onChange={save} />
 */
export function RuleList({ settings, language, onChange, disabled }: RuleListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {WARNING_RULES.map((rule) => (
        <RuleItem
          key={rule.id}
          rule={rule}
          settings={settings}
          language={language}
          onChange={onChange}
          disabled={disabled === true}
        />
      ))}
    </ul>
  );
}

interface RuleItemProps {
  readonly rule: WarningRuleDefinition;
  readonly settings: WarningSettings;
  readonly language: SupportedLanguage;
  readonly onChange: (settings: WarningSettings) => void;
  readonly disabled: boolean;
}

function RuleItem({ rule, settings, language, onChange, disabled }: RuleItemProps) {
  const styles = useStyles();
  const { i18n } = useTranslation();
  const t = looseT(i18n);
  const descriptionId = useId("rule");
  const own = settings.rules[rule.id];
  // What the user is typing, per threshold, kept as typed ("7." on the way to "7.5") until the field is
  // left; a value that reads goes to the settings at once, one that does not says why.
  const [typed, setTyped] = useState<
    Readonly<Record<string, { readonly text: string; readonly problem: ThresholdProblem | null }>>
  >({});
  const values = Object.fromEntries(
    rule.thresholds.map((d) => [d.name, described(d, own.thresholds[d.name] ?? d.defaultValue, language)]),
  );
  const type = (definition: ThresholdDefinition, text: string) => {
    const next = typedThreshold(settings, rule.id, definition.name, text);
    const reads = "rules" in next;
    setTyped((now) => ({ ...now, [definition.name]: { text, problem: reads ? null : next } }));
    if (reads) onChange(next);
  };
  const leave = (definition: ThresholdDefinition) => {
    if (typed[definition.name]?.problem === null) setTyped(({ [definition.name]: _left, ...rest }) => rest);
  };
  const problemText = (problem: ThresholdProblem) =>
    t(`warningsView.rules.${problem.key}`, {
      ...problem.params,
      ...(problem.params.other !== undefined ? { other: t(problem.params.other) } : {}),
    });

  return (
    <li className={styles.rule}>
      <div className={styles.head}>
        <Switch
          checked={own.enabled}
          disabled={disabled}
          label={t(rule.name)}
          aria-describedby={descriptionId}
          onChange={(_event, data) => onChange(withRuleEnabled(settings, rule.id, data.checked))}
        />
        <Badge appearance="tint" color={SEVERITY_BADGE[rule.severity]} shape="rounded">
          {t(`warnings:severity.${rule.severity}`)}
        </Badge>
      </div>
      <Caption1 id={descriptionId} className={styles.text}>
        {t(rule.description, values)} {t("warningsView.rules.action", { action: t(rule.action) })}
      </Caption1>
      {rule.thresholds.length > 0 && (
        <div className={styles.thresholds}>
          {rule.thresholds.map((definition) => {
            const pending = typed[definition.name];
            return (
              <Field
                key={definition.name}
                label={t(definition.label)}
                hint={t(`warningsView.units.${definition.unit}`)}
                validationMessage={
                  pending === undefined || pending.problem === null ? undefined : problemText(pending.problem)
                }
              >
                <Input
                  className={styles.input}
                  inputMode="decimal"
                  disabled={disabled || !own.enabled}
                  value={
                    pending?.text ??
                    thresholdDisplay(definition, own.thresholds[definition.name] ?? definition.defaultValue)
                  }
                  onChange={(_event, data) => type(definition, data.value)}
                  onBlur={() => leave(definition)}
                />
              </Field>
            );
          })}
        </div>
      )}
    </li>
  );
}

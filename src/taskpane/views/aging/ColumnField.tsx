/**
 * One ledger field's column: a dropdown listing the detection's candidates first, then every other
 * column, then "— none —", with a badge saying how sure the detection is.
 */
import {
  Badge,
  type BadgeProps,
  Dropdown,
  Field,
  makeStyles,
  Option,
  OptionGroup,
  useId,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type ColumnCandidate } from "../../../core/ledger";
import { type ColumnConfidence } from "./_lib/columnOverrides";

/** What the field shows and how to change it. */
export interface ColumnFieldProps {
  readonly label: string;
  /** A label per column of the source (see columnLabels). */
  readonly columns: readonly string[];
  readonly candidates: readonly ColumnCandidate[];
  /** The column read now, `undefined` for none. */
  readonly column: number | undefined;
  readonly confidence: ColumnConfidence;
  /** A column index, or `null` for "— none —". */
  readonly onChange: (column: number | null) => void;
}

const NONE = "none";

const badgeColors: Readonly<Record<ColumnConfidence, BadgeProps["color"]>> = {
  high: "success",
  check: "warning",
  missing: "informative",
  chosen: "brand",
};

const badgeText = {
  high: "agingView.columns.confidenceHigh",
  check: "agingView.columns.confidenceCheck",
  missing: "agingView.columns.confidenceMissing",
  chosen: "agingView.columns.confidenceChosen",
} as const satisfies Record<ColumnConfidence, string>;

const useStyles = makeStyles({
  // The badge sits at the end of the label line, so each field takes two lines, not three.
  root: { position: "relative" },
  badge: { position: "absolute", top: 0, right: 0 },
  dropdown: { minWidth: 0, width: "100%" },
  label: { paddingRight: "88px", display: "block" },
});

/**
 * A field's column picker.
 *
 * @example
 * <ColumnField label="Due date" columns={labels} candidates={d.candidates.dueDate} column={3} confidence="high" onChange={set} />
 */
export function ColumnField({ label, columns, candidates, column, confidence, onChange }: ColumnFieldProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const badgeId = useId("confidence");
  const suggested = candidates.map((candidate) => candidate.column).filter((index) => index < columns.length);
  const others = columns.map((_label, index) => index).filter((index) => !suggested.includes(index));
  const none = t("agingView.columns.none");
  const renderOption = (index: number) => (
    <Option key={index} value={String(index)}>
      {columns[index] ?? ""}
    </Option>
  );

  return (
    <div className={styles.root}>
      <Field label={{ children: label, className: styles.label }}>
        <Dropdown
          className={styles.dropdown}
          aria-describedby={badgeId}
          value={column === undefined ? none : (columns[column] ?? none)}
          selectedOptions={[column === undefined ? NONE : String(column)]}
          onOptionSelect={(_event, data) =>
            onChange(
              data.optionValue === NONE || data.optionValue === undefined ? null : Number(data.optionValue),
            )
          }
        >
          {suggested.length > 0 && (
            <OptionGroup label={t("agingView.columns.suggested")}>{suggested.map(renderOption)}</OptionGroup>
          )}
          {others.length > 0 && (
            <OptionGroup label={t("agingView.columns.allColumns")}>{others.map(renderOption)}</OptionGroup>
          )}
          <Option value={NONE}>{none}</Option>
        </Dropdown>
      </Field>
      <Badge id={badgeId} className={styles.badge} appearance="tint" color={badgeColors[confidence]}>
        {t(badgeText[confidence])}
      </Badge>
    </div>
  );
}

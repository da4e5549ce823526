/**
 * Step 2: the column found for every ledger field, each correctable, with the detection's problems.
 * A problem the user settled by choosing a column is no longer shown.
 */
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { LEDGER_FIELDS, type LedgerDetection, type LedgerField } from "../../../core/ledger";
import { type SourceShape } from "../../../host";
import { columnLabels } from "./_lib/columnLabels";
import {
  type ColumnOverrides,
  columnConfidence,
  effectiveColumn,
  problemSettled,
} from "./_lib/columnOverrides";
import { ColumnField } from "./ColumnField";
import { ProblemMessages } from "./ProblemMessages";

/** The detection, the user's corrections and how to correct. */
export interface DetectedColumnsProps {
  readonly detection: LedgerDetection;
  readonly shape: SourceShape;
  readonly overrides: ColumnOverrides;
  readonly onChange: (field: LedgerField, column: number | null) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
});

/**
 * The detected columns.
 *
 * @example
 * <DetectedColumns detection={d} shape={shape} overrides={overrides} onChange={correct} />
 */
export function DetectedColumns({ detection, shape, overrides, onChange }: DetectedColumnsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const columns = columnLabels(detection.headers, shape.firstColumn, t);
  const problems = detection.problems.filter((problem) => !problemSettled(problem, overrides));
  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.intro}>
        {t("agingView.columns.intro")}
      </Body1>
      <ProblemMessages problems={problems} blockingTitle={t("agingView.columns.blockingTitle")} />
      {LEDGER_FIELDS.map((field) => (
        <ColumnField
          key={field}
          label={t(`agingView.fields.${field}`)}
          columns={columns}
          candidates={detection.candidates[field]}
          column={effectiveColumn(detection.mapping, overrides, field)}
          confidence={columnConfidence(detection, overrides, field)}
          onChange={(column) => onChange(field, column)}
        />
      ))}
    </div>
  );
}

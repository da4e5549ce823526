/**
 * Step 3 of applying a card: which column of the customer table feeds the customer, each factor of the
 * card and each figure of the limit and the rating — a dropdown per item to change it or set it to "not
 * used", and a note on factors scored through bands. Only the items in use show at first (a table rarely
 * feeds more than a few of the card's nineteen factors); one button shows the rest. Built to fit a 320 px pane.
 */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type CustomerTable } from "../../../app/scores/applyCard";
import { type CustomerTableMapping } from "../../../core/scores";
import { columnLabels } from "../aging/_lib/columnLabels";
import { type LooseT, looseT } from "../warnings/_lib/looseT";
import { bandsOf, columnOf, itemKey, MAPPING_ITEMS, type MappingItem } from "./_lib/mappingItems";

/** The table, the mapping shown and how to change one item's column. */
export interface CustomerMappingProps {
  readonly table: CustomerTable;
  readonly mapping: CustomerTableMapping;
  /** A column index within the table, or `null` for "not used". */
  readonly onChange: (item: MappingItem, column: number | null) => void;
  readonly disabled?: boolean;
}

// Column options are numbers, so this value can never be one.
const NOT_USED = "none";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  // Fluent's dropdown is at least 250 px wide by default; in a 320 px pane it must shrink with the pane.
  dropdown: { minWidth: 0, width: "100%" },
  toggle: { alignSelf: "flex-start", maxWidth: "100%", whiteSpace: "normal", textAlign: "left" },
});

const itemLabel = (t: LooseT, item: MappingItem): string =>
  item.kind === "factor" ? t(`templates:weighted.factors.${item.id}`) : t(`scores:fields.${item.id}`);

/**
 * The mapping step.
 *
 * @example
 * <CustomerMapping table={table} mapping={mapping} onChange={(item, column) => change(item, column)} />
 */
export function CustomerMapping({ table, mapping, onChange, disabled }: CustomerMappingProps) {
  const styles = useStyles();
  const { t: typed, i18n } = useTranslation();
  const t = looseT(i18n);
  const columns = columnLabels(table.headers, table.firstColumn, typed);
  // The rows in use when the table was read, plus every row the user changed since: a row set to "not
  // used" stays in place instead of vanishing under the pointer.
  const [kept, setKept] = useState<ReadonlySet<string>>(
    () => new Set(MAPPING_ITEMS.filter((item) => columnOf(mapping, item) !== undefined).map(itemKey)),
  );
  const [showAll, setShowAll] = useState(false);
  const shown = (item: MappingItem) =>
    showAll || (item.kind === "field" && item.id === "customer") || kept.has(itemKey(item));
  const unused = MAPPING_ITEMS.filter((item) => columnOf(mapping, item) === undefined).length;
  const change = (item: MappingItem, column: number | null) => {
    setKept((now) => new Set(now).add(itemKey(item)));
    onChange(item, column);
  };
  const row = (item: MappingItem) => (
    <MappingRow
      key={itemKey(item)}
      label={itemLabel(t, item)}
      columns={columns}
      column={columnOf(mapping, item)}
      bands={bandsOf(mapping, item)}
      disabled={disabled === true}
      onChange={(column) => change(item, column)}
    />
  );
  const factors = MAPPING_ITEMS.filter((item) => item.kind === "factor" && shown(item));
  const figures = MAPPING_ITEMS.filter(
    (item) => item.kind === "field" && item.id !== "customer" && shown(item),
  );

  return (
    <div className={styles.root}>
      <Subtitle2 as="h3">{typed("scorecardsView.mapping.heading")}</Subtitle2>
      <Caption1 className={styles.intro}>{typed("scorecardsView.mapping.intro")}</Caption1>
      {MAPPING_ITEMS.filter((item) => item.kind === "field" && item.id === "customer").map(row)}
      {factors.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>
            <Subtitle2>{typed("scorecardsView.mapping.factors")}</Subtitle2>
          </legend>
          {factors.map(row)}
        </fieldset>
      )}
      {figures.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>
            <Subtitle2>{typed("scorecardsView.mapping.figures")}</Subtitle2>
          </legend>
          {figures.map(row)}
        </fieldset>
      )}
      <Button
        appearance="subtle"
        className={styles.toggle}
        aria-expanded={showAll}
        onClick={() => setShowAll((now) => !now)}
      >
        {showAll
          ? typed("scorecardsView.mapping.showUsed")
          : typed("scorecardsView.mapping.showAll", { count: unused })}
      </Button>
    </div>
  );
}

interface MappingRowProps {
  readonly label: string;
  readonly columns: readonly string[];
  readonly column: number | undefined;
  readonly bands: { readonly metric: string | null } | null;
  readonly disabled: boolean;
  readonly onChange: (column: number | null) => void;
}

function MappingRow({ label, columns, column, bands, disabled, onChange }: MappingRowProps) {
  const styles = useStyles();
  const { t: typed, i18n } = useTranslation();
  const t = looseT(i18n);
  const notUsed = typed("scorecardsView.mapping.notUsed");
  const hint =
    bands === null
      ? undefined
      : bands.metric === null
        ? typed("scorecardsView.mapping.bandedCustom")
        : typed("scorecardsView.mapping.banded", { metric: t(`scores:metrics.${bands.metric}`) });
  return (
    <Field label={label} hint={hint} size="small">
      <Dropdown
        size="small"
        className={styles.dropdown}
        disabled={disabled}
        value={column === undefined ? notUsed : (columns[column] ?? notUsed)}
        selectedOptions={[column === undefined ? NOT_USED : String(column)]}
        onOptionSelect={(_event, data) =>
          onChange(
            data.optionValue === NOT_USED || data.optionValue === undefined ? null : Number(data.optionValue),
          )
        }
      >
        <Option value={NOT_USED}>{notUsed}</Option>
        {columns.map((text, index) => (
          <Option key={index} value={String(index)}>
            {text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/**
 * A dropdown of the workbook's sheets and tables (grouped), used for the ledger and for the optional
 * customer master; with `noneLabel` it also offers "none".
 */
import { Dropdown, makeStyles, Option, OptionGroup } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type SourceOption } from "./_lib/sourceOptions";

/** The sources, the chosen one and how to choose. */
export interface SourceDropdownProps {
  readonly sources: readonly SourceOption[];
  /** Id of the chosen source, "" for none. */
  readonly selected: string;
  readonly onSelect: (id: string) => void;
  readonly placeholder?: string;
  /** Offers "none" (selected as "") under this label. */
  readonly noneLabel?: string;
  readonly disabled?: boolean;
}

// Source ids start with "sheet:" or "table:", so this value can never be one.
const NONE = "none";

const useStyles = makeStyles({
  // Fluent's dropdown is at least 250 px wide by default; in a 320 px pane it must shrink with the pane.
  dropdown: { minWidth: 0, width: "100%" },
});

/**
 * The sheet-or-table dropdown; wrap it in a Field for its label.
 *
 * @example
 * <Field label="Ledger sheet or table"><SourceDropdown sources={sources} selected={id} onSelect={setId} /></Field>
 */
export function SourceDropdown({
  sources,
  selected,
  onSelect,
  placeholder,
  noneLabel,
  disabled,
}: SourceDropdownProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const text = (option: SourceOption) =>
    option.ref.kind === "sheet"
      ? option.name
      : t("agingView.source.tableOption", { table: option.name, sheet: option.sheet });
  const sheets = sources.filter((option) => option.ref.kind === "sheet");
  const tables = sources.filter((option) => option.ref.kind === "table");
  const chosen = sources.find((option) => option.id === selected);
  const value = chosen !== undefined ? text(chosen) : (noneLabel ?? "");
  const renderOptions = (options: readonly SourceOption[]) =>
    options.map((option) => (
      <Option key={option.id} value={option.id} text={text(option)}>
        {text(option)}
      </Option>
    ));

  return (
    <Dropdown
      className={styles.dropdown}
      value={value}
      placeholder={placeholder}
      disabled={disabled}
      selectedOptions={[chosen?.id ?? (noneLabel !== undefined ? NONE : "")]}
      onOptionSelect={(_event, data) => onSelect(data.optionValue === NONE ? "" : (data.optionValue ?? ""))}
    >
      {noneLabel !== undefined && <Option value={NONE}>{noneLabel}</Option>}
      {sheets.length > 0 && (
        <OptionGroup label={t("agingView.source.sheets")}>{renderOptions(sheets)}</OptionGroup>
      )}
      {tables.length > 0 && (
        <OptionGroup label={t("agingView.source.tables")}>{renderOptions(tables)}</OptionGroup>
      )}
    </Dropdown>
  );
}

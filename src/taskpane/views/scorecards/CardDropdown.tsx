/**
 * The card's sheet: the weighted cards CreditKit can read first, then the workbook's other sheets (a card
 * may have been edited beyond recognition, or lie past the sheets checked; applying says what is wrong).
 */
import { Dropdown, makeStyles, Option, OptionGroup } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type CardOption } from "./_lib/useScorecardsSetup";

/** The sheets, the chosen one and how to choose. */
export interface CardDropdownProps {
  readonly cards: readonly CardOption[];
  /** The chosen sheet's name, "" for none. */
  readonly selected: string;
  readonly onSelect: (sheet: string) => void;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  // Fluent's dropdown is at least 250 px wide by default; in a 320 px pane it must shrink with the pane.
  dropdown: { minWidth: 0, width: "100%" },
});

/**
 * The card dropdown; wrap it in a Field for its label.
 *
 * @example
 * <Field label="Card sheet"><CardDropdown cards={cards} selected="Scorecard" onSelect={setCard} /></Field>
 */
export function CardDropdown({ cards, selected, onSelect, disabled }: CardDropdownProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const weighted = cards.filter((card) => card.weighted === true);
  const others = cards.filter((card) => card.weighted !== true);
  const options = (list: readonly CardOption[]) =>
    list.map((card) => (
      <Option key={card.name} value={card.name}>
        {card.name}
      </Option>
    ));
  return (
    <Dropdown
      className={styles.dropdown}
      value={selected}
      placeholder={t("scorecardsView.apply.cardPlaceholder")}
      disabled={disabled}
      selectedOptions={selected === "" ? [] : [selected]}
      onOptionSelect={(_event, data) => onSelect(data.optionValue ?? "")}
    >
      {weighted.length > 0 && (
        <OptionGroup label={t("scorecardsView.apply.weightedCards")}>{options(weighted)}</OptionGroup>
      )}
      {others.length > 0 && (
        <OptionGroup label={t("scorecardsView.apply.otherSheets")}>{options(others)}</OptionGroup>
      )}
    </Dropdown>
  );
}

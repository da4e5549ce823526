/**
 * The scorecards view once the workbook is known: insert a template, apply a weighted card to a customer
 * table, and fit a statistical points scorecard from a history table. Holds the chosen card, because
 * inserting a weighted card makes it the card to apply.
 */
import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { type TemplateKind } from "../../../app/templates/templateSheets";
import { type WorkbookHost } from "../../../host";
import { type SupportedLanguage } from "../../../i18n";
import { type ScorecardsSetup } from "./_lib/useScorecardsSetup";
import { CardApplier } from "./CardApplier";
import { TemplateInserter } from "./TemplateInserter";
import { FitPanel } from "../fit";

/** The host, the loaded starting point, how to read the workbook again, and the language. */
export interface ScorecardsWorkspaceProps {
  readonly host: WorkbookHost;
  readonly setup: Extract<ScorecardsSetup, { status: "ready" }>;
  readonly refresh: () => Promise<void>;
  readonly language: SupportedLanguage;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minWidth: 0,
  },
});

/**
 * The scorecards workspace.
 *
 * @example
 * {setup.status === "ready" && <ScorecardsWorkspace host={host} setup={setup} refresh={refresh} language="en" />}
 */
export function ScorecardsWorkspace({ host, setup, refresh, language }: ScorecardsWorkspaceProps) {
  const styles = useStyles();
  const [card, setCard] = useState(setup.initialCard);
  const inserted = (kind: TemplateKind, sheet: string) => {
    // Read again so the new sheet is offered; a new weighted card is the one the user will apply next.
    void refresh().then(() => {
      if (kind === "weighted") setCard(sheet);
    });
  };
  return (
    <div className={styles.root}>
      <TemplateInserter host={host} language={language} onInserted={inserted} />
      <Divider />
      <CardApplier host={host} setup={setup} card={card} onCardChange={setCard} language={language} />
      <Divider />
      <FitPanel host={host} language={language} />
    </div>
  );
}

/**
 * Workbooks and a render helper shared by the scorecards view's tests: the Scorecards view over a host, a
 * book with a weighted card and four customers (the app tests' book), and that card copied into the
 * in-memory host as values, for the tests that hold a run in the middle.
 */
import "../../setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import { type EmbeddedWorkbook } from "../../../../src/host/embedded";
import { type RawCell, type WorkbookHost } from "../../../../src/host";
import { createI18n, type SupportedLanguage } from "../../../../src/i18n";
import { ScorecardsView } from "../../../../src/taskpane/views/ScorecardsView";
import { type Customer, customerBook } from "../../../app/scores/_lib/customerBook";
import { type MemorySheet } from "../../_lib/memoryHost";

/**
 * Four customers: payment-history scores, current ratios and years (scored through bands), balance,
 * monthly purchases and terms — under the headers Customer, Payment history, Current ratio, Years in
 * business, Open balance, Monthly purchases, Terms (columns A–G of sheet Customers, header in row 1).
 */
export const CUSTOMERS: readonly Customer[] = [
  ["Acme", 4, 1.6, 12, 50_000, 80_000, 45],
  ["Beta", 2, 0.9, 1, 120_000, 30_000, 60],
  ["Gamma", null, 1.2, 4, 0, 10_000, null],
  ["Delta", 5, 2, 3, 12_000, 9_000, null],
];

/** The card sheet "Scorecard" (weighted, add-in form) and the sheet "Customers", both the user's. */
export function scoresBook(): Promise<EmbeddedWorkbook> {
  return customerBook(CUSTOMERS);
}

/**
 * How long to wait for a Scores sheet to be written: the embedded workbook recalculates in HyperFormula,
 * about 3 s alone here and several times that with two test workers on a busy 2-core machine.
 */
export const WRITING = { timeout: 45_000 } as const;

/** A sheet of `book` as values, for the in-memory host (whose sheets hold no formulas). */
export async function valuesOf(book: EmbeddedWorkbook, sheet: string): Promise<MemorySheet> {
  const rows: RawCell[][] = [];
  const { firstRow, firstColumn } = await book.describe({ kind: "sheet", sheet });
  for await (const block of book.readRows({ kind: "sheet", sheet }))
    rows.push(...block.rows.map((r) => [...r]));
  return { name: sheet, rows, firstRow, firstColumn };
}

/** Every formula of a sheet of `book`, as a user would type it. */
export function formulasOf(book: EmbeddedWorkbook, sheet: string): string[] {
  return book
    .formulaCells()
    .filter((cell) => cell.sheet === sheet)
    .map((cell) => book.cellFormula(sheet, cell.address) ?? "");
}

/** Renders the Scorecards view over `host` in `language`. */
export function renderScorecards(host: WorkbookHost, language: SupportedLanguage = "en") {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <I18nextProvider i18n={createI18n(language)}>
        <ScorecardsView host={host} language={language} />
      </I18nextProvider>
    </FluentProvider>,
  );
  return { user, ...view };
}

/** Opens a dropdown and picks the option of that name. */
export async function choose(user: ReturnType<typeof userEvent.setup>, box: HTMLElement, option: string) {
  await user.click(box);
  await user.click(screen.getByRole("option", { name: option }));
}

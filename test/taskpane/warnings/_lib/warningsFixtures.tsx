/**
 * The planted credit book as a workbook and a render helper shared by the warnings view's tests.
 */
import "../../setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import { createI18n, type SupportedLanguage } from "../../../../src/i18n";
import { WarningsView } from "../../../../src/taskpane/views/WarningsView";
import {
  PLANTED_LEDGER_ROWS,
  PLANTED_MASTER_ROWS,
  PLANTED_PAYMENT_ROWS,
} from "../../../core/warnings/_lib/plantedBook";
import { MemoryHost } from "../../_lib/memoryHost";

/** Notes first, then the ledger (header on row 1, 17 items), the customer master and the payment history. */
export function plantedHost(): MemoryHost {
  return new MemoryHost([
    { name: "Notes", rows: [["Read me"]] },
    { name: "Ledger", rows: PLANTED_LEDGER_ROWS },
    { name: "Master", rows: PLANTED_MASTER_ROWS },
    { name: "History", rows: PLANTED_PAYMENT_ROWS },
  ]);
}

/** Renders the Warnings view over `host` on 31 October 2026 (local time), the planted book's as-of date. */
export function renderWarnings(host: MemoryHost, language: SupportedLanguage = "en") {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <I18nextProvider i18n={createI18n(language)}>
        <WarningsView host={host} language={language} now={() => new Date(2026, 9, 31, 9, 30)} />
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

/** The Run button. */
export const runButton = () => screen.getByRole("button", { name: "Run checks" });

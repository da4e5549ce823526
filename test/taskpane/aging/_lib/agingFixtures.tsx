/**
 * Workbooks and a render helper shared by the aging view's tests. Dates are text in ISO form, so each
 * test's hand calculation can count days from the calendar.
 */
import "../../setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import { createI18n, type SupportedLanguage } from "../../../../src/i18n";
import { AgingView } from "../../../../src/taskpane/views/AgingView";
import { MemoryHost, type MemorySheet, type MemoryTable } from "../../_lib/memoryHost";

/** A note sheet first, so the view has to look past it for the ledger. */
export const notesSheet: MemorySheet = { name: "Notes", rows: [["Read me"], ["Open items are on Ledger."]] };

/**
 * An English ledger whose used range starts at B3: a title, a blank row, the header on sheet row 5,
 * data on rows 6–10 (two of them unreadable).
 */
export const englishLedger: MemorySheet = {
  name: "Ledger",
  firstRow: 3,
  firstColumn: 2,
  rows: [
    ["Open items at 31 Oct 2026"],
    [],
    ["Customer", "Invoice", "Invoice date", "Due date", "Amount", "Currency"],
    ["ACME", "A1", "2026-09-01", "2026-10-01", 1000, "USD"],
    ["ACME", "A2", "2026-10-01", "2026-11-30", 500, "USD"],
    ["Beta", "B1", "2026-07-01", "2026-08-01", 250.5, "USD"],
    ["Beta", "B2", "2026-07-01", "2026-02-30", 99, "USD"],
    ["", "B3", "2026-07-01", "2026-08-01", 10, "USD"],
  ],
};

/** A Simplified Chinese ledger: 客户, 到期日, 金额, no currency column. */
export const chineseLedger: MemorySheet = {
  name: "应收明细",
  rows: [
    ["客户", "到期日", "金额"],
    ["华东贸易", "2026-10-01", 1200],
    ["华南实业", "2026-12-01", 300],
  ],
};

/** A customer master, offered as a table. */
export const masterSheet: MemorySheet = {
  name: "Master",
  rows: [
    ["Customer", "Credit limit", "Grade"],
    ["ACME", 2000, "A"],
  ],
};

export const masterTable: MemoryTable = {
  name: "Limits",
  sheet: "Master",
  firstRow: 1,
  firstColumn: 1,
  rows: masterSheet.rows,
};

/** The workbook most tests use: notes, the ledger, a master, a hidden and an owned sheet. */
export function standardHost(): MemoryHost {
  return new MemoryHost(
    [
      notesSheet,
      englishLedger,
      masterSheet,
      { name: "_creditkit", rows: [["creditkit.ownedSheets", "[]"]], visible: false },
      { name: "Aging 2026-09-30", rows: [["Receivables aging"]], owned: true },
      chineseLedger,
    ],
    [masterTable],
  );
}

/** Renders the Aging view over `host` on 31 October 2026 (local time), in `language`. */
export function renderAging(host: MemoryHost, language: SupportedLanguage = "en") {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <I18nextProvider i18n={createI18n(language)}>
        <AgingView host={host} language={language} now={() => new Date(2026, 9, 31, 9, 30)} />
      </I18nextProvider>
    </FluentProvider>,
  );
  return { user, ...view };
}

/** The ledger dropdown, once the workbook has been listed. */
export const sourceBox = () => screen.findByRole("combobox", { name: "Ledger sheet or table" });

/** The column dropdown of a ledger field, once the detection has been shown. */
export const fieldBox = (name: string) => screen.findByRole("combobox", { name });

/** The text of the elements an element's aria-describedby points at (the confidence badge, hints). */
export function describedText(element: HTMLElement): string {
  return (element.getAttribute("aria-describedby") ?? "")
    .split(/\s+/)
    .map((id) => (id === "" ? "" : (document.getElementById(id)?.textContent ?? "")))
    .filter((text) => text !== "")
    .join(" ");
}

/** Opens a dropdown and picks the option of that name. */
export async function choose(user: ReturnType<typeof userEvent.setup>, box: HTMLElement, option: string) {
  await user.click(box);
  await user.click(screen.getByRole("option", { name: option }));
}

/** The option names a dropdown lists, in order (closes it again). */
export async function optionNames(
  user: ReturnType<typeof userEvent.setup>,
  box: HTMLElement,
): Promise<string[]> {
  await user.click(box);
  const names = screen.getAllByRole("option").map((option) => option.textContent ?? "");
  await user.keyboard("{Escape}");
  return names;
}

import { screen, waitFor, within } from "@testing-library/react";
import { createI18n } from "../../../src/i18n";
import { errorText } from "../../../src/taskpane/views/aging/_lib/messageText";
import { MemoryHost } from "../_lib/memoryHost";
import {
  choose,
  describedText,
  fieldBox,
  notesSheet,
  optionNames,
  renderAging,
  sourceBox,
  standardHost,
} from "./_lib/agingFixtures";

// Whole flows through Fluent in jsdom take a few seconds each, more with two test workers side by side.
jest.setTimeout(30_000);

/** Every ledger field's label, in the order the view lists them. */
const fields = [
  "Customer",
  "Invoice number",
  "Invoice date",
  "Due date",
  "Terms (days)",
  "Amount",
  "Paid",
  "Open balance",
  "Settled date",
  "Currency",
  "Salesperson",
  "Region",
];

/** Each field's dropdown value and confidence badge. */
async function shownColumns(): Promise<Record<string, [string, string]>> {
  const shown: Record<string, [string, string]> = {};
  for (const field of fields) {
    const box = await fieldBox(field);
    shown[field] = [box.textContent ?? "", describedText(box)];
  }
  return shown;
}

describe("aging view: source", () => {
  it("lists the workbook's sheets and tables, not CreditKit's or hidden sheets, and preselects the first ledger", async () => {
    const { user } = renderAging(standardHost());
    const box = await sourceBox();
    // "Notes" comes first but has no customer or amount column, so the ledger on the next sheet is chosen.
    await waitFor(() => expect(box.textContent).toBe("Ledger"));
    expect(await optionNames(user, box)).toEqual([
      "Notes",
      "Ledger",
      "Master",
      "应收明细",
      "Limits (table on Master)",
    ]);
    await user.click(box);
    expect(screen.getByRole("group", { name: "Sheets" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Tables" })).toBeTruthy();
  });

  it("preselects nothing when no sheet looks like a ledger, and says so when there is no source at all", async () => {
    renderAging(new MemoryHost([notesSheet]));
    const box = await sourceBox();
    expect(box.textContent).toBe("Choose a sheet or table");
    expect(screen.queryByRole("heading", { name: "Detected columns" })).toBeNull();
    expect(screen.getByRole("button", { name: "Run aging" })).toHaveProperty("disabled", true);
  });

  it("says so when the workbook has nothing to age", async () => {
    renderAging(new MemoryHost([{ name: "Aging 2026-09-30", rows: [["x"]], owned: true }]));
    expect(await screen.findByText(/This workbook has no sheet or table to age/)).toBeTruthy();
  });

  it("says that no workbook is connected when the pane has no host", async () => {
    const { FluentProvider, webLightTheme } = await import("@fluentui/react-components");
    const { render } = await import("@testing-library/react");
    const { I18nextProvider } = await import("react-i18next");
    const { AgingView } = await import("../../../src/taskpane/views/AgingView");
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nextProvider i18n={createI18n("en")}>
          <AgingView language="en" />
        </I18nextProvider>
      </FluentProvider>,
    );
    expect(screen.getByRole("heading", { name: "Receivables aging" })).toBeTruthy();
    expect(screen.getByText(/No workbook is connected/)).toBeTruthy();
  });
});

describe("aging view: detected columns", () => {
  it("shows the header found for every field of an English ledger, with its confidence", async () => {
    renderAging(standardHost());
    await screen.findByRole("heading", { name: "Detected columns" });
    expect(await shownColumns()).toEqual({
      Customer: ["Customer", "High"],
      "Invoice number": ["Invoice", "High"],
      "Invoice date": ["Invoice date", "High"],
      "Due date": ["Due date", "High"],
      "Terms (days)": ["— none —", "Missing"],
      Amount: ["Amount", "High"],
      Paid: ["— none —", "Missing"],
      "Open balance": ["— none —", "Missing"],
      "Settled date": ["— none —", "Missing"],
      Currency: ["Currency", "High"],
      Salesperson: ["— none —", "Missing"],
      Region: ["— none —", "Missing"],
    });
  });

  it("shows the headers of a Chinese ledger (客户, 到期日, 金额)", async () => {
    const { user } = renderAging(standardHost());
    await choose(user, await sourceBox(), "应收明细");
    await waitFor(async () => expect((await fieldBox("Customer")).textContent).toBe("客户"));
    const shown = await shownColumns();
    expect(shown.Customer).toEqual(["客户", "High"]);
    expect(shown["Due date"]).toEqual(["到期日", "High"]);
    expect(shown.Amount).toEqual(["金额", "High"]);
    expect(shown.Currency).toEqual(["— none —", "Missing"]);
    expect(shown["Invoice date"]).toEqual(["— none —", "Missing"]);
  });

  it("lists a field's suggested columns first, then the others, then none", async () => {
    const { user } = renderAging(standardHost());
    const box = await fieldBox("Invoice number");
    const names = await optionNames(user, box);
    // The detection suggests "Invoice" (exact) and "Invoice date" (contains the word); the rest follow in sheet order.
    expect(names).toEqual([
      "Invoice",
      "Invoice date",
      "Customer",
      "Due date",
      "Amount",
      "Currency",
      "— none —",
    ]);
    await user.click(box);
    const suggested = screen.getByRole("group", { name: "Suggested" });
    expect(
      within(suggested)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Invoice", "Invoice date"]);
  });

  it("names blank and repeated headers by their column letter", async () => {
    const host = new MemoryHost([
      {
        name: "Odd",
        firstColumn: 3,
        rows: [
          ["Customer", "", "Amount", "Amount", "Due date"],
          ["ACME", "x", 1, 2, "2026-10-01"],
        ],
      },
    ]);
    const { user } = renderAging(host);
    const names = await optionNames(user, await fieldBox("Paid"));
    // Used range from column C: "" is D, the two "Amount" columns are E and F.
    expect(names).toEqual(expect.arrayContaining(["Column D", "Amount (column E)", "Amount (column F)"]));
  });

  it("shows a blocking detection problem as an error until the user picks the column", async () => {
    const host = new MemoryHost([
      {
        name: "Zork",
        rows: [
          ["Zork", "Due date", "Amount"],
          ["x", "2026-10-01", 100],
        ],
      },
    ]);
    const { user } = renderAging(host);
    const box = await sourceBox();
    // Not a ledger to the probe (no customer column), so the user picks it.
    await choose(user, box, "Zork");
    const bar = await screen.findByRole("group", { name: "Aging cannot run yet" });
    expect(bar.textContent).toContain(errorText(createI18n("en"), "ledgerNoCustomerColumn", {}));
    expect(describedText(await fieldBox("Customer"))).toBe("Missing");

    await choose(user, await fieldBox("Customer"), "Zork");
    expect(screen.queryByRole("group", { name: "Aging cannot run yet" })).toBeNull();
    expect(describedText(await fieldBox("Customer"))).toBe("Your choice");
  });

  it("ages with the user's correction: open balance set to none makes the amount column count", async () => {
    const host = new MemoryHost([
      {
        name: "Balances",
        rows: [
          ["Customer", "Due date", "Amount", "Open balance"],
          ["ACME", "2026-10-01", 1000, 400],
          ["Beta", "2026-12-01", 300, 300],
        ],
      },
    ]);
    const { user } = renderAging(host);
    const open = await fieldBox("Open balance");
    expect(open.textContent).toBe("Open balance");
    await choose(user, open, "— none —");
    expect(open.textContent).toBe("— none —");
    expect(describedText(open)).toBe("Your choice");

    await user.click(screen.getByRole("button", { name: "Run aging" }));
    await screen.findByText("Report written to sheet Aging 2026-10-31.");
    // Without the open balance column the open amount is the amount (DESIGN §3.5): 1,000 + 300 = 1,300.00
    // (with it, it would have been 400 + 300 = 700.00).
    const card = screen.getByRole("group", { name: "No currency given" });
    expect(within(card).getByText("Total open").nextSibling?.textContent).toBe("1,300.00");
  });
});

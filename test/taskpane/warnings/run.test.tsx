import { screen, waitFor, within } from "@testing-library/react";
import { WARNING_SOURCES_SETTING } from "../../../src/taskpane/views/warnings";
import { deferred } from "../_lib/memoryHost";
import { choose, plantedHost, renderWarnings, runButton } from "./_lib/warningsFixtures";

// Whole flows through Fluent in jsdom take a few seconds each, more with two test workers side by side.
jest.setTimeout(30_000);

/** Waits for the workbook to be listed and picks the master and the history sheets. */
async function chooseSources(user: Parameters<typeof choose>[0]) {
  const ledger = await screen.findByRole("combobox", { name: "Ledger sheet or table" });
  // The first sheet that reads as a ledger is proposed, past the notes.
  expect(ledger.textContent).toBe("Ledger");
  await choose(user, screen.getByRole("combobox", { name: /^Customer master/ }), "Master");
  await choose(user, screen.getByRole("combobox", { name: /^Payment history/ }), "History");
}

/** The names of the warnings listed under a severity heading such as "High (4)". */
function listed(heading: string): string[] {
  const section = screen.getByRole("heading", { name: heading }).closest("section") as HTMLElement;
  return within(section)
    .getAllByRole("listitem")
    .map((item) => item.firstChild?.textContent ?? "");
}

describe("warnings view: run", () => {
  it("runs with progress and lists exactly the planted warnings by severity, then writes the Warnings sheet", async () => {
    const host = plantedHost();
    host.blockRows = 4;
    const gate = deferred();
    host.beforeBlock = (index) => (index === 1 ? gate.promise : undefined);
    const { user } = renderWarnings(host);
    await chooseSources(user);
    await user.click(runButton());

    // The ledger has 18 rows (header + 17 items); held after its first block of 4.
    const progress = await screen.findByRole("progressbar", { name: "Reading the data" });
    await screen.findByText("4 of 18 rows");
    expect(progress.getAttribute("aria-valuenow")).toBe(String(4 / 18));
    gate.resolve();

    await screen.findByText("Warnings written to sheet Warnings 2026-10-31.");
    // The six planted problems: over limit, veto lateness, the core customer overdue (two rules on one item),
    // concentration, the deteriorating payer and the stale review.
    expect(listed("High (4)")).toEqual([
      "Alpha Trading: Over credit limit",
      "Bravo Foods: Veto lateness (rating D)",
      "Core Steel: Veto lateness (rating D)",
      "Core Steel: Core customer overdue",
    ]);
    expect(listed("Medium (2)")).toEqual([
      "Delta Holdings: Concentration",
      "Foxtrot Ltd: Deteriorating payer",
    ]);
    expect(listed("Low (1)")).toEqual(["Echo Retail: Credit review due"]);
    // 8,500 open against the 8,000 limit, all of it at risk.
    expect(
      screen.getByText(/^8,500\.00 against 8,000\.00 · at risk 8,500\.00 USD · Hold new orders/),
    ).toBeTruthy();
    // Delta holds 30,000 of 128,500 = 23.3 % against 10 %.
    expect(screen.getByText(/^23\.3% against 10% · at risk 30,000\.00 USD/)).toBeTruthy();
    expect(screen.getByText("Payment history: History.")).toBeTruthy();

    expect(host.written.map((spec) => spec.name)).toEqual(["Warnings 2026-10-31"]);
    expect(host.written[0]?.blocks[0]?.rows[0]).toEqual(["Warnings as of 2026-10-31"]);
    expect(host.settings.get(WARNING_SOURCES_SETTING)).toEqual({
      ledger: { kind: "sheet", sheet: "Ledger" },
      master: { kind: "sheet", sheet: "Master" },
      history: { kind: "sheet", sheet: "History" },
    });
  });

  it("selects a warning's first evidence row in its source sheet on click", async () => {
    const host = plantedHost();
    const { user } = renderWarnings(host);
    await chooseSources(user);
    await user.click(runButton());
    await screen.findByRole("heading", { name: "High (4)" });
    // Ledger row 2, across its six columns; Foxtrot's first payment of the last 90 days is History row 63
    // (five columns); Echo's stale review is Master row 6 (five columns).
    await user.click(screen.getByRole("button", { name: "Alpha Trading: Over credit limit" }));
    await user.click(screen.getByRole("button", { name: "Foxtrot Ltd: Deteriorating payer" }));
    await user.click(screen.getByRole("button", { name: "Echo Retail: Credit review due" }));
    expect(host.selections).toEqual([
      { sheet: "Ledger", address: "A2:F2" },
      { sheet: "History", address: "A63:E63" },
      { sheet: "Master", address: "A6:E6" },
    ]);
  });

  it("says which rules could not run without a master or a history", async () => {
    const { user } = renderWarnings(plantedHost());
    await screen.findByRole("combobox", { name: "Ledger sheet or table" });
    await waitFor(() => expect(runButton()).toHaveProperty("disabled", false));
    await user.click(runButton());
    const bar = await screen.findByRole("group", { name: "Rules not run (8)" });
    expect(bar.textContent).toContain("Deteriorating payer: No payment history was given.");
    expect(bar.textContent).toContain("Over credit limit: No customer master was given.");
    expect(listed("High (2)")).toEqual([
      "Bravo Foods: Veto lateness (rating D)",
      "Core Steel: Veto lateness (rating D)",
    ]);
    expect(screen.getByText("No payment history: the rules that need one did not run.")).toBeTruthy();
  });

  it("cancels a run: the signal is aborted and nothing is written or saved", async () => {
    const host = plantedHost();
    host.blockRows = 4;
    const gate = deferred();
    host.beforeBlock = (index) => (index === 1 ? gate.promise : undefined);
    const { user } = renderWarnings(host);
    await chooseSources(user);
    await user.click(runButton());
    await screen.findByText("4 of 18 rows");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(host.runOptions.at(-1)?.signal?.aborted).toBe(true);
    gate.resolve();
    await screen.findByText("The run was cancelled. Nothing was written to the workbook.");
    expect(host.written).toEqual([]);
    expect(host.settings.has(WARNING_SOURCES_SETTING)).toBe(false);
  });

  it("explains a payment history it cannot read, naming the sheet", async () => {
    const { user } = renderWarnings(plantedHost());
    await screen.findByRole("combobox", { name: "Ledger sheet or table" });
    // The master has no paid dates (nor amounts): as a history it cannot be read.
    await choose(user, screen.getByRole("combobox", { name: /^Payment history/ }), "Master");
    await user.click(runButton());
    const bar = await screen.findByRole("group", { name: "The payment history Master cannot be read" });
    expect(bar.textContent).toContain("no paid date column");
    expect(screen.queryByRole("heading", { name: "Result" })).toBeNull();
  });

  it("starts from the sources of the last run", async () => {
    const host = plantedHost();
    host.settings.set(WARNING_SOURCES_SETTING, {
      ledger: { kind: "sheet", sheet: "Ledger" },
      master: { kind: "sheet", sheet: "Master" },
      history: { kind: "sheet", sheet: "Gone" },
    });
    renderWarnings(host);
    expect((await screen.findByRole("combobox", { name: /^Customer master/ })).textContent).toBe("Master");
    // A source no longer in the workbook falls back to none.
    expect(screen.getByRole("combobox", { name: /^Payment history/ }).textContent).toBe(
      "The ledger's paid dates",
    );
  });
});

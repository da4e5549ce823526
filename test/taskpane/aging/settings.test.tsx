import { fireEvent, screen, waitFor } from "@testing-library/react";
import { LAST_RUN_SETTING } from "../../../src/taskpane/views/aging";
import { MemoryHost } from "../_lib/memoryHost";
import { choose, describedText, fieldBox, renderAging, sourceBox, standardHost } from "./_lib/agingFixtures";

// Whole flows through Fluent in jsdom take a few seconds each, more with two test workers side by side.
jest.setTimeout(30_000);

/** A second ledger, so a remembered source differs from the one the view would guess. */
const regionLedger = {
  name: "By region",
  rows: [
    ["Client", "Region", "Due date", "Amount", "Paid"],
    ["ACME", "North", "2026-10-01", 1000, 200],
  ],
};

describe("aging view: remembered options", () => {
  it("saves the options of a finished run in the workbook", async () => {
    const host = standardHost();
    const { user } = renderAging(host);
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Run aging" })).toHaveProperty("disabled", false),
    );

    await choose(user, await fieldBox("Invoice number"), "— none —");
    await user.click(screen.getByRole("radio", { name: "Invoice date (days since invoice)" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Bucket boundaries (days)" }), {
      target: { value: "30,60" },
    });
    await user.click(screen.getByRole("button", { name: "More options" }));
    await user.click(screen.getByRole("radio", { name: "Region" }));
    await choose(user, await fieldBox("Order of ambiguous text dates"), "Day/month/year (31/10/2026)");
    await choose(user, await fieldBox("Customer master (limits, grades)"), "Limits (table on Master)");
    await user.click(screen.getByRole("button", { name: "Run aging" }));

    // Grouping by region on a ledger without a region column is refused; options are kept only for a finished run.
    await screen.findByRole("group", { name: "The ledger cannot be aged as it is" });
    expect(host.settings.has(LAST_RUN_SETTING)).toBe(false);

    await user.click(screen.getByRole("radio", { name: "Customer" }));
    await user.click(screen.getByRole("button", { name: "Run aging" }));
    await screen.findByText("Report written to sheet Aging 2026-10-31.");
    expect(host.settings.get(LAST_RUN_SETTING)).toEqual({
      source: { kind: "sheet", sheet: "Ledger" },
      mapping: { invoice: null },
      basis: "invoice",
      buckets: "30,60",
      groupBy: "customer",
      dayOrder: "dmy",
      master: { kind: "table", table: "Limits" },
    });
  });

  it("restores the last run's source, corrected columns and options when the view opens", async () => {
    const host = standardHost();
    host.sheets.push(regionLedger);
    host.settings.set(LAST_RUN_SETTING, {
      source: { kind: "sheet", sheet: "By region" },
      mapping: { open: null, paid: null, salesperson: "Region" },
      basis: "invoice",
      buckets: "45,90",
      groupBy: "region",
      dayOrder: "mdy",
      master: { kind: "table", table: "Limits" },
    });
    renderAging(host);

    const source = await sourceBox();
    await waitFor(() => expect(source.textContent).toBe("By region"));
    // "Paid" was detected but the user had cleared it; "Region" was chosen for the salesperson.
    await waitFor(async () => expect((await fieldBox("Paid")).textContent).toBe("— none —"));
    expect(describedText(await fieldBox("Paid"))).toBe("Your choice");
    expect((await fieldBox("Salesperson")).textContent).toBe("Region");
    expect(describedText(await fieldBox("Salesperson"))).toBe("Your choice");
    expect((await fieldBox("Customer")).textContent).toBe("Client");

    expect(screen.getByRole("radio", { name: "Invoice date (days since invoice)" })).toHaveProperty(
      "checked",
      true,
    );
    expect(screen.getByRole("textbox", { name: "Bucket boundaries (days)" })).toHaveProperty(
      "value",
      "45,90",
    );
    // Remembered advanced options open the accordion, so nothing that applies is hidden.
    expect(screen.getByRole("radio", { name: "Region" })).toHaveProperty("checked", true);
    expect((await fieldBox("Order of ambiguous text dates")).textContent).toBe("Month/day/year (10/31/2026)");
    expect((await fieldBox("Customer master (limits, grades)")).textContent).toBe("Limits (table on Master)");
    // The as-of date is not remembered: it is today.
    expect(screen.getByLabelText("As-of date")).toHaveProperty("value", "2026-10-31");
  });

  it("falls back to its own guess when the remembered source is gone, and keeps the other options", async () => {
    const host = standardHost();
    host.settings.set(LAST_RUN_SETTING, {
      source: { kind: "sheet", sheet: "Deleted" },
      mapping: { customer: "Whatever" },
      basis: "due",
      buckets: "10,20",
      groupBy: "customer",
      dayOrder: "auto",
      master: null,
    });
    renderAging(host);
    const source = await sourceBox();
    await waitFor(() => expect(source.textContent).toBe("Ledger"));
    expect(describedText(await fieldBox("Customer"))).toBe("High");
    expect(screen.getByRole("textbox", { name: "Bucket boundaries (days)" })).toHaveProperty(
      "value",
      "10,20",
    );
  });

  it("ignores a stored value it cannot read, and warns when the setting cannot be read at all", async () => {
    const host = standardHost();
    host.settings.set(LAST_RUN_SETTING, "not an object");
    const first = renderAging(host);
    await waitFor(async () => expect((await sourceBox()).textContent).toBe("Ledger"));
    expect(screen.getByRole("textbox", { name: "Bucket boundaries (days)" })).toHaveProperty(
      "value",
      "30,60,90,120",
    );
    first.unmount();

    const failing = new MemoryHost(host.sheets, host.tables);
    failing.getSetting = () => Promise.reject(new Error("settings store locked"));
    renderAging(failing);
    expect(
      await screen.findByText(
        "The options of the last run could not be read, so the defaults are shown: Something went wrong: settings store locked",
      ),
    ).toBeTruthy();
  });
});

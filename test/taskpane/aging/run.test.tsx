import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { LAST_RUN_SETTING } from "../../../src/taskpane/views/aging";
import { deferred, MemoryHost } from "../_lib/memoryHost";
import { choose, fieldBox, renderAging, sourceBox, standardHost } from "./_lib/agingFixtures";

// Whole flows through Fluent in jsdom take a few seconds each, more with two test workers side by side.
jest.setTimeout(30_000);

const runButton = () => screen.getByRole("button", { name: "Run aging" });

/** The figure shown under a term in a summary card. */
function figure(card: HTMLElement, term: string): string {
  return within(card).getByText(term).nextSibling?.textContent ?? "";
}

/** Waits until the ledger's columns are detected, so Run is enabled. */
async function ready() {
  await waitFor(() => expect(runButton()).toHaveProperty("disabled", false));
}

describe("aging view: run", () => {
  it("runs with progress, shows the summary and writes the report sheet", async () => {
    const host = standardHost();
    const gate = deferred();
    // Hold the read before its second block (rows 5–8 of 8), after one block of four rows.
    host.beforeBlock = (index) => (index === 1 ? gate.promise : undefined);
    const { user } = renderAging(host);
    await ready();
    await user.click(runButton());

    const progress = await screen.findByRole("progressbar", { name: "Reading the ledger" });
    await screen.findByText("4 of 8 rows");
    expect(progress.getAttribute("aria-valuenow")).toBe("0.5");
    expect(screen.getByRole("button", { name: "Cancel" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Run aging" })).toBeNull();
    gate.resolve();

    await screen.findByText("Report written to sheet Aging 2026-10-31.");
    expect(screen.queryByRole("progressbar")).toBeNull();

    // As of 2026-10-31, due basis:
    //   ACME A1 1,000.00 due 2026-10-01 → 30 days past due → 1-30
    //   ACME A2   500.00 due 2026-11-30 → not due
    //   Beta B1   250.50 due 2026-08-01 → 31 (Aug) + 30 (Sep) + 30 (to Oct 31) = 91 days → 91-120
    //   Beta B2 (due 2026-02-30, no such day) and the row without a customer are not read: 99 + 10 = 109.00.
    // Total open 1,000 + 500 + 250.50 = 1,750.50; overdue 1,000 + 250.50 = 1,250.50; 1,250.50 / 1,750.50 = 71.437 % → 71.4 %.
    const card = screen.getByRole("group", { name: "Currency USD" });
    expect(figure(card, "Total open")).toBe("1,750.50");
    expect(figure(card, "Overdue")).toBe("71.4%");
    expect(figure(card, "Open items")).toBe("3");
    expect(figure(card, "Rows not read")).toBe("2 (109.00)");
    expect(within(card).getByRole("img").getAttribute("aria-label")).toBe(
      "Open amount by age: Not due 500.00; 1-30 1,000.00; 31-60 0.00; 61-90 0.00; 91-120 250.50; 121+ 0.00",
    );

    expect(host.written.map((spec) => spec.name)).toEqual(["Aging 2026-10-31"]);
    const [title, options] = host.written[0]?.blocks[0]?.rows ?? [];
    expect(title?.[0]).toBe("Receivables aging as of 2026-10-31");
    expect(options?.[0]).toEqual(expect.stringContaining("Source: Ledger"));
  });

  it("cancels a run: the signal is aborted and nothing is written or saved", async () => {
    const host = standardHost();
    const gate = deferred();
    host.beforeBlock = (index) => (index === 1 ? gate.promise : undefined);
    const { user } = renderAging(host);
    await ready();
    await user.click(runButton());
    await screen.findByText("4 of 8 rows");

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(host.runOptions[0]?.signal?.aborted).toBe(true);
    gate.resolve();

    await screen.findByText("The run was cancelled. Nothing was written to the workbook.");
    expect(host.written).toEqual([]);
    expect(host.settings.has(LAST_RUN_SETTING)).toBe(false);
    expect(screen.queryByRole("heading", { name: "Result" })).toBeNull();
    expect(runButton()).toHaveProperty("disabled", false);
  });

  it("selects the cell of a rejected row when it is clicked", async () => {
    const host = standardHost();
    const { user } = renderAging(host);
    await ready();
    await user.click(runButton());
    const rejected = await screen.findByRole("heading", { name: "Rows not read (2)" });
    const section = rejected.closest("section") as HTMLElement;

    // The used range starts at B3 and the header is on row 5: "Due date" is the 4th header → column B + 3 = E.
    // Beta B2 is the 4th data row: sheet row 5 + 4 = 9.
    await user.click(within(section).getByRole("button", { name: "Row 9, Due date" }));
    // The row without a customer is sheet row 10; "Customer" is the first header → column B.
    await user.click(within(section).getByRole("button", { name: "Row 10, Customer" }));
    expect(host.selections).toEqual([
      { sheet: "Ledger", address: "E9" },
      { sheet: "Ledger", address: "B10" },
    ]);
  });

  it("lists at most 200 rejected rows and says how many there are", async () => {
    const rows = [
      ["Customer", "Due date", "Amount"],
      ...Array.from({ length: 205 }, (_, i) => [`C${i}`, "not a date", 1]),
    ];
    const host = new MemoryHost([{ name: "Bad", rows }]);
    host.blockRows = 100;
    const { user } = renderAging(host);
    await ready();
    await user.click(runButton());
    await screen.findByRole("heading", { name: "Rows not read (205)" });
    expect(
      screen.getByText("The first 200 of 205 are listed; the report sheet lists them all."),
    ).toBeTruthy();
    expect(screen.getAllByRole("button", { name: /^Row \d+, Due date$/ })).toHaveLength(200);
  });

  it("explains a report name held by the user's own sheet, and still shows the result", async () => {
    const host = standardHost();
    host.sheets.push({ name: "Aging 2026-10-31", rows: [["my notes"]] });
    const { user } = renderAging(host);
    await ready();
    await user.click(runButton());
    const bar = await screen.findByRole("group", { name: "The report was not written" });
    expect(bar.textContent).toContain(
      "A sheet named Aging 2026-10-31 already exists and was not written by CreditKit, so it was left as it is.",
    );
    expect(host.written).toEqual([]);
    expect(screen.getByRole("group", { name: "Currency USD" })).toBeTruthy();
  });

  it("shows why a run failed when the host throws", async () => {
    const host = standardHost();
    const { user } = renderAging(host);
    await ready();
    host.sheets.splice(1, 1); // The ledger sheet is deleted after the view listed it.
    await user.click(runButton());
    const bar = await screen.findByRole("group", { name: "The run failed" });
    expect(bar.textContent).toContain("The sheet Ledger is no longer in the workbook.");
  });

  it("refuses a ledger without a customer column with the problem in an error bar", async () => {
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
    await choose(user, await sourceBox(), "Zork");
    await ready();
    await user.click(runButton());
    expect(await screen.findByRole("group", { name: "The ledger cannot be aged as it is" })).toBeTruthy();
    expect(host.written).toEqual([]);
  });

  it("ages at the as-of date typed and names the report after it", async () => {
    const host = standardHost();
    const { user } = renderAging(host);
    await ready();
    const asOf = screen.getByLabelText("As-of date");
    expect(asOf).toHaveProperty("value", "2026-10-31");
    fireEvent.change(asOf, { target: { value: "2026-09-30" } });
    await user.click(runButton());
    // The sheet "Aging 2026-09-30" was written by CreditKit before, so it is replaced.
    await screen.findByText("Report written to sheet Aging 2026-09-30.");
    // As of 2026-09-30: A1 (due 10-01) and A2 are not due; B1 due 08-01 is 31 + 29 = 60 days past due → 31-60.
    // Overdue 250.50 / 1,750.50 = 14.31 % → 14.3 %.
    const card = screen.getByRole("group", { name: "Currency USD" });
    expect(figure(card, "Overdue")).toBe("14.3%");
    expect(within(card).getByRole("img").getAttribute("aria-label")).toBe(
      "Open amount by age: Not due 1,500.00; 1-30 0.00; 31-60 250.50; 61-90 0.00; 91-120 0.00; 121+ 0.00",
    );
  });

  it("checks the options before a run", async () => {
    renderAging(standardHost());
    await ready();
    const buckets = screen.getByRole("textbox", { name: "Bucket boundaries (days)" });
    fireEvent.change(buckets, { target: { value: "30,sixty" } });
    expect(
      screen.getByText(
        'buckets, boundary 2 ("sixty") is not a whole number of days; use boundaries such as 30,60,90,120.',
      ),
    ).toBeTruthy();
    expect(runButton()).toHaveProperty("disabled", true);
    fireEvent.change(buckets, { target: { value: "30,60" } });
    expect(runButton()).toHaveProperty("disabled", false);

    fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "" } });
    expect(screen.getByText("Enter the date to age the ledger at, such as 2026-10-31.")).toBeTruthy();
    expect(runButton()).toHaveProperty("disabled", true);
  });

  it("passes the credit sales and shows DSO", async () => {
    const host = standardHost();
    const { user } = renderAging(host);
    await ready();
    await user.click(screen.getByRole("button", { name: "More options" }));
    const sales = screen.getByRole("textbox", { name: "Credit sales of the last 365 days" });
    fireEvent.change(sales, { target: { value: "-5" } });
    expect(
      screen.getByText("Enter an amount above 0, such as 1825000, or leave the field blank."),
    ).toBeTruthy();
    fireEvent.change(sales, { target: { value: "36,500" } });
    await user.click(runButton());
    await screen.findByText("Report written to sheet Aging 2026-10-31.");
    // DSO = receivables / credit sales × days = 1,750.50 / 36,500 × 365 = 17.505 days → 17.5.
    expect(figure(screen.getByRole("group", { name: "Currency USD" }), "DSO (days)")).toBe("17.5");
  });

  it("reads the customer master chosen under More options", async () => {
    const host = standardHost();
    const { user } = renderAging(host);
    await ready();
    await user.click(screen.getByRole("button", { name: "More options" }));
    await choose(user, await fieldBox("Customer master (limits, grades)"), "Limits (table on Master)");
    await user.click(runButton());
    await screen.findByText("Report written to sheet Aging 2026-10-31.");
    // With a master the report's customer table gains the limit, utilisation and grade columns.
    const cells = host.written[0]?.blocks.flatMap((block) => block.rows.flat()) ?? [];
    expect(cells).toContain("Credit limit");
  });
});

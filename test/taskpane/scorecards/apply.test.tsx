import { screen, waitFor, within } from "@testing-library/react";
import { deferred, MemoryHost } from "../_lib/memoryHost";
import {
  choose,
  formulasOf,
  renderScorecards,
  scoresBook,
  valuesOf,
  WRITING,
} from "./_lib/scorecardsFixtures";

// Whole flows through Fluent in jsdom take a few seconds each, more with two test workers side by side.
jest.setTimeout(120_000);

const applySection = () => within(screen.getByRole("region", { name: "Apply a card to customers" }));
const applyButton = () => applySection().getByRole("button", { name: "Apply card" });
const mappingBox = (name: string) => applySection().getByRole("combobox", { name });

/** The text of the field around a mapping dropdown: its label, its value and its hint. */
const fieldText = (name: string) => mappingBox(name).closest(".fui-Field")?.textContent ?? "";

/** Waits until the customer table is read and its mapping shows. */
async function mappingShown() {
  await screen.findByRole("heading", { name: "Columns" });
}

// The book's table: Customer, Payment history, Current ratio, Years in business, Open balance, Monthly
// purchases, Terms in A1:G1, four customers in rows 2–5.
const SOURCE = "Customers!A1:G5";

describe("scorecards view: apply a card to customers", () => {
  it("proposes the card and the table, shows the proposed columns, applies them and shows the summary", async () => {
    const book = await scoresBook();
    const { user } = renderScorecards(book);
    expect((await screen.findByRole("combobox", { name: "Card sheet" })).textContent).toBe("Scorecard");
    expect(mappingBox("Customer table or sheet").textContent).toBe("Customers");
    await mappingShown();

    // By header: the customer, payment-history scores as they are, current ratio and years through bands,
    // and the figures of the limit.
    expect(mappingBox("Customer").textContent).toBe("Customer");
    expect(mappingBox("Payment history").textContent).toBe("Payment history");
    expect(fieldText("Payment history")).not.toContain("Through bands");
    expect(mappingBox("Solvency").textContent).toBe("Current ratio");
    expect(fieldText("Solvency")).toContain("Through bands (current ratio)");
    expect(mappingBox("Years in business").textContent).toBe("Years in business");
    expect(fieldText("Years in business")).toContain("Through bands (years in business)");
    expect(mappingBox("Exposure (open receivables)").textContent).toBe("Open balance");
    expect(mappingBox("Monthly purchases").textContent).toBe("Monthly purchases");
    expect(mappingBox("Terms (days)").textContent).toBe("Terms");
    // 19 factors + 9 fields = 28 items; 7 in use, so 21 are not shown until asked for.
    expect(applySection().getAllByRole("combobox")).toHaveLength(2 + 7);
    await user.click(applySection().getByRole("button", { name: "Show all items (21 not used)" }));
    expect(applySection().getAllByRole("combobox")).toHaveLength(2 + 28);
    expect(mappingBox("Litigation record").textContent).toBe("Not used");

    await user.click(applyButton());
    await screen.findByText("Scores written", {}, WRITING);
    expect(
      screen.getByText(
        `Scored 4 customers of ${SOURCE} with card “Scorecard” on sheet “Scores”: 3 factors mapped (2 through bands).`,
        { exact: false },
      ),
    ).toBeTruthy();
    expect(book.sheetNames()).toEqual(["Scorecard", "Customers", "Scores"]);
    // The Scores sheet reads the mapped columns of the customers: B (scores), C and D (through bands), E–G.
    const read = formulasOf(book, "Scores").join(" ");
    for (const column of ["A", "B", "C", "D", "E", "F", "G"]) expect(read).toContain(`Customers!${column}2`);

    await user.click(screen.getByRole("button", { name: "Go to sheet Scores" }));
    expect(book.selection).toEqual({ sheet: "Scores", address: "A1" });
  });

  it("applies the columns as the user changed them", async () => {
    const book = await scoresBook();
    const { user } = renderScorecards(book);
    await mappingShown();
    await choose(user, mappingBox("Solvency"), "Not used");
    await choose(user, mappingBox("Exposure (open receivables)"), "Not used");
    // Years in business now from the terms column: numbers above 5, so through the years' bands.
    await choose(user, mappingBox("Years in business"), "Terms");
    expect(fieldText("Years in business")).toContain("Through bands (years in business)");
    // A row set to "not used" stays where it was.
    expect(mappingBox("Solvency").textContent).toBe("Not used");

    await user.click(applyButton());
    await screen.findByText("Scores written", {}, WRITING);
    // Payment history and years in business: 2 factors, 1 through bands.
    expect(screen.getByText(/: 2 factors mapped \(1 through bands\)\.$/)).toBeTruthy();
    const read = formulasOf(book, "Scores").join(" ");
    // Neither the current ratio (C), nor the years (D), nor the balance (E) is read any more.
    for (const column of ["C", "D", "E"]) expect(read).not.toContain(`Customers!${column}2`);
    expect(read).toContain("Customers!G2");
  });

  it("shows a blocked problem's message: no customer column, a sheet that is not a card", async () => {
    const book = await scoresBook();
    const { user } = renderScorecards(book);
    await mappingShown();
    await choose(user, mappingBox("Customer"), "Not used");
    await user.click(applyButton());
    const title = await screen.findByText("The card cannot be applied yet");
    expect(title.parentElement?.textContent).toContain(
      `No column of ${SOURCE} names the customer; choose it in the mapping (headers: Customer, Payment history, ` +
        "Current ratio, Years in business, Open balance, Monthly purchases, Terms).",
    );

    await choose(user, mappingBox("Customer"), "Customer");
    await choose(user, applySection().getByRole("combobox", { name: "Card sheet" }), "Customers");
    await user.click(applyButton());
    await waitFor(() =>
      expect(screen.getByText("The card cannot be applied yet").parentElement?.textContent).toContain(
        "Sheet “Customers” is not a weighted risk-factor card: cell B6 should hold factor.",
      ),
    );
    expect(book.sheetNames()).toEqual(["Scorecard", "Customers"]);
  });

  it("cancels a run: the signal is aborted and nothing is written", async () => {
    const book = await scoresBook();
    const host = new MemoryHost([await valuesOf(book, "Scorecard"), await valuesOf(book, "Customers")]);
    host.blockRows = 2;
    const { user } = renderScorecards(host);
    await mappingShown();
    const gate = deferred();
    host.beforeBlock = (index) => (index === 1 ? gate.promise : undefined);
    await user.click(applyButton());
    // Five rows (header + four customers), held after the first block of two.
    await screen.findByText("2 of 5 rows");
    expect(screen.getByRole("progressbar", { name: "Reading the customers" })).toBeTruthy();
    await user.click(applySection().getByRole("button", { name: "Cancel" }));
    expect(host.runOptions.at(-1)?.signal?.aborted).toBe(true);
    gate.resolve();
    await screen.findByText("Cancelled. Nothing was written to the workbook.");
    expect(host.written).toEqual([]);
    expect(applyButton()).toHaveProperty("disabled", false);
  });

  it("is used with the keyboard alone: Tab reaches Apply and Space applies", async () => {
    const book = await scoresBook();
    const { user } = renderScorecards(book);
    await mappingShown();
    const apply = applyButton();
    for (let presses = 0; presses < 40 && document.activeElement !== apply; presses++) await user.tab();
    expect(document.activeElement).toBe(apply);
    await user.keyboard(" ");
    await screen.findByText("Scores written", {}, WRITING);
  });
});

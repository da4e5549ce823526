import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { type CellInput, type SheetSpec } from "../../../src/core/report";
import { HostError } from "../../../src/host";
import { createI18n } from "../../../src/i18n";
import { ScorecardsView } from "../../../src/taskpane/views/ScorecardsView";
import { MemoryHost } from "../_lib/memoryHost";
import { renderScorecards } from "./_lib/scorecardsFixtures";

// Whole flows through Fluent in jsdom take a few seconds each, more with two test workers side by side.
jest.setTimeout(30_000);

const insertSection = () => within(screen.getByRole("region", { name: "Insert a template" }));
const insertButton = () => insertSection().getByRole("button", { name: "Insert" });

/** Every formula a written sheet holds. */
function formulas(spec: SheetSpec): string[] {
  return spec.blocks.flatMap((block) =>
    block.rows.flatMap((row: readonly CellInput[]) =>
      row.flatMap((cell) =>
        cell !== null && typeof cell === "object" && "formula" in cell ? [cell.formula] : [],
      ),
    ),
  );
}

/** The text in A1 of a written sheet: the template's title. */
const title = (spec: SheetSpec | undefined) => spec?.blocks[0]?.rows[0]?.[0];

describe("scorecards view: insert a template", () => {
  it.each([
    // The template's sheet name and title, and its first input: the first factor score, the amount
    // collected, the first expert's first rating.
    ["Weighted risk-factor card", "Scorecard", "Weighted risk-factor scorecard", "D6"],
    ["Three-indicator rating", "Customer rating", "Three-indicator customer rating", "B6"],
    ["Expert panel", "Expert panel", "Expert panel and blended assessment", "B6"],
  ])("inserts the %s as sheet %s and selects its first input cell", async (kind, sheet, heading, first) => {
    const host = new MemoryHost([{ name: "Notes", rows: [["Read me"]] }]);
    const { user } = renderScorecards(host);
    await user.click(await screen.findByRole("radio", { name: kind }));
    await user.click(insertButton());
    await screen.findByText(`Inserted the template as sheet ${sheet}. Fill in its yellow cells.`);
    expect(host.written.map((spec) => spec.name)).toEqual([sheet]);
    expect(title(host.written[0])).toBe(heading);
    expect(host.selections).toEqual([{ sheet, address: first }]);
    expect(host.sheets.map((s) => s.name)).toEqual(["Notes", sheet]);
  });

  it("writes CREDIT functions in the add-in form and none in the portable form", async () => {
    const host = new MemoryHost([{ name: "Notes", rows: [["Read me"]] }]);
    const { user } = renderScorecards(host);
    await screen.findByRole("region", { name: "Insert a template" });
    await user.click(insertButton());
    await screen.findByText(/^Inserted the template as sheet Scorecard\./);
    await user.click(insertSection().getByRole("radio", { name: "Portable" }));
    await user.click(insertButton());
    await screen.findByText(/^Inserted the template as sheet Scorecard \(2\)\./);
    const [addin, portable] = host.written;
    expect(formulas(addin as SheetSpec).some((f) => f.includes("CREDIT."))).toBe(true);
    expect(formulas(portable as SheetSpec).length).toBeGreaterThan(0);
    expect(formulas(portable as SheetSpec).filter((f) => f.includes("CREDIT."))).toEqual([]);
  });

  it("never replaces a sheet: a taken name becomes Name (2), then Name (3)", async () => {
    const users = [["My own scorecard"], ["Acme", 4]];
    // The user's sheet, spelt in another case: Excel's sheet names ignore case, so it takes the name too.
    const host = new MemoryHost([{ name: "scorecard", rows: users }]);
    const { user } = renderScorecards(host);
    await user.click(await screen.findByRole("radio", { name: "Weighted risk-factor card" }));
    await user.click(insertButton());
    await screen.findByText(/^Inserted the template as sheet Scorecard \(2\)\./);
    // "Scorecard (2)" is CreditKit's own now, and still not replaced by the next insert.
    await user.click(insertButton());
    await screen.findByText(/^Inserted the template as sheet Scorecard \(3\)\./);
    expect(host.written.map((spec) => spec.name)).toEqual(["Scorecard (2)", "Scorecard (3)"]);
    expect(host.sheets.map((s) => s.name)).toEqual(["scorecard", "Scorecard (2)", "Scorecard (3)"]);
    expect(host.sheets[0]?.rows).toBe(users);
    expect(host.sheets[0]?.owned).toBeUndefined();
  });

  it("offers a newly inserted weighted card as the card to apply", async () => {
    const host = new MemoryHost([{ name: "Notes", rows: [["Read me"]] }]);
    const { user } = renderScorecards(host);
    const card = await screen.findByRole("combobox", { name: "Card sheet" });
    expect(card.textContent).toBe("Choose the card's sheet");
    await user.click(insertButton());
    await waitFor(() => expect(card.textContent).toBe("Scorecard"));
  });

  it("says why a template could not be written, and the workbook keeps its sheets", async () => {
    const host = new MemoryHost([{ name: "Notes", rows: [["Read me"]] }]);
    host.writeFailure = new HostError("hostFailure", {}, "the workbook is protected");
    const { user } = renderScorecards(host);
    await user.click(await screen.findByRole("radio", { name: "Expert panel" }));
    await user.click(insertButton());
    const title = await screen.findByText("The template was not inserted");
    expect(title.parentElement?.textContent).toContain("the workbook is protected");
    expect(host.sheets.map((s) => s.name)).toEqual(["Notes"]);
    expect(host.selections).toEqual([]);
  });

  it("is used with the keyboard alone: arrows choose the template, Enter inserts", async () => {
    const host = new MemoryHost([{ name: "Notes", rows: [["Read me"]] }]);
    const { user } = renderScorecards(host);
    const weighted = await screen.findByRole("radio", { name: "Weighted risk-factor card" });
    // Tab from the top of the view reaches the template radios first.
    await user.tab();
    expect(document.activeElement).toBe(weighted);
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Three-indicator rating" })).toHaveProperty("checked", true);
    // Past the form radios to the Insert button.
    await user.tab();
    expect(document.activeElement).toBe(
      insertSection().getByRole("radio", { name: "With CreditKit functions" }),
    );
    await user.tab();
    expect(document.activeElement).toBe(insertButton());
    await user.keyboard("{Enter}");
    await screen.findByText(/^Inserted the template as sheet Customer rating\./);
  });
});

describe("scorecards view: without a workbook", () => {
  it("says what it does and that no workbook is connected", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nextProvider i18n={createI18n("en")}>
          <ScorecardsView />
        </I18nextProvider>
      </FluentProvider>,
    );
    expect(screen.getByRole("heading", { name: "Customer scorecards" })).toBeTruthy();
    expect(
      screen.getByText(/^No workbook is connected, so there is nowhere to insert a scorecard yet\./),
    ).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });
});

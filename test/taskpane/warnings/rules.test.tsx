import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { WARNING_SETTINGS_KEY } from "../../../src/app/warnings/warningSettingsStore";
import { type SettingValue } from "../../../src/host";
import { createI18n } from "../../../src/i18n";
import { WarningsView } from "../../../src/taskpane/views/WarningsView";
import { plantedHost, renderWarnings, runButton } from "./_lib/warningsFixtures";

jest.setTimeout(30_000);

/** The list item of a rule, found by its switch. */
async function ruleItem(name: string): Promise<HTMLElement> {
  const toggle = await screen.findByRole("switch", { name });
  return toggle.closest("li") as HTMLElement;
}

/** The stored rules of the workbook, as JSON. */
const stored = (host: ReturnType<typeof plantedHost>) =>
  host.settings.get(WARNING_SETTINGS_KEY) as
    { rules: Record<string, { enabled: boolean; thresholds: Record<string, number> }> } | undefined;

describe("warnings view: rules", () => {
  it("lists every rule of DESIGN §3.9, switched on, with its severity and thresholds", async () => {
    renderWarnings(plantedHost());
    await screen.findByRole("switch", { name: "Over credit limit" });
    const switches = screen.getAllByRole("switch");
    expect(switches).toHaveLength(12);
    for (const toggle of switches) expect(toggle).toHaveProperty("checked", true);
    const nearLimit = await ruleItem("Near credit limit");
    // Shares are shown as percentages; the description fills the thresholds in.
    expect(
      within(nearLimit).getByRole("textbox", { name: "Utilisation for a low-severity warning" }),
    ).toHaveProperty("value", "80");
    expect(nearLimit.textContent).toContain("has reached 80% (low severity) or 90% (medium severity)");
    expect(within(nearLimit).getByText("Medium")).toBeTruthy();
  });

  it("saves a rule switched off in the workbook, and the run leaves it out", async () => {
    const host = plantedHost();
    const { user } = renderWarnings(host);
    await user.click(await screen.findByRole("switch", { name: "Concentration" }));
    await waitFor(() => expect(stored(host)?.rules.concentration?.enabled).toBe(false));
    expect(stored(host)?.rules["veto-late"]).toEqual({ enabled: true, thresholds: { days: 10 } });
    await waitFor(() => expect(runButton()).toHaveProperty("disabled", false));
    await user.click(runButton());
    await screen.findByRole("heading", { name: "Result" });
    // The ledger alone gives veto lateness twice and Delta's concentration; with concentration off, only the two.
    expect(screen.queryByRole("heading", { name: /^Medium/ })).toBeNull();
    expect(screen.getByRole("heading", { name: "High (2)" })).toBeTruthy();
    const sheet = host.written[0];
    expect(JSON.stringify(sheet?.blocks)).toContain("Switched off");
  });

  it("saves a threshold typed as a percentage as a share, and refuses what the checks would refuse", async () => {
    const host = plantedHost();
    renderWarnings(host);
    const nearLimit = await ruleItem("Near credit limit");
    const low = within(nearLimit).getByRole("textbox", { name: "Utilisation for a low-severity warning" });
    const medium = within(nearLimit).getByRole("textbox", {
      name: "Utilisation for a medium-severity warning",
    });

    fireEvent.change(low, { target: { value: "75%" } });
    await waitFor(() =>
      expect(stored(host)?.rules["near-limit"]?.thresholds).toEqual({ low: 0.75, medium: 0.9 }),
    );

    fireEvent.change(low, { target: { value: "120" } });
    expect(within(nearLimit).getByText("Enter a number from 0 to 100.")).toBeTruthy();
    fireEvent.change(medium, { target: { value: "70" } });
    expect(
      within(nearLimit).getByText("This cannot be below “Utilisation for a low-severity warning”."),
    ).toBeTruthy();
    fireEvent.change(medium, { target: { value: "lots" } });
    expect(within(nearLimit).getByText("Enter a number.")).toBeTruthy();
    // Nothing that cannot run reached the workbook.
    expect(stored(host)?.rules["near-limit"]?.thresholds).toEqual({ low: 0.75, medium: 0.9 });

    const review = await ruleItem("Credit review due");
    fireEvent.change(within(review).getByRole("textbox", { name: "Months since the last review" }), {
      target: { value: "6.5" },
    });
    expect(within(review).getByText("Enter a whole number.")).toBeTruthy();
  });

  it("starts from the rules stored in the workbook", async () => {
    const host = plantedHost();
    const rules: SettingValue = {
      version: 1,
      rules: { "veto-late": { enabled: true, thresholds: { days: 15 } }, "grade-d": { enabled: false } },
    };
    host.settings.set(WARNING_SETTINGS_KEY, rules);
    renderWarnings(host);
    const veto = await ruleItem("Veto lateness (rating D)");
    expect(within(veto).getByRole("textbox", { name: "Days past due" })).toHaveProperty("value", "15");
    expect(veto.textContent).toContain("15 or more days past due");
    expect(screen.getByRole("switch", { name: "Grade D customer" })).toHaveProperty("checked", false);
  });

  it("shows the defaults, and says why, when the stored rules cannot be read", async () => {
    const host = plantedHost();
    host.settings.set(WARNING_SETTINGS_KEY, { version: 1, rules: { "over-limt": { enabled: false } } });
    renderWarnings(host);
    const bar = await screen.findByText(/^The warning rules stored in this workbook could not be read/);
    expect(bar.textContent).toContain('"over-limt"');
    expect(screen.getAllByRole("switch").every((toggle) => (toggle as HTMLInputElement).checked)).toBe(true);
  });
});

describe("warnings view: language", () => {
  it("speaks Traditional Chinese, rules included", async () => {
    renderWarnings(plantedHost(), "zh-TW");
    expect(await screen.findByRole("switch", { name: "超出信用額度" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "執行檢查" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "明細工作表或表格" })).toBeTruthy();
  });

  it("says what it will do, and that no workbook is connected, without a host", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nextProvider i18n={createI18n("en")}>
          <WarningsView />
        </I18nextProvider>
      </FluentProvider>,
    );
    expect(screen.getByRole("heading", { name: "Early warnings" })).toBeTruthy();
    expect(screen.getByText(/^No workbook is connected, so there is nothing to check yet/)).toBeTruthy();
  });
});

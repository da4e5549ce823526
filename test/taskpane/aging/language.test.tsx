import "../setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { type MemoryHost } from "../_lib/memoryHost";
import { describedText, standardHost } from "./_lib/agingFixtures";

// Whole flows through Fluent in jsdom take a few seconds each, more with two test workers side by side.
jest.setTimeout(30_000);

function renderApp(host: MemoryHost) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App version="1.0.0" host={host} />
    </FluentProvider>,
  );
  return user;
}

describe("aging view in the app", () => {
  it("shows its labels in Simplified and Traditional Chinese after a language switch", async () => {
    const user = renderApp(standardHost());
    await waitFor(async () =>
      expect((await screen.findByRole("combobox", { name: "Ledger sheet or table" })).textContent).toBe(
        "Ledger",
      ),
    );

    await user.click(screen.getByRole("tab", { name: "Settings" }));
    // The aging view stays mounted but hidden, out of the accessibility tree.
    expect(screen.queryByRole("combobox", { name: "Ledger sheet or table" })).toBeNull();
    await user.click(screen.getByRole("radio", { name: "简体中文" }));
    await user.click(screen.getByRole("tab", { name: "账龄" }));
    const panel = screen.getByRole("tabpanel", { name: "账龄" });
    expect(within(panel).getByRole("heading", { name: "应收台账" })).toBeTruthy();
    expect(within(panel).getByRole("combobox", { name: "台账工作表或表格" }).textContent).toBe("Ledger");
    expect(within(panel).getByRole("heading", { name: "识别出的列" })).toBeTruthy();
    const customer = within(panel).getByRole("combobox", { name: "客户" });
    expect(customer.textContent).toBe("Customer");
    expect(describedText(customer)).toBe("可信");
    expect(describedText(within(panel).getByRole("combobox", { name: "账期（天）" }))).toBe("未找到");
    expect(within(panel).getByLabelText("截止日期")).toBeTruthy();
    expect(within(panel).getByRole("button", { name: "计算账龄" })).toBeTruthy();

    await user.click(screen.getByRole("tab", { name: "设置" }));
    await user.click(screen.getByRole("radio", { name: "繁體中文" }));
    await user.click(screen.getByRole("tab", { name: "帳齡" }));
    expect(screen.getByRole("combobox", { name: "明細工作表或表格" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "偵測到的欄位" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "客戶" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "計算帳齡" })).toBeTruthy();
  });

  it("keeps a finished run's result when the user visits another view and comes back", async () => {
    const host = standardHost();
    const user = renderApp(host);
    const run = await screen.findByRole("button", { name: "Run aging" });
    await waitFor(() => expect(run).toHaveProperty("disabled", false));
    await user.click(run);
    await screen.findByText("Report written to sheet", { exact: false });
    await user.click(screen.getByRole("tab", { name: "Warnings" }));
    await user.click(screen.getByRole("tab", { name: "Aging" }));
    expect(screen.getByRole("group", { name: "Currency USD" })).toBeTruthy();
    expect(host.written).toHaveLength(1);
  });
});

import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App, type AppProps } from "../../src/taskpane/App";
import { type LanguageStorage, languageStorageKey } from "../../src/taskpane/languagePreference";

/** A storage double that records writes and can be told to fail like a locked-down webview. */
function memoryStorage(initial: Record<string, string> = {}, fail: { get?: boolean; set?: boolean } = {}) {
  const items = new Map(Object.entries(initial));
  const storage: LanguageStorage = {
    getItem: (key) => {
      if (fail.get === true) throw new DOMException("blocked", "SecurityError");
      return items.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (fail.set === true) throw new DOMException("full", "QuotaExceededError");
      items.set(key, value);
    },
  };
  return { storage, items };
}

function renderApp(props: Partial<AppProps> = {}) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App version="9.8.7" {...props} />
    </FluentProvider>,
  );
  return { user, ...view };
}

const tab = (name: string) => screen.getByRole("tab", { name });
const selectedTab = () => screen.getByRole("tab", { selected: true });

/** Asserts the tabs' accessible names, in order (textContent would include Fluent's hidden width reservers). */
function expectTabs(names: string[]) {
  expect(screen.getAllByRole("tab")).toEqual(names.map(tab));
}

const descriptions = {
  aging:
    "Age the open invoices of a ledger sheet by due date, with totals per customer, a report sheet and a provision matrix.",
  warnings:
    "Check every customer against your warning rules, such as over the credit limit or long overdue, and list who needs action first.",
  scorecards:
    "Score customers on weighted risk factors, grade them and recommend a credit limit for each one.",
};

describe("App shell", () => {
  it("shows the product name, the four views as tabs and opens on Aging", () => {
    renderApp();
    expect(screen.getByRole("heading", { level: 1, name: "CreditKit" })).toBeTruthy();
    const tablist = screen.getByRole("tablist", { name: "Views" });
    expect(within(tablist).getAllByRole("tab")).toHaveLength(4);
    expectTabs(["Aging", "Warnings", "Scorecards", "Settings"]);
    expect(tab("Aging").getAttribute("aria-selected")).toBe("true");
    const panel = screen.getByRole("tabpanel", { name: "Aging" });
    expect(within(panel).getByRole("heading", { name: "Receivables aging" })).toBeTruthy();
    expect(within(panel).getByText(descriptions.aging)).toBeTruthy();
  });

  it.each([
    ["Warnings", "Early warnings", descriptions.warnings],
    ["Scorecards", "Customer scorecards", descriptions.scorecards],
  ])("navigates to %s and shows its empty state", async (name, title, description) => {
    const { user } = renderApp();
    await user.click(tab(name));
    expect(tab(name).getAttribute("aria-selected")).toBe("true");
    expect(tab("Aging").getAttribute("aria-selected")).toBe("false");
    const panel = screen.getByRole("tabpanel", { name });
    expect(within(panel).getByRole("heading", { name: title })).toBeTruthy();
    expect(within(panel).getByText(description)).toBeTruthy();
    expect(screen.queryByText(descriptions.aging)).toBeNull();
  });

  it("points every tab at the panel and names the panel after the selected tab", async () => {
    const { user } = renderApp();
    await user.click(tab("Settings"));
    const panel = screen.getByRole("tabpanel", { name: "Settings" });
    for (const element of screen.getAllByRole("tab")) {
      expect(element.getAttribute("aria-controls")).toBe(panel.id);
    }
  });

  it("shows the language choices and the version under About in Settings", async () => {
    const { user } = renderApp();
    await user.click(tab("Settings"));
    const group = screen.getByRole("radiogroup", { name: "Interface language" });
    expect(within(group).getAllByRole("radio")).toEqual(
      ["Follow Office (English)", "English", "简体中文", "繁體中文"].map((name) =>
        screen.getByRole("radio", { name }),
      ),
    );
    expect(screen.getByRole("radio", { name: "Follow Office (English)" })).toHaveProperty("checked", true);
    expect(screen.getByRole("heading", { name: "About" })).toBeTruthy();
    expect(
      screen.getByText(
        "CreditKit 9.8.7. Everything runs on this computer; no workbook data is sent anywhere.",
      ),
    ).toBeTruthy();
  });
});

describe("interface language", () => {
  it("switches every label to Simplified and then Traditional Chinese, and remembers the choice", async () => {
    const { storage, items } = memoryStorage();
    const { user, container } = renderApp({ storage });
    await user.click(tab("Settings"));

    await user.click(screen.getByRole("radio", { name: "简体中文" }));
    expectTabs(["账龄", "预警", "评分卡", "设置"]);
    expect(screen.getByRole("tablist", { name: "视图" })).toBeTruthy();
    expect(screen.getByRole("radiogroup", { name: "界面语言" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "关于" })).toBeTruthy();
    expect(items.get(languageStorageKey)).toBe("zh-CN");
    expect(container.querySelector("[lang='zh-CN']")).not.toBeNull();

    await user.click(screen.getByRole("radio", { name: "繁體中文" }));
    expectTabs(["帳齡", "預警", "評分卡", "設定"]);
    expect(screen.getByRole("radiogroup", { name: "介面語言" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "跟隨 Office（English）" })).toBeTruthy();
    expect(items.get(languageStorageKey)).toBe("zh-TW");

    await user.click(screen.getByRole("tab", { name: "帳齡" }));
    expect(
      screen.getByText(
        "依到期日分析應收明細工作表中未沖銷發票的帳齡，產生各客戶合計、報表工作表及減損準備矩陣。",
      ),
    ).toBeTruthy();
  });

  it("follows Office's display language until the user overrides it", async () => {
    const { storage, items } = memoryStorage();
    const { user } = renderApp({ officeLanguage: "zh-HK", storage });
    expect(selectedTab()).toBe(tab("帳齡"));
    await user.click(tab("設定"));
    expect(screen.getByRole("radio", { name: "跟隨 Office（繁體中文）" })).toHaveProperty("checked", true);

    await user.click(screen.getByRole("radio", { name: "English" }));
    expect(tab("Settings")).toBeTruthy();
    await user.click(screen.getByRole("radio", { name: "Follow Office (繁體中文)" }));
    expect(tab("設定")).toBeTruthy();
    expect(items.get(languageStorageKey)).toBe("office");
  });

  it("starts in the remembered language, whatever Office's language is", () => {
    const { storage } = memoryStorage({ [languageStorageKey]: "zh-CN" });
    renderApp({ officeLanguage: "en-US", storage });
    expect(selectedTab()).toBe(tab("账龄"));
  });

  it("ignores a stored value that is not a language choice", () => {
    const { storage } = memoryStorage({ [languageStorageKey]: "klingon" });
    renderApp({ officeLanguage: "zh-CN", storage });
    expect(selectedTab()).toBe(tab("账龄"));
  });

  it("warns in Settings when storage cannot be read, and still switches language", async () => {
    const { storage } = memoryStorage({}, { get: true, set: true });
    const { user } = renderApp({ storage });
    await user.click(tab("Settings"));
    expect(
      screen.getByText(
        "This environment cannot remember your choice. It applies until the task pane is closed.",
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole("radio", { name: "繁體中文" }));
    expect(screen.getByText("目前的環境無法記住您的選擇，在關閉工作窗格之前有效。")).toBeTruthy();
  });

  it("warns only after a save fails when reading worked", async () => {
    const { storage } = memoryStorage({}, { set: true });
    const { user } = renderApp({ storage });
    await user.click(tab("Settings"));
    expect(screen.queryByText(/cannot remember your choice/)).toBeNull();
    await user.click(screen.getByRole("radio", { name: "English" }));
    expect(screen.getByText(/cannot remember your choice/)).toBeTruthy();
  });

  it("runs without storage and does not warn", async () => {
    const { user } = renderApp();
    await user.click(tab("Settings"));
    await user.click(screen.getByRole("radio", { name: "简体中文" }));
    expect(tab("设置").getAttribute("aria-selected")).toBe("true");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByText(/无法保存/)).toBeNull();
  });
});

describe("keyboard", () => {
  it("reaches the selected tab with Tab, moves with arrow keys and activates with Enter or Space", async () => {
    const { user } = renderApp();
    await user.tab();
    expect(document.activeElement).toBe(tab("Aging"));

    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(tab("Warnings"));
    // Focus alone does not switch views (Fluent's default): the user confirms with Enter.
    expect(tab("Aging").getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{Enter}");
    expect(tab("Warnings").getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText(descriptions.warnings)).toBeTruthy();

    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(document.activeElement).toBe(tab("Settings"));
    await user.keyboard(" ");
    expect(screen.getByRole("radiogroup", { name: "Interface language" })).toBeTruthy();

    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(tab("Scorecards"));
    await user.keyboard("{Enter}");
    expect(screen.getByText(descriptions.scorecards)).toBeTruthy();
  });

  it("reaches the language choices from the tabs and changes language with arrow keys", async () => {
    const { user } = renderApp();
    await user.click(tab("Settings"));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Follow Office (English)" }));
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "English" })).toHaveProperty("checked", true);
    await user.keyboard("{ArrowDown}");
    expect(tab("设置")).toBeTruthy();
  });
});

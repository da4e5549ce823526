// The task pane as Excel shows it, in Chromium: its labels in 简体中文 and 繁體中文, every view at
// Excel's narrowest (320 px) and a wide (450 px) pane in the light and dark themes without sideways
// scrolling, axe-core's accessibility rules on each view, and every control reachable with Tab.
import { translations } from "../../src/functions/metadata/translations";
import { eventually, expectAttribute, expectText } from "./_lib/eventually";
import { axeViolations, horizontalOverflow, walkWithTab } from "./_lib/paneChecks";
import {
  describeInBrowser,
  playgroundPerTest,
  type OpenPlayground,
  pane,
  screenshot,
  sheetTab,
} from "./_lib/playground";

const PANE = "#creditkit-pane";
const VIEWS = ["Aging", "Warnings", "Scorecards", "Settings"] as const;

/** Runs aging with its defaults, so the Aging view also shows its result (its widest state). */
async function runAging(open: OpenPlayground): Promise<void> {
  const view = pane(open.page);
  const run = view.getByRole("button", { name: "Run aging" });
  expect(await eventually(() => run.isEnabled(), Boolean)).toBe(true);
  await view.getByLabel("As-of date").fill("2026-10-31");
  await run.click();
  await expectAttribute(sheetTab(open.page, "Aging 2026-10-31"), "aria-selected", "true");
  await view.getByRole("heading", { name: "Result" }).waitFor();
}

async function showView(open: OpenPlayground, view: string): Promise<void> {
  const tab = pane(open.page).getByRole("tab", { name: view });
  await tab.click();
  await expectAttribute(tab, "aria-selected", "true");
}

describeInBrowser("the task pane in the playground", () => {
  const openPage = playgroundPerTest();

  it("switches to 简体中文 and 繁體中文: the pane's labels change, and the page's", async () => {
    const open = await openPage();
    const { page } = open;
    const tabs = pane(page).getByRole("tablist");
    const labels = () => tabs.getByRole("tab").allInnerTexts();
    expect(await labels()).toEqual(["Aging", "Warnings", "Scorecards", "Settings"]);

    await showView(open, "Settings");
    await pane(page).getByRole("radio", { name: "简体中文" }).check();
    expect(await eventually(labels, (now) => now[0] === "账龄")).toEqual(["账龄", "预警", "评分卡", "设置"]);
    await expectText(page.getByRole("button", { name: "下载 .xlsx" }), "下载 .xlsx");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    // The formula autocomplete follows: CREDIT.GRADE described from the zh-CN table.
    const bar = page.getByRole("combobox", { name: "编辑栏" });
    await bar.click();
    await bar.fill("=CREDIT.GRADE");
    await expectText(
      page.getByRole("listbox", { name: "CREDIT 函数" }).getByRole("option").first(),
      new RegExp(escapeRegExp(translations.GRADE?.["zh-CN"].description ?? "?")),
    );
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await showView(open, "账龄");
    await screenshot(page, "pane-zh-CN", { docs: "task-pane-chinese" });

    await showView(open, "设置");
    await pane(page).getByRole("radio", { name: "繁體中文" }).check();
    expect(await eventually(labels, (now) => now[0] === "帳齡")).toEqual(["帳齡", "預警", "評分卡", "設定"]);
    await expectText(page.getByRole("button", { name: "下載 .xlsx" }), "下載 .xlsx");
    await showView(open, "帳齡");
    await screenshot(page, "pane-zh-TW");
  });

  for (const width of [320, 450]) {
    for (const theme of ["light", "dark"] as const) {
      it(`fits every view in a ${width} px pane, ${theme}, without sideways scrolling`, async () => {
        const open = await openPage({ query: `?pane=${width}&theme=${theme}` });
        const { page } = open;
        const box = await page.locator(PANE).boundingBox();
        expect(box?.width).toBe(width);
        await runAging(open);
        for (const view of VIEWS) {
          await showView(open, view);
          expect({ view, overflow: await horizontalOverflow(page, PANE) }).toEqual({ view, overflow: 0 });
          await screenshot(page, `pane-${width}-${theme}-${view.toLowerCase()}`);
        }
      });
    }
  }

  for (const theme of ["light", "dark"] as const) {
    it(`has no serious or critical axe-core violations in any view (${theme})`, async () => {
      const open = await openPage({ query: `?theme=${theme}` });
      const { page } = open;
      await runAging(open);
      for (const view of VIEWS) {
        await showView(open, view);
        const violations = await axeViolations(page, PANE);
        const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect({ view, blocking }).toEqual({ view, blocking: [] });
      }
    });
  }

  it("reaches every control of every view with Tab alone", async () => {
    const open = await openPage();
    const { page } = open;
    await runAging(open);
    for (const view of VIEWS) {
      await showView(open, view);
      const walk = await walkWithTab(page, PANE);
      expect(walk.controls.length).toBeGreaterThan(0);
      const missed = walk.controls
        .filter((control) => !walk.reached.includes(control))
        .map((control) => walk.descriptions[control]);
      expect({ view, missed }).toEqual({ view, missed: [] });
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

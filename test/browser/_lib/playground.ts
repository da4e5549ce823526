/**
 * Driving the playground in Debian's Chromium through playwright-core: a fresh profile per test,
 * every console error, page error and failed request collected, screenshots to test-results/browser
 * (and, with CREDITKIT_UPDATE_SCREENSHOTS=1, the chosen ones to docs/screenshots).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { chromiumPath, PLAYGROUND_URL_VARIABLE, SKIP_MESSAGE } from "./chromium";

const root = path.resolve(__dirname, "../../..");
const resultsDir = path.join(root, "test-results", "browser");
const docsDir = path.join(root, "docs", "screenshots");

/**
 * Launch options of every browser test (the list): headless, no sandbox (CI runs as root),
 * no GPU, QUIC or background traffic, a fresh profile.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A playground open in a fresh browser, with what went wrong on the page. */
export interface OpenPlayground {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors, uncaught page errors, failed requests and HTTP errors, in order. */
  readonly problems: string[];
  /** Milliseconds from navigation to the test seeing the sample. */
  readonly loadedAfter: number;
  close(): Promise<void>;
}

/**
 * `describe` for a browser test file: skipped with the reason when Chromium is missing.
 *
 * @example
 * describeInBrowser("the playground", () => { it("…", async () => { … }); });
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumPath() === null || process.env[PLAYGROUND_URL_VARIABLE] === undefined) {
    describe.skip(`${name} (${SKIP_MESSAGE})`, body);
    return;
  }
  describe(name, body);
}

/**
 * For a `describe` block: `openPlayground` for its tests, each playground closed after its test, and the
 * test failed when its page logged a console error, threw, or had a request fail.
 *
 * @example
 * const openPage = playgroundPerTest();
 * it("shows B", async () => {
 *   const { page } = await openPage();
 * });
 */
export function playgroundPerTest(): typeof openPlayground {
  let open: OpenPlayground | undefined;
  afterEach(async () => {
    const problems = open?.problems ?? [];
    await open?.close();
    open = undefined;
    expect(problems).toEqual([]);
  });
  return async (options) => {
    open = await openPlayground(options);
    return open;
  };
}

/**
 * Opens the playground (with `query`, e.g. "?theme=dark&pane=320") and waits until the grid shows
 * the sample workbook.
 *
 * @example
 * const open = await openPlayground();
 * await open.page.getByRole("tab", { name: "Settings" }).click();
 */
export async function openPlayground(
  options: { readonly query?: string; readonly width?: number; readonly height?: number } = {},
): Promise<OpenPlayground> {
  const executablePath = chromiumPath();
  const url = process.env[PLAYGROUND_URL_VARIABLE];
  if (executablePath === null || url === undefined) throw new Error(SKIP_MESSAGE);
  const profile = mkdtempSync(path.join(tmpdir(), "creditkit-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: "en-US",
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const started = Date.now();
  await page.goto(`${url}playground.html${options.query ?? ""}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
  const loadedAfter = Date.now() - started;
  return {
    page,
    context,
    problems,
    loadedAfter,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Saves a screenshot as test-results/browser/<name>.png; with `docs` and CREDITKIT_UPDATE_SCREENSHOTS=1
 * also as docs/screenshots/<docs>.png for the README.
 *
 * @example
 * await screenshot(page, "aging-pane", { docs: "aging-pane" });
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { readonly docs?: string; readonly locator?: Locator } = {},
): Promise<void> {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.png`);
  // No hover effect from the last click in the picture.
  await page.mouse.move(0, 0);
  if (options.locator !== undefined) await options.locator.screenshot({ path: file });
  else await page.screenshot({ path: file });
  if (options.docs !== undefined && process.env.CREDITKIT_UPDATE_SCREENSHOTS === "1") {
    mkdirSync(docsDir, { recursive: true });
    copyFileSync(file, path.join(docsDir, `${options.docs}.png`));
  }
}

/**
 * The task pane of the page.
 *
 * @example
 * await pane(page).getByRole("tab", { name: "Settings" }).click();
 */
export function pane(page: Page): Locator {
  return page.locator("#creditkit-pane");
}

/**
 * The tab of a sheet under the grid.
 *
 * @example
 * await sheetTab(page, "Scorecard").click();
 */
export function sheetTab(page: Page, sheet: string): Locator {
  return page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: sheet, exact: true });
}

/**
 * A cell of the grid by its A1 address (the grid draws only the rows in view: scroll first).
 *
 * @example
 * await expect(await gridCell(page, "B5").textContent()).toBe("B");
 */
export function gridCell(page: Page, address: string): Locator {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (match === null) throw new Error(`not an A1 address: ${address}`);
  const [, column, row] = match;
  return page.locator(`.ag-row[row-index="${Number(row) - 1}"] .ag-cell[col-id="${column}"]`);
}

/**
 * The text of every drawn cell of the grid, by sheet row and column letter (the grid draws the rows
 * and columns in view and a few more: make the window wide enough for a report's columns).
 *
 * @example
 * const rows = await gridTexts(page);
 * rows.get(3)?.A; // the text of A3
 */
export async function gridTexts(page: Page): Promise<Map<number, Record<string, string>>> {
  return new Map(
    await page.evaluate(() =>
      [...document.querySelectorAll(".ag-row[row-index]")].map((row): [number, Record<string, string>] => [
        Number(row.getAttribute("row-index")) + 1,
        Object.fromEntries(
          [...row.querySelectorAll<HTMLElement>(".ag-cell")].map((cell) => [
            cell.getAttribute("col-id") ?? "",
            cell.innerText.trim(),
          ]),
        ),
      ]),
    ),
  );
}

/**
 * Scrolls the grid so that sheet row `row` is drawn (rows are 24 px; a few are taller).
 *
 * @example
 * await scrollGridTo(page, 120);
 */
export async function scrollGridTo(page: Page, row: number): Promise<void> {
  await page.locator(".ag-grid-viewport").evaluate(
    (viewport, top) => {
      viewport.scrollTop = top;
    },
    Math.max(0, (row - 8) * 24),
  );
  await page.locator(`.ag-row[row-index="${row - 1}"]`).waitFor();
}

/**
 * The text of every cell of the sheet shown, by sheet row and column letter, read by scrolling the
 * grid from top to bottom (it draws only the rows in view).
 *
 * @example
 * const sheet = await wholeGridTexts(page);
 * [...sheet].find(([, cells]) => cells.A === "Total");
 */
export async function wholeGridTexts(page: Page): Promise<Map<number, Record<string, string>>> {
  const viewport = page.locator(".ag-grid-viewport");
  const merged = new Map<number, Record<string, string>>();
  for (let top = 0; ; top += 400) {
    const { scrollTop, bottom } = await viewport.evaluate((element, to) => {
      element.scrollTop = to;
      return { scrollTop: element.scrollTop, bottom: element.scrollHeight - element.clientHeight };
    }, top);
    await page.waitForTimeout(120);
    for (const [row, cells] of await gridTexts(page)) merged.set(row, cells);
    if (scrollTop >= bottom) break;
  }
  await viewport.evaluate((element) => {
    element.scrollTop = 0;
  });
  return merged;
}

/**
 * Types into a grid cell as a user does: select it, type, press Enter.
 *
 * @example
 * await typeInCell(page, "A27", "=CREDIT.GRADE(72)");
 */
export async function typeInCell(page: Page, address: string, text: string): Promise<void> {
  const cell = gridCell(page, address);
  await cell.click();
  const [first = "", rest] = [text.slice(0, 1), text.slice(1)];
  await page.keyboard.press(first);
  await cell.locator("input").waitFor();
  await page.keyboard.type(rest ?? "");
  await page.keyboard.press("Enter");
}

/** Parses an amount as the report shows it ("1,234.50", "-16,532.11"). */
export function amountOf(text: string): number {
  return Number(text.replace(/,/g, ""));
}

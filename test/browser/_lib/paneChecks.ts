/**
 * Checks of the task pane in the browser: axe-core's accessibility rules, where Tab goes, and
 * whether anything makes the pane scroll sideways.
 */
import { readFileSync } from "node:fs";
import { type Page } from "playwright-core";

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** One axe-core violation, short enough to read in a failure message. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * The axe-core violations inside the element `selector` (axe's source injected into the page once).
 *
 * @example
 * const serious = (await axeViolations(page, "#creditkit-pane")).filter((v) => v.impact === "critical");
 */
export async function axeViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (within) => {
    type Result = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<Result> } })
      .axe;
    if (document.querySelector(within) === null) throw new Error(`no element ${within}`);
    // Fluent UI's keyboard navigation (tabster) puts invisible <i data-tabster-dummy> sentinels at
    // the edges of a tab list that pass focus on at once; axe reads them as focusable hidden content.
    const context = { include: [[within]], exclude: [["[data-tabster-dummy]"]] };
    const result = await axe.run(context as unknown as Element, { resultTypes: ["violations"] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
  }, selector);
}

/**
 * How far the element scrolls sideways: 0 when its content fits its width.
 *
 * @example
 * expect(await horizontalOverflow(page, "#creditkit-pane")).toBe(0);
 */
export async function horizontalOverflow(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => Math.max(0, element.scrollWidth - element.clientWidth));
}

/** The controls of a container and those Tab reached, by the same names. */
export interface TabWalk {
  /** Every control a keyboard user must reach: one name per control, one per radio group or tab list. */
  readonly controls: readonly string[];
  /** What each control is (its role or tag and its text), for a readable failure. */
  readonly descriptions: Readonly<Record<string, string>>;
  readonly reached: readonly string[];
}

/**
 * Presses Tab from the container's first stop until the focus leaves it, and lists what it reached
 * beside what it should reach. Radios of a group and tabs of a tab list are one stop (arrow keys move
 * within them, as the ARIA patterns say).
 *
 * @example
 * const walk = await walkWithTab(page, "#creditkit-pane");
 * expect(walk.controls.filter((c) => !walk.reached.includes(c))).toEqual([]);
 */
export async function walkWithTab(page: Page, selector: string): Promise<TabWalk> {
  const { controls, descriptions } = await page.evaluate((within) => {
    const root = document.querySelector(within);
    const descriptions: Record<string, string> = {};
    if (root === null) return { controls: [], descriptions };
    const candidates = root.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, [tabindex], [role="tab"], [role="radio"], [role="combobox"], [role="switch"], [role="checkbox"], [role="link"], [role="button"]',
    );
    const names: string[] = [];
    let next = 0;
    for (const element of candidates) {
      // Fluent's focus sentinels pass focus straight on; they are not controls.
      if (element.hasAttribute("data-tabster-dummy")) continue;
      const style = window.getComputedStyle(element);
      const shown = element.getClientRects().length > 0 && style.visibility !== "hidden";
      const disabled =
        (element as HTMLButtonElement).disabled === true || element.getAttribute("aria-disabled") === "true";
      const inert =
        element.getAttribute("tabindex") === "-1" &&
        !["tab", "radio"].includes(element.getAttribute("role") ?? "") &&
        !(element instanceof HTMLInputElement && element.type === "radio");
      if (!shown || disabled || inert) continue;
      let name: string;
      const tabList = element.getAttribute("role") === "tab" ? element.closest('[role="tablist"]') : null;
      if (tabList !== null) {
        tabList.setAttribute("data-walk", tabList.getAttribute("data-walk") ?? `tablist-${next++}`);
        name = tabList.getAttribute("data-walk") ?? "";
      } else if (element instanceof HTMLInputElement && element.type === "radio") {
        name = `radios-${element.name}`;
      } else {
        element.setAttribute("data-walk", element.getAttribute("data-walk") ?? `control-${next++}`);
        name = element.getAttribute("data-walk") ?? "";
      }
      if (!names.includes(name)) {
        names.push(name);
        const text = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40);
        descriptions[name] = `${element.getAttribute("role") ?? element.tagName.toLowerCase()} "${text}"`;
      }
      if (tabList === null && !(element instanceof HTMLInputElement && element.type === "radio")) continue;
      element.setAttribute("data-walk-group", name);
    }
    return { controls: names, descriptions };
  }, selector);
  // Start on the pane's selected view tab, the first stop of the pane (its header has no controls).
  await page.locator(`${selector} [role="tab"][aria-selected="true"]`).first().focus();
  const reached: string[] = [];
  for (let presses = 0; presses < 300; presses++) {
    const stop = await page.evaluate((within) => {
      const active = document.activeElement;
      const root = document.querySelector(within);
      if (active === null || root === null || !root.contains(active)) return null;
      const own = active.closest("[data-walk-group], [data-walk]");
      return own?.getAttribute("data-walk-group") ?? own?.getAttribute("data-walk") ?? "(unnamed)";
    }, selector);
    if (stop === null) break;
    if (!reached.includes(stop)) reached.push(stop);
    await page.keyboard.press("Tab");
  }
  return { controls, descriptions, reached };
}

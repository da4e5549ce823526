/**
 * Waiting for the page to settle before asserting: playwright-core has no retrying `expect`, so a
 * reading is repeated until it matches or the time is up, and the last reading goes to jest's
 * `expect`, whose message then shows what the page had instead.
 */
import { type Locator } from "playwright-core";

/**
 * Reads until `matches` accepts the reading (or `timeout` ms pass) and returns the last reading.
 *
 * @example
 * expect(await eventually(() => cell.innerText(), (text) => text === "B")).toBe("B");
 */
export async function eventually<T>(
  read: () => Promise<T>,
  matches: (value: T) => boolean,
  timeout = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    let value: T;
    try {
      value = await read();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    if (matches(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const fits = (expected: string | RegExp) => (text: string) =>
  typeof expected === "string" ? text === expected : expected.test(text);

/**
 * Asserts the element's visible text, once it has settled.
 *
 * @example
 * await expectText(gridCell(page, "A27"), "B");
 */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  const text = await eventually(() => locator.innerText().then((t) => t.trim()), fits(expected));
  if (typeof expected === "string") expect(text).toBe(expected);
  else expect(text).toMatch(expected);
}

/**
 * Asserts an input's value, once it has settled.
 *
 * @example
 * await expectValue(page.getByRole("combobox", { name: "Formula bar" }), "=CREDIT.GRADE(72)");
 */
export async function expectValue(locator: Locator, expected: string): Promise<void> {
  expect(
    await eventually(
      () => locator.inputValue(),
      (value) => value === expected,
    ),
  ).toBe(expected);
}

/**
 * Asserts how many elements match, once it has settled.
 *
 * @example
 * await expectCount(list.getByRole("option"), 3);
 */
export async function expectCount(locator: Locator, expected: number): Promise<void> {
  expect(
    await eventually(
      () => locator.count(),
      (count) => count === expected,
    ),
  ).toBe(expected);
}

/**
 * Asserts an attribute, once it has settled.
 *
 * @example
 * await expectAttribute(page.getByRole("tab", { name: "Ledger" }), "aria-selected", "true");
 */
export async function expectAttribute(locator: Locator, name: string, expected: string): Promise<void> {
  expect(
    await eventually(
      () => locator.getAttribute(name),
      (value) => value === expected,
    ),
  ).toBe(expected);
}

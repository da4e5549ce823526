import { configure } from "@testing-library/react";

/**
 * jsdom lacks browser APIs Fluent UI v9 calls while rendering: matchMedia (reduced-motion checks)
 * and ResizeObserver (overflow and positioning). Minimal stand-ins that report "no preference" and
 * never fire are enough for the task pane's tests.
 *
 * jsdom also has no layout, and Fluent's keyboard navigation (tabster) skips every element it thinks
 * is not rendered: `offsetParent === null` or a zero-sized `<body>`. Without the two layout stand-ins
 * below, arrow keys in a TabList and Tab out of it do nothing, so keyboard tests could not run.
 */

if (typeof window.matchMedia !== "function") {
  Object.defineProperty(window, "matchMedia", {
    configurable: true,
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

if (typeof window.ResizeObserver !== "function") {
  class ResizeObserverStub implements ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, "ResizeObserver", {
    configurable: true,
    writable: true,
    value: ResizeObserverStub,
  });
}

// user-event's radio arrow keys build a selector with CSS.escape, which jsdom does not provide.
// Simplified CSSOM escape: enough for the generated ids and names Fluent uses.
if (typeof window.CSS?.escape !== "function") {
  const escape = (value: string): string =>
    value
      .replace(/[^\w\u00a0-\uffff-]/g, (character) => `\\${character}`)
      .replace(/^(-?)(\d)/, (_match, dash: string, digit: string) => `${dash}\\3${digit} `);
  Object.defineProperty(window, "CSS", {
    configurable: true,
    writable: true,
    value: { ...window.CSS, escape },
  });
}

// A connected element is "laid out" unless it or an ancestor has display:none, as in a browser.
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement): Element | null {
    if (!this.isConnected || this === document.body) return null;
    const laidOut = (element: HTMLElement | null): boolean =>
      element === null ||
      (!element.hidden &&
        window.getComputedStyle(element).display !== "none" &&
        laidOut(element.parentElement));
    return laidOut(this) ? this.parentElement : null;
  },
});

// A task pane-sized body, so tabster does not think the whole document sits in a hidden frame.
HTMLBodyElement.prototype.getBoundingClientRect = function getBoundingClientRect(): DOMRect {
  return DOMRect.fromRect({ x: 0, y: 0, width: 320, height: 640 });
};

export {};

// findBy/waitFor give up after 1 s by default. On a busy 2-core CI machine a view's first render and a run
// over the in-memory host can take longer than that, which failed tests that pass alone; 10 s still fails a
// view that never gets there.
configure({ asyncUtilTimeout: 10_000 });

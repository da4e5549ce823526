/**
 * Lets the event loop run between blocks of a long operation, so a click on "Cancel" (which aborts
 * the signal) is seen before the next block, in the browser as in Node.
 *
 * @example
 * await yieldToEventLoop();
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

import { existsSync } from "node:fs";

/**
 * Where the browser tests find Chromium: Debian's package (installed by .ci/run), or CHROMIUM_PATH.
 * Null when there is none, and the tests are skipped with a message.
 */
export function chromiumPath(): string | null {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return existsSync(path) ? path : null;
}

/** Why the browser tests do not run here, printed once by the global setup and by each file. */
export const SKIP_MESSAGE =
  "Browser tests skipped: no Chromium at /usr/bin/chromium (install it with `apt-get install chromium`, or set CHROMIUM_PATH).";

/** Environment variables the global setup hands to the test files. */
export const PLAYGROUND_URL_VARIABLE = "CREDITKIT_PLAYGROUND_URL";

// Once per browser test run: build the playground (production, its own webpack config) and serve it
// on a free port. The test files read the address from CREDITKIT_PLAYGROUND_URL.
import { buildPlayground, playgroundDist } from "../../../scripts/playground/buildPlayground";
import { serveStatic, type StaticServer } from "../../../scripts/playground/staticServer";
import { chromiumPath, PLAYGROUND_URL_VARIABLE, SKIP_MESSAGE } from "./chromium";

declare global {
  var creditkitPlaygroundServer: StaticServer | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (chromiumPath() === null) {
    console.log(`\n${SKIP_MESSAGE}`);
    return;
  }
  // CREDITKIT_PLAYGROUND_BUILT=1 reuses dist-playground/ (when iterating on the tests alone).
  if (process.env.CREDITKIT_PLAYGROUND_BUILT !== "1") {
    const started = Date.now();
    console.log("\nBuilding the playground for the browser tests…");
    if (!buildPlayground({ quiet: true })) throw new Error("The playground build failed (see above).");
    console.log(`Built dist-playground/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  const server = await serveStatic(playgroundDist, { port: 0, host: "127.0.0.1" });
  globalThis.creditkitPlaygroundServer = server;
  process.env[PLAYGROUND_URL_VARIABLE] = server.url;
}

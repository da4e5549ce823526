// `npm run playground`: builds the playground and serves it on http://localhost:3000 (PORT to change
// it). `-- --no-build` serves the last build as it is.
import { buildPlayground, playgroundDist } from "./playground/buildPlayground";
import { serveStatic } from "./playground/staticServer";

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  if (!process.argv.includes("--no-build")) {
    console.log("Building the CreditKit playground (dist-playground/)…");
    if (!buildPlayground()) {
      console.error("The playground build failed; see the errors above.");
      process.exit(1);
    }
  }
  try {
    const server = await serveStatic(playgroundDist, { port });
    console.log(`\nCreditKit playground: ${server.url}   (Ctrl+C to stop)`);
  } catch (error) {
    const busy = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
    console.error(
      busy
        ? `Port ${port} is in use (is the add-in's dev server running?). Stop it, or run PORT=3001 npm run playground.`
        : `The playground server could not start: ${String(error)}`,
    );
    process.exit(1);
  }
}

void main();

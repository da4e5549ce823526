/**
 * Builds the playground into dist-playground/ with its own webpack config (never the add-in's, so
 * HyperFormula stays out of dist/).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * The repository's root.
 *
 * @example
 * path.join(repositoryRoot, "dist-playground");
 */
export const repositoryRoot = path.resolve(__dirname, "../..");

/**
 * Where the playground is built.
 *
 * @example
 * serveStatic(playgroundDist, { port: 3000 });
 */
export const playgroundDist = path.join(repositoryRoot, "dist-playground");

/**
 * Runs the production build of the playground; true when it succeeded. Output goes to the terminal.
 *
 * @example
 * if (!buildPlayground()) process.exit(1);
 */
export function buildPlayground(options: { readonly quiet?: boolean } = {}): boolean {
  const webpack = path.join(repositoryRoot, "node_modules", "webpack", "bin", "webpack.js");
  const result = spawnSync(
    process.execPath,
    [webpack, "--config", "webpack.playground.config.js", "--mode", "production"],
    { cwd: repositoryRoot, stdio: options.quiet === true ? "pipe" : "inherit", encoding: "utf8" },
  );
  if (result.status !== 0 && options.quiet === true) process.stderr.write(`${result.stdout}${result.stderr}`);
  return result.status === 0;
}

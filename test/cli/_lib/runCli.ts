import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** The launcher package.json's "bin" points to: the command exactly as a user runs it. */
export const BIN_PATH = path.resolve(__dirname, "../../../bin/creditkit.js");

/** Each spawn starts Node and tsx and loads HyperFormula (1–2 s, more when both cores are busy). */
export const CLI_TIMEOUT_MS = 120_000;

/** What one run of the command left behind. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `creditkit …args` in a child process and resolves with its exit status and output, whatever
 * the status. The locale is pinned to C so messages are English unless a test passes `--lang`.
 *
 * @example
 * const { code, stdout } = await runCli(["eval", "=CREDIT.GRADE(72)"]); // 0, "B\n"
 */
export function runCli(args: readonly string[]): Promise<CliRun> {
  const env = { ...process.env, LANG: "C", LC_ALL: "", LC_MESSAGES: "" };
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN_PATH, ...args],
      { env, encoding: "utf8", timeout: CLI_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          // Not an exit status: the spawn itself failed or the run timed out.
          reject(new Error(`creditkit ${args.join(" ")} did not run: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/**
 * A fresh directory under the system's temp folder, and a function that removes it.
 *
 * @example
 * const dir = await tempDir(); // { path: "/tmp/creditkit-cli-Ab12Cd", remove }
 */
export async function tempDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "creditkit-cli-"));
  return { path: dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Checks the failure contract: a message of one or two sentences on stderr, no stack trace, nothing
 * on stdout. Returns the message.
 *
 * @example
 * const message = expectUserFailure(await runCli(["calc", "missing.xlsx"]), 1);
 */
export function expectUserFailure(run: CliRun, code: 1 | 2): string {
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code, stdout: "" });
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/Error:|node:internal/);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]?.length).toBeGreaterThan(10);
  return lines[0] ?? "";
}

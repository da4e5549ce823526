// Lints several probe texts with the project's real ESLint config in one process (jest's sandbox
// cannot load the ES-module config itself). Input on stdin: [{ code, filePath }]; output on
// stdout: for each probe, the messages of the import-boundary rules.
import { ESLint } from "eslint";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const probes = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { code, filePath } of probes) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(
    (result?.messages ?? [])
      .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals")
      .map((m) => m.message),
  );
}
process.stdout.write(JSON.stringify(out));

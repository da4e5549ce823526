// `npm start`: runs CreditKit where it can run.
// - Windows or macOS with desktop Excel: sideloads the add-in into Excel and starts the dev server
//   (office-addin-debugging), exactly like the Office templates do.
// - Anywhere else (Linux, CI, no Excel): serves the add-in on https://localhost:3000 and says how
//   to sideload it into Excel on the web.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) =>
  path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function desktopExcelInstalled() {
  if (process.platform === "darwin") return existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    const roots = [process.env["ProgramFiles"], process.env["ProgramFiles(x86)"]].filter(Boolean);
    return roots.some((dir) =>
      ["Microsoft Office/root/Office16/EXCEL.EXE", "Microsoft Office/Office16/EXCEL.EXE"].some((exe) =>
        existsSync(path.join(dir, exe)),
      ),
    );
  }
  return false;
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
}

if (desktopExcelInstalled()) {
  run(bin("office-addin-debugging"), [
    "start",
    "manifest.xml",
    "desktop",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    "3000",
  ]);
} else {
  console.log(
    [
      "No desktop Excel on this machine, so CreditKit is served for Excel on the web:",
      "  1. The dev server starts on https://localhost:3000 (trust its certificate when asked).",
      "  2. In Excel on the web: Home > Add-ins > More Add-ins > Upload My Add-in > choose manifest.xml.",
      "  3. Open Home > Credit Control, or type =CREDIT.GRADE(72) in a cell.",
      "",
    ].join("\n"),
  );
  run(bin("webpack"), ["serve", "--mode", "development"]);
}

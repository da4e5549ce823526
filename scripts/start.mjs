// `npm start`: runs CreditKit where it can run.
// - Windows or macOS with desktop Excel: sideloads the add-in into Excel and starts the dev server
//   (office-addin-debugging), exactly like the Office templates do.
// - Anywhere else (Linux, CI, no Excel): builds and serves the browser playground — the real task
//   pane beside a live formula grid — on http://localhost:3000, and says in one line how to sideload
//   the add-in into Excel on the web instead.
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
    "No desktop Excel here, so `npm start` runs the browser playground. For Excel on the web instead: " +
      "`npm run dev-server`, then Home > Add-ins > More Add-ins > Upload My Add-in > manifest.xml.\n",
  );
  run(bin("tsx"), ["scripts/playground.ts"]);
}

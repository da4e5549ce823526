// Preloaded into a benchmarked child process: reports its peak resident memory (kB) on exit.
"use strict";
process.on("exit", () => {
  process.stderr.write(`\nMAXRSS_KB ${process.resourceUsage().maxRSS}\n`);
});

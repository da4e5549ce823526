// `npm run bench`: speed figures for the README. Not a test: nothing here fails a build.
import os from "node:os";
import { benchAging } from "./aging";
import { benchFunctions } from "./functions";
import { printResults } from "./measure";
import { benchScorecard } from "./scorecard";
import { benchScores } from "./scores";
import { benchWarnings } from "./warnings";

console.log(
  `CreditKit benchmarks — Node ${process.version}, ${os.cpus().length} CPU(s): ${os.cpus()[0]?.model ?? "unknown"}`,
);
printResults(benchFunctions());
printResults(benchAging());
printResults(benchWarnings());
printResults(benchScorecard());
void benchScores().then(printResults);

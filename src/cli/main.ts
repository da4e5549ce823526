/**
 * `creditkit`: CREDIT formulas, recalculation and credit reports outside Excel, on the embedded
 * workbook host. Exit status: 0 success (an Excel error value is a result), 1 a failure explained
 * on stderr in a sentence or two (and `check --fail-on` finding a warning at or above that severity,
 * after printing the warnings), 2 wrong usage.
 */
import { Argument, Command, CommanderError, Option } from "commander";
import { translate } from "../i18n";
import { version } from "../../package.json";
import { CliError } from "./cliError";
import { runAgingCommand } from "./commands/agingCommand";
import { runCalc } from "./commands/calcCommand";
import { runCheckCommand } from "./commands/checkCommand";
import { runEval } from "./commands/evalCommand";
import { type ScoreCommandOptions, runScoreCommand } from "./commands/scoreCommand";
import { runScorecardFitCommand, type ScorecardFitOptions } from "./commands/scorecardCommand";
import { runTemplateCommand, type TemplateKind } from "./commands/templateCommand";
import { cliLanguage } from "./language";

const language = cliLanguage(process.argv.slice(2), process.env);
const t = (key: string, params: Record<string, string | number> = {}): string =>
  translate(language, `cli:${key}`, params);

/** Progress is for people: it goes to stderr, and only when stderr is a terminal. */
const progress = (text: string): void => {
  if (process.stderr.isTTY) process.stderr.write(`${text}\n`);
};

function print(text: string): void {
  if (text !== "") process.stdout.write(`${text}\n`);
}

function buildProgram(): Command {
  const program = new Command("creditkit")
    .description(t("description"))
    .version(version, "-V, --version", t("options.version"))
    .helpOption("-h, --help", t("options.help"))
    .addOption(new Option("--lang <code>", t("options.lang")).choices(["en", "zh-CN", "zh-TW"]))
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ outputError: () => undefined });
  program.helpCommand("help [command]", t("options.help"));

  program
    .command("eval")
    .description(t("eval.description"))
    .argument("<formula>", t("eval.formula"))
    .option("--json", t("options.json"))
    .helpOption("-h, --help", t("options.help"))
    .action((formula: string, options: { json?: boolean }) => {
      print(runEval(formula, options, language));
    });

  program
    .command("calc")
    .description(t("calc.description"))
    .argument("<book>", t("calc.book"))
    .option("--out <file>", t("options.out"))
    .option("--json", t("options.json"))
    .helpOption("-h, --help", t("options.help"))
    .action(async (book: string, options: { json?: boolean; out?: string }) => {
      print(await runCalc(book, options, language, { progress }, t));
    });

  program
    .command("aging")
    .description(t("aging.description"))
    .argument("<ledger>", t("aging.ledger"))
    .option("--sheet <name>", t("aging.sheet"))
    .option("--as-of <date>", t("aging.asOf"))
    .addOption(new Option("--basis <basis>", t("aging.basis")).choices(["due", "invoice"]))
    .option("--buckets <edges>", t("aging.buckets"))
    .addOption(new Option("--date-order <order>", t("aging.dateOrder")).choices(["ymd", "mdy", "dmy"]))
    .option("--map <mapping>", t("aging.map"))
    .addOption(
      new Option("--group-by <field>", t("aging.groupBy")).choices(["customer", "salesperson", "region"]),
    )
    .option("--json", t("options.json"))
    .option("--out <file>", t("aging.out"))
    .helpOption("-h, --help", t("options.help"))
    .action(async (ledger: string, options: Parameters<typeof runAgingCommand>[1]) => {
      print(await runAgingCommand(ledger, options, language, progress));
    });

  program
    .command("check")
    .description(t("check.description"))
    .argument("<book>", t("check.book"))
    .option("--sheet <name>", t("check.sheet"))
    .option("--master <sheet>", t("check.master"))
    .option("--history <sheet>", t("check.history"))
    .option("--as-of <date>", t("check.asOf"))
    .option("--rules <file>", t("check.rules"))
    .option("--json", t("options.json"))
    .option("--out <file>", t("check.out"))
    .addOption(new Option("--fail-on <severity>", t("check.failOn")).choices(["high", "medium", "low"]))
    .helpOption("-h, --help", t("options.help"))
    .action(async (book: string, options: Parameters<typeof runCheckCommand>[1]) => {
      const { output, failure } = await runCheckCommand(book, options, language, progress);
      // Findings are printed whatever --fail-on decides; the status and a one-line summary come after.
      print(output);
      if (failure !== null) throw failure;
    });

  program
    .command("template")
    .description(t("template.description"))
    .addArgument(new Argument("<kind>", t("template.kind")).choices(["weighted", "rating", "expert"]))
    .option("--portable", t("template.portable"))
    .requiredOption("--out <file>", t("template.out"))
    .helpOption("-h, --help", t("options.help"))
    .action(async (kind: TemplateKind, options: { portable?: boolean; out: string }) => {
      print(await runTemplateCommand(kind, options, language));
    });

  program
    .command("score")
    .description(t("score.description"))
    .argument("<book>", t("score.book"))
    .requiredOption("--card <sheet>", t("score.card"))
    .requiredOption("--table <name>", t("score.table"))
    .option("--map <mapping>", t("score.map"))
    .option("--portable", t("score.portable"))
    .option("--json", t("score.json"))
    .requiredOption("--out <file>", t("score.out"))
    .helpOption("-h, --help", t("options.help"))
    .action(async (book: string, options: ScoreCommandOptions) => {
      print(await runScoreCommand(book, options, language));
    });

  const scorecard = program
    .command("scorecard")
    .description(t("scorecard.description"))
    .helpOption("-h, --help", t("options.help"));
  scorecard
    .command("fit")
    .description(t("scorecard.fit.description"))
    .argument("<history>", t("scorecard.fit.history"))
    .requiredOption("--target <column>", t("scorecard.fit.target"))
    .option("--good <value>", t("scorecard.fit.good"))
    .option("--sheet <name>", t("scorecard.fit.sheet"))
    .option("--json", t("options.json"))
    .option("--out <file>", t("scorecard.fit.out"))
    .helpOption("-h, --help", t("options.help"))
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .action(async (history: string, options: ScorecardFitOptions) => {
      print(await runScorecardFitCommand(history, options, language, progress));
    });

  for (const command of program.commands)
    command.exitOverride().configureOutput({ outputError: () => undefined });
  return program;
}

/** The command named in argv, for the usage hint ("creditkit calc --help"). */
function commandName(argv: readonly string[]): string {
  return (
    argv.find(
      (a) =>
        a === "eval" ||
        a === "calc" ||
        a === "aging" ||
        a === "check" ||
        a === "template" ||
        a === "score" ||
        a === "scorecard",
    ) ?? ""
  );
}

/**
 * Commander's complaint as a sentence, then where to find the usage: "unknown option '--x'. Run
 * creditkit eval --help for usage."
 */
function usageMessage(commanderMessage: string, command: string): string {
  const message = commanderMessage.replace(/^error: /, "");
  const sentence = /[.!?。]$/.test(message) ? message : `${message}.`;
  const text = t("errors.usage", { message: sentence, command });
  // Without a command the template leaves two spaces: "creditkit  --help".
  return command === "" ? text.replace("creditkit  --help", "creditkit --help") : text;
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
      // Asked for (`creditkit help`) it is a success; shown because no command was given, wrong usage.
      if (error.code === "commander.help") return error.exitCode === 0 ? 0 : 2;
      process.stderr.write(`${usageMessage(error.message, commandName(argv))}\n`);
      return 2;
    }
    if (error instanceof CliError) {
      process.stderr.write(`${t(error.key, error.params)}\n`);
      return error.exitCode;
    }
    process.stderr.write(
      `${t("errors.unexpected", { reason: error instanceof Error ? error.message : String(error) })}\n`,
    );
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

/**
 * End-to-end tests of `creditkit eval`, usage, help and version: the real launcher in bin/ spawned
 * as a user runs it, output and exit status checked against the README contract.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { CLI_TIMEOUT_MS, expectUserFailure, runCli, tempDir } from "./_lib/runCli";

jest.setTimeout(CLI_TIMEOUT_MS);

// CREDIT.AGING({100,200},{45000,45100},45200) by hand (DESIGN §3.5, due basis, edges 30,60,90,120):
// 100 due on 45000 is 45200 − 45000 = 200 days past due → "121+";
// 200 due on 45100 is 45200 − 45100 = 100 days past due → "91-120" (91 ≤ 100 ≤ 120).
const AGING_FORMULA = "=CREDIT.AGING({100,200},{45000,45100},45200)";
const AGING_LABELS = ["Not due", "1-30", "31-60", "61-90", "91-120", "121+"];
const AGING_SUMS = [0, 0, 0, 0, 200, 100];

describe("creditkit eval", () => {
  it("prints a scalar alone on one line and a spill as tab-separated rows, or both as JSON", async () => {
    const [grade, aging, gradeJson, agingJson] = await Promise.all([
      // ABCD scale: B from 70 up to (not including) 85
      runCli(["eval", "=CREDIT.GRADE(72)"]),
      runCli(["eval", AGING_FORMULA]),
      runCli(["eval", "=CREDIT.GRADE(72)", "--json"]),
      runCli(["eval", AGING_FORMULA, "--json"]),
    ]);
    expect(grade).toEqual({ code: 0, stdout: "B\n", stderr: "" });
    expect(aging).toEqual({
      code: 0,
      stdout: "Not due\t1-30\t31-60\t61-90\t91-120\t121+\n0\t0\t0\t0\t200\t100\n",
      stderr: "",
    });
    expect(gradeJson).toEqual({ code: 0, stdout: '{"value":"B"}\n', stderr: "" });
    expect(agingJson.code).toBe(0);
    expect(JSON.parse(agingJson.stdout)).toEqual({ value: [AGING_LABELS, AGING_SUMS] });
  });

  it("prints an Excel error as its code, a tab and its message, with exit status 0", async () => {
    const [text, json] = await Promise.all([
      runCli(["eval", '=CREDIT.GRADE("abc")']),
      runCli(["eval", '=CREDIT.GRADE("abc")', "--json"]),
    ]);
    expect({ code: text.code, stderr: text.stderr }).toEqual({ code: 0, stderr: "" });
    const match = /^#VALUE!\t(.+)\n$/.exec(text.stdout);
    expect(match).not.toBeNull();
    const message = match?.[1] ?? "";
    // the message names the argument and the value the user gave, in a sentence
    expect(message).toContain("score");
    expect(message).toContain('"abc"');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ error: "#VALUE!", message });
  });

  it("refuses a formula that does not parse with a one-line message and exit status 1", async () => {
    const message = expectUserFailure(await runCli(["eval", "=SUM(1,"]), 1);
    // a sentence for people, naming the formula, not the parser's token dump or an i18n key
    expect(message).toContain("=SUM(1,");
    expect(message).not.toMatch(/Parsing error|Token|errors\./);
  });
});

describe("usage, help and version", () => {
  it("exits 2 on an unknown option or without a command, pointing to --help", async () => {
    const [unknownOption, noCommand] = await Promise.all([
      runCli(["eval", "=CREDIT.GRADE(72)", "--bogus"]),
      runCli([]),
    ]);
    const message = expectUserFailure(unknownOption, 2);
    // commander's complaint is made a sentence before the pointer to the help
    expect(message).toContain("unknown option '--bogus'. Run");
    expect(message).toContain("creditkit eval --help");
    // without a command the overview of the commands goes to stderr, not to a pipe reading stdout
    expect({ code: noCommand.code, stdout: noCommand.stdout }).toEqual({ code: 2, stdout: "" });
    expect(noCommand.stderr).toContain("Usage: creditkit");
  });

  it("prints package.json's version", async () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("shows each command's help with its options, exit status 0", async () => {
    const [evalHelp, calcHelp, agingHelp] = await Promise.all([
      runCli(["eval", "--help"]),
      runCli(["calc", "--help"]),
      runCli(["aging", "--help"]),
    ]);
    const expected: [typeof evalHelp, string, string[]][] = [
      [evalHelp, "creditkit eval [options] <formula>", ["--json", "--help"]],
      [calcHelp, "creditkit calc [options] <book>", ["--out <file>", "--json", "--help"]],
      [
        agingHelp,
        "creditkit aging [options] <ledger>",
        [
          "--sheet <name>",
          "--as-of <date>",
          "--basis <basis>",
          "--buckets <edges>",
          "--date-order <order>",
          "--map <mapping>",
          "--json",
          "--out <file>",
          "--help",
        ],
      ],
    ];
    for (const [run, usage, options] of expected) {
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
      expect(run.stdout).toContain(`Usage: ${usage}`);
      for (const option of options) expect(run.stdout).toContain(option);
    }
    // the choices a user may type are listed, so a wrong one can be corrected from the help alone
    // (help wraps at the terminal's width, so the words are compared with the wrapping undone)
    const agingWords = agingHelp.stdout.replace(/\s+/g, " ");
    expect(agingWords).toContain('(choices: "due", "invoice")');
    expect(agingWords).toContain('(choices: "ymd", "mdy", "dmy")');
  });
});

describe("creditkit template", () => {
  it("writes a portable card with no CREDIT function in it, and refuses an unknown kind as wrong usage", async () => {
    const dir = await tempDir();
    try {
      const out = path.join(dir.path, "card.xlsx");
      const [written, unknown] = await Promise.all([
        runCli(["template", "weighted", "--portable", "--out", out]),
        runCli(["template", "bogus", "--out", out]),
      ]);
      expect(written).toEqual({ code: 0, stdout: `Wrote ${out}.\n`, stderr: "" });
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      // The portable form holds no CREDIT function: it must work without the add-in.
      const formulas: string[] = [];
      book.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.formula) formulas.push(cell.formula);
          }),
        ),
      );
      expect(formulas.length).toBeGreaterThan(10);
      expect(formulas.filter((f) => /CREDIT\./i.test(f))).toEqual([]);
      expect(expectUserFailure(unknown, 2)).toMatch(/bogus/);
    } finally {
      await dir.remove();
    }
  });
});

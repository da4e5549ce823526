import { CREDIT_FUNCTIONS } from "../../src/functions/registry";
import { FUNCTION_EXAMPLES } from "../../src/functions/metadata/examples";
import { exampleFormula, resultText } from "../../src/functions/metadata/exampleText";

// The examples of the reference page and the README, run through the real implementations: what
// the documentation says a cell shows is what it shows. Each expectation is worked out by hand
// beside the example in src/functions/metadata/examples.ts.
describe("documented examples", () => {
  it("exist for every function", () => {
    expect(Object.keys(FUNCTION_EXAMPLES).sort()).toEqual(CREDIT_FUNCTIONS.map((f) => f.id).sort());
  });

  it.each(CREDIT_FUNCTIONS.map((f) => [f.id, f] as const))("%s shows what the reference says", (id, spec) => {
    const example = FUNCTION_EXAMPLES[id];
    if (!example) throw new Error(`no example for ${id}`);
    const args = spec.repeating
      ? example.args
      : [...example.args, ...Array(spec.params.length).fill(null)].slice(
          0,
          Math.max(spec.params.length, example.args.length),
        );
    expect(resultText(spec.impl(args), example.digits)).toBe(example.shows);
  });

  it("renders formulas as a user types them", () => {
    expect(exampleFormula("SCORE", [[[5, 4, 3]], [[0.5, 0.3, 0.2]]])).toBe(
      "=CREDIT.SCORE({5,4,3},{0.5,0.3,0.2})",
    );
    expect(exampleFormula("AGEBUCKET", ["2026-09-15", "2026-10-31"])).toBe(
      '=CREDIT.AGEBUCKET("2026-09-15","2026-10-31")',
    );
    expect(exampleFormula("CORE", [[[500], [300]]])).toBe("=CREDIT.CORE({500;300})");
  });
});

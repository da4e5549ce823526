import { CREDIT_FUNCTIONS } from "../../../src/functions/registry";
import { buildFunctionAssets } from "../../../src/functions/metadata/build";
import { type FunctionsJson } from "../../../src/functions/metadata/types";
import { englishMetadata } from "./englishMetadata";

const DEV = "https://localhost:3000/";
const PROD = "https://credit.example.com/";

describe("functions.json generated from functions.ts", () => {
  let english: FunctionsJson;
  beforeAll(async () => {
    english = await englishMetadata();
  });

  it("declares exactly the functions of the registry, with the same parameters", () => {
    expect(english.functions.map((f) => f.id).sort()).toEqual(CREDIT_FUNCTIONS.map((f) => f.id).sort());
    for (const spec of CREDIT_FUNCTIONS) {
      const fn = english.functions.find((f) => f.id === spec.id);
      expect(fn?.name).toBe(spec.id);
      expect(fn?.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
      fn?.parameters.forEach((p, i) => {
        const declared = spec.params[i];
        // A range parameter must be a matrix so Excel passes the whole range, and vice versa.
        expect({ id: spec.id, name: p.name, matrix: p.dimensionality === "matrix" }).toEqual({
          id: spec.id,
          name: p.name,
          matrix: declared?.kind === "range",
        });
        expect({ id: spec.id, name: p.name, optional: Boolean(p.optional) }).toEqual({
          id: spec.id,
          name: p.name,
          optional: Boolean(declared?.optional) || spec.repeating,
        });
      });
      expect(Boolean(fn?.parameters.at(-1)?.repeating)).toBe(spec.repeating);
      expect(fn?.result?.dimensionality === "matrix").toBe(spec.spills);
    }
  });

  it("names every function CREDIT.<NAME> with at least three letters, no cell-reference look-alikes", () => {
    for (const fn of english.functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9]{2,}$/);
      // A name like AB12 would read as a cell reference.
      expect(fn.id).not.toMatch(/^[A-Z]{1,3}[0-9]+$/);
      expect(fn.id).toBe(fn.name);
    }
  });

  it("describes every function and every parameter, and links each to its anchor in the reference", () => {
    for (const fn of english.functions) {
      expect(fn.description?.trim()).toBeTruthy();
      for (const p of fn.parameters)
        expect({ id: fn.id, p: p.name, ok: Boolean(p.description?.trim()) }).toEqual({
          id: fn.id,
          p: p.name,
          ok: true,
        });
      expect(fn.helpUrl).toBe(`${DEV}reference.html#CREDIT.${fn.id}`);
    }
  });

  it("builds zh-CN and zh-TW metadata with the same ids and parameters, and a reference page with every anchor", () => {
    const result = buildFunctionAssets(JSON.stringify(english), DEV, PROD);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const html = result.assets["reference.html"] ?? "";
    for (const file of ["functions.json", "functions.zh-CN.json", "functions.zh-TW.json"]) {
      const json = JSON.parse(result.assets[file] ?? "{}") as FunctionsJson;
      expect(json.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
      for (const fn of json.functions) {
        const en = english.functions.find((f) => f.id === fn.id);
        expect(fn.parameters.map((p) => p.name)).toEqual(en?.parameters.map((p) => p.name));
        expect(fn.helpUrl).toBe(`${PROD}reference.html#CREDIT.${fn.id}`);
        const anchor = fn.helpUrl?.split("#")[1] ?? "";
        expect(html).toContain(`id="${anchor}"`);
        if (file !== "functions.json") {
          // Translated, not copied: Chinese text differs from the English.
          expect(fn.description).not.toBe(en?.description);
          expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
    expect(JSON.stringify(result.assets)).not.toContain("localhost");
  });

  it("fails the build when the translation table and the metadata disagree", () => {
    const broken: FunctionsJson = {
      functions: [
        ...english.functions.map((f) =>
          f.id === "GRADE"
            ? { ...f, parameters: [...f.parameters, { name: "extra", description: "x", type: "any" }] }
            : f,
        ),
        { id: "NEWONE", name: "NEWONE", description: "x", parameters: [] },
      ],
    };
    const result = buildFunctionAssets(JSON.stringify(broken), DEV, PROD);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.join("\n")).toContain("GRADE");
      expect(result.errors.join("\n")).toContain("NEWONE");
    }
  });
});

import { spawnSync } from "node:child_process";
import path from "node:path";

// The pure core must not reach for React, Office.js, the DOM or Node (DESIGN §1). Lint enforces it;
// these tests prove the rule fires, by linting probe texts with the project's real ESLint config as
// if they were core files.
const root = path.resolve(__dirname, "../..");
// Existing files, so the type-aware parser accepts the paths; the texts are the probes'.
const coreFile = path.join(root, "src/core/errors.ts");
const outsideCore = path.join(root, "src/functions/errorMessage.ts");

const refused: [code: string, reason: string][] = [
  ['import React from "react";\nexport const x = React;\n', "React"],
  ['import { createRoot } from "react-dom/client";\nexport const x = createRoot;\n', "pure"],
  ['import "office-js";\nexport const x = 1;\n', "Office"],
  ['import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n', "Node"],
  ['import { readFileSync } from "fs";\nexport const x = readFileSync;\n', "Node"],
  ['import { Button } from "@fluentui/react-components";\nexport const x = Button;\n', "pure"],
  ['import { HyperFormula } from "hyperformula";\nexport const x = HyperFormula;\n', "HyperFormula"],
  [
    'import { toOffice } from "../functions/office/toOffice";\nexport const x = toOffice;\n',
    "outside src/core",
  ],
];
const globals = "export const x = () => [document.title, process.env, Excel];\n";
const allowedInCore = 'import { atLeast } from "./_lib/compare";\nexport const x = atLeast;\n';
const reactOutsideCore = 'import React from "react";\nexport const x = React;\n';

let results: string[][] = [];

beforeAll(() => {
  const probes = [
    ...refused.map(([code]) => ({ code, filePath: coreFile })),
    { code: globals, filePath: coreFile },
    { code: allowedInCore, filePath: coreFile },
    { code: reactOutsideCore, filePath: outsideCore },
  ];
  const run = spawnSync(process.execPath, [path.join(__dirname, "lintProbes.mjs")], {
    cwd: root,
    input: JSON.stringify(probes),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  results = JSON.parse(run.stdout) as string[][];
}, 120_000);

describe("the src/core import boundary", () => {
  it.each(refused.map(([code, reason], i) => [code, reason, i] as const))(
    "refuses %j",
    (_code, reason, i) => {
      expect((results[i] ?? []).join("\n")).toContain(reason);
    },
  );

  it("refuses DOM, Node and Office globals", () => {
    expect(results[refused.length]).toHaveLength(3);
  });

  it("lets a core file import the core", () => {
    expect(results[refused.length + 1]).toEqual([]);
  });

  it("lets code outside the core import React", () => {
    expect(results[refused.length + 2]).toEqual([]);
  });
});

/**
 * Jest projects: `node` for the pure core, the function wrappers, the hosts and the CLI; `jsdom` for
 * the React task pane and the playground's components; `dist` for the production build; `browser` for
 * the playground in Debian's Chromium (playwright-core). ts-jest only transpiles (type-checking is
 * `tsc` in `npm test`).
 */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      module: "commonjs",
      moduleResolution: "node10",
      jsx: "react-jsx",
      esModuleInterop: true,
      resolveJsonModule: true,
      isolatedModules: true,
    },
    diagnostics: false,
  },
];

/** @type {import('jest').Config} */
module.exports = {
  // Both cores: the default (cores − 1) runs everything in one worker on a 2-core machine.
  maxWorkers: "100%",
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: [
        "/test/taskpane/",
        "/test/playground/",
        "/test/browser/",
        "\\.dist\\.test\\.ts$",
        "\\.browser\\.test\\.ts$",
      ],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "jsdom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test/taskpane", "<rootDir>/test/playground"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      // Checks of the production build in dist/; `npm test` runs them right after the build.
      displayName: "dist",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.dist.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      // The playground in a real browser: built once and served on a free port by the global setup;
      // skipped with a message where /usr/bin/chromium is missing. Run serially (`--runInBand`):
      // each test drives a whole browser on a 2-core machine.
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test/browser"],
      testMatch: ["**/*.browser.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      globalSetup: "<rootDir>/test/browser/_lib/globalSetup.ts",
      globalTeardown: "<rootDir>/test/browser/_lib/globalTeardown.ts",
      setupFilesAfterEnv: ["<rootDir>/test/browser/_lib/setup.ts"],
    },
  ],
};

// Lint: typescript-eslint with type information, the Office add-in rules, Prettier, and the
// import boundary that keeps src/core pure (DESIGN §1).
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettierRecommended from "eslint-plugin-prettier/recommended";

/** Imports that must never appear in the pure core. */
export const coreRestrictedImports = {
  paths: [
    { name: "react", message: "src/core is pure: no React (DESIGN §1)." },
    { name: "react-dom", message: "src/core is pure: no React (DESIGN §1)." },
    { name: "office-js", message: "src/core is pure: no Office.js (DESIGN §1)." },
    { name: "office-addin-mock", message: "src/core is pure: no Office.js (DESIGN §1)." },
    { name: "hyperformula", message: "src/core is pure: HyperFormula belongs to src/host/embedded." },
    { name: "i18next", message: "src/core returns message ids; the edges translate them." },
  ],
  patterns: [
    { group: ["react/*", "react-dom/*", "@fluentui/*", "@microsoft/office-js*"], message: "src/core is pure (DESIGN §1)." },
    { group: ["node:*"], message: "src/core is pure: no Node built-ins (DESIGN §1)." },
    {
      group: ["fs", "fs/*", "path", "os", "child_process", "crypto", "stream", "util", "worker_threads", "url", "http", "https", "zlib", "buffer", "events"],
      message: "src/core is pure: no Node built-ins (DESIGN §1).",
    },
    { group: ["**/host/**", "**/taskpane/**", "**/functions/**", "**/cli/**", "**/playground/**", "**/i18n/**"], message: "src/core depends on nothing outside src/core." },
  ],
};

export default tseslint.config(
  {
    ignores: ["dist/**", "dist-*/**", "node_modules/**", "coverage/**", "test-results/**", "**/*.d.ts", "*.config.js", "*.config.mjs"],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["scripts/*.mjs", "scripts/webpack/*.js", "test/lint/*.mjs", "bin/*.js", "bench/_lib/*.cjs"] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/naming-convention": [
        "error",
        { selector: "interface", format: ["PascalCase"], custom: { regex: "^I[A-Z]", match: false } },
      ],
      "no-console": ["error", { allow: ["warn", "error"] }],
      eqeqeq: ["error", "always"],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", coreRestrictedImports],
      "no-restricted-globals": ["error", "window", "document", "process", "Excel", "Office", "CustomFunctions", "console"],
      "no-console": "error",
    },
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx", "test/**/*.mjs", "bench/**/*.ts", "scripts/**/*.ts", "scripts/**/*.mjs", "bin/**/*.js", "src/cli/**/*.ts"],
    rules: {
      "no-console": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  prettierRecommended,
);

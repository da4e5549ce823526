#!/usr/bin/env node
// The `creditkit` command. It runs the TypeScript sources through tsx (a dev dependency installed by
// `npm ci`), so the command works right after installing, with no build step.
"use strict";
require("tsx/cjs/api").register();
require("../src/cli/main.ts");

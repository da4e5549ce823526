#!/usr/bin/env node
// The `creditkit` command. It runs the TypeScript sources through tsx (a dev dependency installed by
// `npm ci`), so the command works right after installing, with no build step. CommonJS on purpose:
// tsx's require hook is the one that loads the sources without a loader flag.
/* eslint-disable @typescript-eslint/no-require-imports */
"use strict";
require("tsx/cjs/api").register();
require("../src/cli/main.ts");

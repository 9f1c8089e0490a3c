#!/usr/bin/env node
// The `ka2-budget` command. The code is compiled and bundled TypeScript in lib/
// (`npm run build:cli`, which `npm ci` runs through the prepare script).
"use strict";

// Stack traces point into src/ only when asked for: source maps slow every start.
if (process.env.KA2_BUDGET_DEBUG) process.setSourceMapsEnabled(true);

let cli;
try {
  cli = require("../lib/src/cli/ka2-budget.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("lib/src/cli")) {
    process.stderr.write("ka2-budget is not built yet; run `npm run build:cli` first.\n");
    process.exit(2);
  }
  throw error;
}
cli.runFromProcess();

#!/usr/bin/env node
// The `ka2-budget` command. The code is compiled TypeScript in lib/ (`npm run build:cli`,
// which `npm ci` runs through the prepare script).
"use strict";

let cli;
try {
  cli = require("../lib/src/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("lib/src/cli")) {
    process.stderr.write("ka2-budget is not built yet; run `npm run build:cli` first.\n");
    process.exit(2);
  }
  throw error;
}
cli.runFromProcess();

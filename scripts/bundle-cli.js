#!/usr/bin/env node
// Part of `npm run build:cli` (after tsc): bundles the command line into one file,
// lib/src/cli/ka2-budget.js, which bin/ka2-budget.js loads. One file instead of a few hundred
// modules is most of what makes `ka2-budget fn` start quickly; it also drops the parts of zod
// and of the country-name library that the command never calls.
// exceljs stays outside the bundle: it is required on the first workbook read or written
// (src/cli/exceljs-library.ts), so commands that need no workbook never load it.
// The file sits beside the compiled modules so that the paths it finds from its own folder
// (package.json, the places list) are the same as theirs.
"use strict";

const { join } = require("node:path");
const esbuild = require("esbuild");

const root = join(__dirname, "..");

esbuild.buildSync({
  entryPoints: [join(root, "src", "cli", "main.ts")],
  outfile: join(root, "lib", "src", "cli", "ka2-budget.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs"],
  // Read only when KA2_BUDGET_DEBUG asks for stack traces.
  sourcemap: true,
  logLevel: "warning",
});

#!/usr/bin/env node
// `npm run demo`: checks the two example workbooks with the built `ka2-budget` command and
// shows both reports. Builds nothing (`npm ci` already built the command). The mistakes
// example is meant to fail its check; the demo itself exits 0 when both behave as expected.
"use strict";

const { spawnSync } = require("node:child_process");
const { join } = require("node:path");

const root = join(__dirname, "..");
const bin = join(root, "bin", "ka2-budget.js");

const examples = [
  {
    file: "examples/sp-clean.xlsx",
    intro: "A clean Strategic Partnership budget: expect no findings (exit code 0).",
    expected: 0,
  },
  {
    file: "examples/sp-mistakes.xlsx",
    intro:
      "The same budget with typical mistakes, made on purpose: expect errors with their cells (exit code 1).",
    expected: 1,
  },
];

let unexpected = 0;
for (const { file, intro, expected } of examples) {
  const rule = "=".repeat(78);
  process.stdout.write(`${rule}\n$ npx ka2-budget check ${file}\n${intro}\n${rule}\n`);
  const result = spawnSync(process.execPath, [bin, "check", file], { cwd: root, stdio: "inherit" });
  const code = result.status;
  if (code === expected) {
    process.stdout.write(`(exit code ${code}, as expected)\n\n`);
  } else {
    unexpected += 1;
    process.stdout.write(`(exit code ${code}; the demo expected ${expected})\n\n`);
  }
}
process.stdout.write(
  unexpected === 0
    ? "Demo done. The errors above come from the mistakes example, so the demo still succeeds.\n"
    : "Demo done, but a check did not end as expected; see above.\n",
);
process.exitCode = unexpected === 0 ? 0 : 1;

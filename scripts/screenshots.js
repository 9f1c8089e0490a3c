#!/usr/bin/env node
// `npm run screenshots`: runs the browser test of the preview with KA2_DOCS_IMAGES set, so
// besides its usual screenshots in test-output/e2e/ it saves the task-pane pictures the user
// guide shows into docs/images/. Needs Chromium (see test/e2e/preview-harness.ts).
"use strict";

const { spawnSync } = require("node:child_process");
const { join } = require("node:path");

const root = join(__dirname, "..");
const jest = join(root, "node_modules", "jest", "bin", "jest.js");
const run = spawnSync(process.execPath, [jest, "--runTestsByPath", "test/e2e/preview.test.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, KA2_DOCS_IMAGES: join(root, "docs", "images") },
});
process.exit(run.status ?? 1);

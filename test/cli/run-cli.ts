import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

/**
 * Compiles the command into lib/ (npm run build:cli), as `npm ci` does. A type error
 * elsewhere in the tree does not stop tsc from emitting, so only a missing output fails.
 */
export function buildCli(): void {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], {
    cwd: root,
    encoding: "utf8",
  });
  if (!existsSync(join(root, "lib", "src", "cli", "main.js"))) {
    throw new Error(`npm run build:cli produced no lib/src/cli/main.js:\n${result.stdout}`);
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `bin/ka2-budget.js` with the arguments, as a user would; `nodeOptions` go to
 * node itself (a heap limit such as --max-old-space-size=512).
 */
export function runCli(args: readonly string[], nodeOptions: readonly string[] = []): CliRun {
  const bin = join(root, "bin", "ka2-budget.js");
  const result = spawnSync(process.execPath, [...nodeOptions, bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, KA2_BUDGET_DEBUG: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

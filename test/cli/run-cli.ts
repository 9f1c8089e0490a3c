import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const bundle = join(root, "lib", "src", "cli", "ka2-budget.js");

/** The newest modification time of the files `npm run build:cli` compiles (tsconfig.cli.json). */
function newestSource(): number {
  const folders = ["src/rules", "src/domain", "src/messages", "src/cli", "scripts", "bench"];
  const newest = (path: string, deep: boolean): number =>
    readdirSync(path, { withFileTypes: true }).reduce((latest, entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return deep ? Math.max(latest, newest(child, true)) : latest;
      return Math.max(latest, statSync(child).mtimeMs);
    }, 0);
  return Math.max(
    ...["tsconfig.json", "tsconfig.cli.json"].map((file) => statSync(join(root, file)).mtimeMs),
    ...folders.map((folder) => newest(join(root, folder), folder.startsWith("src/"))),
  );
}

/**
 * Compiles and bundles the command into lib/ (npm run build:cli), as `npm ci` does, unless the
 * bundle is newer than every source: `npm test` has just built it, and two test files building
 * into the same lib/ at once could each run the other's half-written files. A type error
 * elsewhere in the tree does not stop tsc from emitting, so only a missing output fails.
 */
export function buildCli(): void {
  if (existsSync(bundle) && statSync(bundle).mtimeMs > newestSource()) return;
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const compiled = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], {
    cwd: root,
    encoding: "utf8",
  });
  const bundled = spawnSync(process.execPath, [join(root, "scripts", "bundle-cli.js")], {
    cwd: root,
    encoding: "utf8",
  });
  if (!existsSync(bundle)) {
    throw new Error(
      `npm run build:cli produced no lib/src/cli/ka2-budget.js:\n${compiled.stdout}${bundled.stderr}`,
    );
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `bin/ka2-budget.js` with the arguments, as a user would: in the `locale`'s
 * language (English unless given), and with `nodeOptions` for node itself (a heap limit such as
 * --max-old-space-size=512).
 */
export function runCli(
  args: readonly string[],
  {
    locale = {},
    nodeOptions = [],
  }: { locale?: Record<string, string>; nodeOptions?: readonly string[] } = {},
): CliRun {
  const bin = join(root, "bin", "ka2-budget.js");
  const result = spawnSync(process.execPath, [...nodeOptions, bin, ...args], {
    cwd: root,
    encoding: "utf8",
    // The output's language follows the locale: English unless a test sets one.
    env: { ...process.env, KA2_BUDGET_DEBUG: "", LC_ALL: "", LC_MESSAGES: "", LANG: "", ...locale },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

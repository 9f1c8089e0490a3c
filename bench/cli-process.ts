import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { syntheticBudget } from "./synthetic-budget";
import { writeXlsx } from "./synthetic-xlsx";
import { unzippedSize } from "./unzipped-size";

/**
 * Part of `npm run bench`: the built command as a user runs it, one fresh process per run.
 * - Start-up: `ka2-budget fn MGMT coordinator 24` against a bare `node -e 0`.
 * - Check: `ka2-budget check FILE --json` against a bare exceljs read of the same file in
 *   a fresh process (lib/bench/bare-exceljs-read.js), for the 4-partner example and for a
 *   15,000-row budget.
 * - Peak memory (RSS, lowest of 3 runs) of `check --json` at 10,000 and 100,000 rows, with
 *   the bare exceljs read's beside it, against the workbook's unzipped size.
 * The two commands of a comparison run alternately, so a burst of load on the machine hits
 * both; each pair gives a ratio, and the median and the range of those ratios are printed,
 * by wall-clock time and by CPU time (the CPU time the process itself used, measured by
 * lib/bench/process-usage.js, which stays comparable when other work shares the machine).
 * BENCH_PAIRS sets the number of pairs (default 15); BENCH_ROUNDS the rounds of the
 * 15,000-row check comparison (default 3).
 */

const root = join(__dirname, "..", "..");
const cli = join(root, "bin", "ka2-budget.js");
const probe = join(__dirname, "process-usage.js");
const bareRead = join(__dirname, "bare-exceljs-read.js");
const pairs = Number(process.env.BENCH_PAIRS ?? 15);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const folder = mkdtempSync(join(tmpdir(), "ka2-bench-cli-"));

interface Run {
  wallMs: number;
  cpuMs: number;
  peakRssKb: number;
}

function run(args: readonly string[]): Run {
  const usageFile = join(folder, "usage.json");
  rmSync(usageFile, { force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ["-r", probe, ...args], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, KA2_BENCH_USAGE: usageFile },
  });
  const wallMs = performance.now() - started;
  // Exit code 1 (rule errors) is a normal end of a check; a crash leaves no usage file.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`node ${args.join(" ")} exited with ${result.status}`);
  }
  const usage = JSON.parse(readFileSync(usageFile, "utf8")) as Omit<Run, "wallMs">;
  return { wallMs, ...usage };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Ratios {
  wall: number[];
  cpu: number[];
}

/** `pairs` runs of each, alternating; the ratio of `measured` to `yardstick` per pair. */
function compare(yardstick: readonly string[], measured: readonly string[]): Ratios {
  run(yardstick); // warm the file cache for both
  run(measured);
  const ratios: Ratios = { wall: [], cpu: [] };
  for (let pair = 0; pair < pairs; pair++) {
    const base = run(yardstick);
    const timed = run(measured);
    ratios.wall.push(timed.wallMs / base.wallMs);
    ratios.cpu.push(timed.cpuMs / base.cpuMs);
  }
  return ratios;
}

const shown = (ratios: readonly number[]) =>
  `${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;

function report(label: string, ratios: Ratios): void {
  console.log(`${label.padEnd(44)} wall ${shown(ratios.wall)}   CPU ${shown(ratios.cpu)}`);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  console.log(`Ratios: median of ${pairs} alternating pairs (lowest–highest pair).`);
  report(
    "fn MGMT coordinator 24 ÷ node -e 0",
    compare(["-e", "0"], [cli, "fn", "MGMT", "coordinator", "24"]),
  );

  const example = join(root, "examples", "sp-clean.xlsx");
  report(
    "check sp-clean.xlsx ÷ bare exceljs read",
    compare([bareRead, example], [cli, "check", example, "--json"]),
  );

  const big = join(folder, "budget-15000.xlsx");
  await writeXlsx(syntheticBudget(15000), big);
  for (let round = 1; round <= rounds; round++) {
    report(
      `check 15,000 rows ÷ bare exceljs read, run ${round}`,
      compare([bareRead, big], [cli, "check", big, "--json"]),
    );
  }

  for (const rows of [10000, 100000]) {
    const path = join(folder, `budget-${rows}.xlsx`);
    await writeXlsx(syntheticBudget(rows), path);
    const unzipped = unzippedSize(path);
    const lowest = (args: readonly string[]) =>
      Math.min(...[1, 2, 3].map(() => run(args).peakRssKb)) * 1024;
    const peak = lowest([cli, "check", path, "--json"]);
    const bare = lowest([bareRead, path]);
    console.log(
      `check --json, ${rows.toLocaleString("en-GB")} rows: peak RSS ${megabytes(peak)} ` +
        `(bare exceljs read ${megabytes(bare)}), file unzipped ${megabytes(unzipped)}, ` +
        `peak ÷ unzipped ${(peak / unzipped).toFixed(1)}`,
    );
  }
  console.log(
    "Targets: fn start-up under 2.5 × node -e 0; check under 1.25 × a bare exceljs read (1.3 at 15,000 rows); peak RSS under 3 × the unzipped file.",
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(folder, { recursive: true, force: true }));

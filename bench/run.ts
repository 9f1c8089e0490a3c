import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { checkBudget } from "../src/domain/check-budget";
import { enableCalculatedColumns } from "../src/cli/exceljs-calculated-columns";
import { readXlsxFile } from "../src/cli/read-xlsx";
import { peakRssMb } from "./peak-memory";
import type { RawWorkbook } from "../src/domain/workbook";
import { asRawWorkbook, syntheticBudget } from "./synthetic-budget";
import { writeXlsx } from "./synthetic-xlsx";

/**
 * `npm run bench`: how fast the checker and the command line are, as rates and ratios (not
 * timed assertions). For 1,000, 10,000 and 100,000 budget rows: rows per second of the domain
 * checker alone (per CPU second, best of several runs) and of the whole CLI in this process,
 * and the CLI's time as a ratio to a bare exceljs load. bench/README.md says more.
 */

const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
/** Rounds of the domain measure; each size's rate is its fastest round. */
const DOMAIN_ROUNDS = Number(process.env.BENCH_DOMAIN_ROUNDS ?? 6);

/** CPU milliseconds of this process so far (steady when the machine is busy). */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Domain rows/s (CPU) for each size: the fastest of `rounds` runs per size, the sizes taken in
 * turn within each round, so that a burst of load from other work hits every size alike
 * rather than the one being measured at the time. One unmeasured run first, so the smallest
 * size is not timed while the code is cold. Each measured run checks at least 100,000 rows (a
 * 1,000-row budget 100 times): the CPU clock counts in steps of a few milliseconds, longer
 * than one small check.
 */
function domainRates(budgets: { size: number; raw: RawWorkbook }[], rounds: number): number[] {
  for (const { raw } of budgets) checkBudget(raw);
  const fastest = budgets.map(() => Infinity);
  for (let round = 0; round < rounds; round++) {
    budgets.forEach(({ size, raw }, index) => {
      const repeats = Math.ceil(100000 / size);
      const start = cpuMs();
      for (let repeat = 0; repeat < repeats; repeat++) checkBudget(raw);
      fastest[index] = Math.min(fastest[index]!, (cpuMs() - start) / repeats);
    });
  }
  return budgets.map(({ size }, index) => (size / fastest[index]!) * 1000);
}

async function bestAsync(runs: number, work: () => Promise<unknown>): Promise<number> {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const perSecond = (rows: number, ms: number) =>
  Math.round((rows / ms) * 1000).toLocaleString("en-GB");

async function main(): Promise<void> {
  // The same exceljs fix the CLI uses (tables with formula columns), so both loads do equal work.
  enableCalculatedColumns();
  const folder = mkdtempSync(join(tmpdir(), "ka2-bench-"));
  const cli = join(__dirname, "..", "..", "bin", "ka2-budget.js");
  const peaks: string[] = [];
  const budgets = sizes.map((size) => {
    const tables = syntheticBudget(size);
    return { size, tables, raw: asRawWorkbook(tables) };
  });
  const rates = domainRates(budgets, DOMAIN_ROUNDS);
  console.log(
    "rows     | domain rows/s | CLI rows/s (in process) | CLI ÷ bare exceljs load | CLI process (ms) | file KB",
  );
  try {
    for (const [index, { size, tables }] of budgets.entries()) {
      const runs = size >= 100000 ? 3 : 5;
      const path = join(folder, `budget-${size}.xlsx`);
      await writeXlsx(tables, path);
      // The bare load reads the same bytes the same way the CLI does (file, then zip in memory).
      const loadMs = await bestAsync(runs, () =>
        new ExcelJS.Workbook().xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer),
      );
      const cliMs = await bestAsync(runs, async () => checkBudget(await readXlsxFile(path)));
      const started = performance.now();
      try {
        execFileSync(process.execPath, [cli, "check", path, "--json"], { stdio: "ignore" });
      } catch {
        // exit code 1 (rule errors) is a normal outcome of a check
      }
      const processMs = performance.now() - started;
      if (size >= 100000) {
        const peak = peakRssMb(cli, ["check", path, "--json"]);
        peaks.push(
          `${size.toLocaleString("en-GB")} rows: ${peak === undefined ? "?" : peak.toFixed(0)} MB`,
        );
      }
      console.log(
        [
          String(size).padEnd(8),
          perSecond(rates[index]!, 1000).padStart(13),
          perSecond(size, cliMs).padStart(23),
          (cliMs / loadMs).toFixed(2).padStart(23),
          processMs.toFixed(0).padStart(16),
          (statSync(path).size / 1024).toFixed(0).padStart(7),
        ].join(" | "),
      );
    }
    if (rates.length > 1) {
      const flatness = Math.min(...rates) / Math.max(...rates);
      console.log(
        `Domain rows/s: ${sizes.map((size, index) => `${size.toLocaleString("en-GB")} rows ${perSecond(rates[index]!, 1000)}`).join(", ")}; slowest ÷ fastest ${flatness.toFixed(2)}.`,
      );
    }
    console.log(
      "Target: CLI ÷ bare load under 1.30; domain at least 500,000 rows/s at every size, slowest ÷ fastest at least 0.80.",
    );
    if (peaks.length > 0) console.log(`Peak RSS of ka2-budget check: ${peaks.join("; ")}.`);
    console.log(
      "(At 1,000 rows both reads take a few ms and their ratio is noise; read it from 10,000 rows up.)",
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

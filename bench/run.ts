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
import { asRawWorkbook, syntheticBudget, type SyntheticTable } from "./synthetic-budget";

/**
 * `npm run bench`: how fast the checker and the command line are, as rates and ratios (not
 * timed assertions). For 100, 10,000 and 100,000 budget rows: rows per second of the domain
 * checker alone and of the whole CLI, and the CLI's time as a ratio to a bare exceljs load.
 */

const sizes = (process.env.BENCH_SIZES ?? "100,10000,100000").split(",").map(Number);

function best(runs: number, work: () => void): number {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
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

async function writeXlsx(tables: SyntheticTable[], path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.addTable({
      name: table.name,
      ref: "A1",
      headerRow: true,
      columns: table.headers.map((name) => ({ name })),
      rows: table.rows.length > 0 ? table.rows : [table.headers.map(() => null)],
    });
  }
  await workbook.xlsx.writeFile(path);
}

const perSecond = (rows: number, ms: number) =>
  Math.round((rows / ms) * 1000).toLocaleString("en-GB");

async function main(): Promise<void> {
  // The same exceljs fix the CLI uses (tables with formula columns), so both loads do equal work.
  enableCalculatedColumns();
  const folder = mkdtempSync(join(tmpdir(), "ka2-bench-"));
  const cli = join(__dirname, "..", "..", "bin", "ka2-budget.js");
  const peaks: string[] = [];
  console.log(
    "rows     | domain rows/s | CLI rows/s (in process) | CLI ÷ bare exceljs load | CLI process (ms) | file KB",
  );
  try {
    for (const size of sizes) {
      const tables = syntheticBudget(size);
      const raw = asRawWorkbook(tables);
      const runs = size >= 100000 ? 2 : 5;
      const domainMs = best(runs, () => checkBudget(raw));

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
          perSecond(size, domainMs).padStart(13),
          perSecond(size, cliMs).padStart(23),
          (cliMs / loadMs).toFixed(2).padStart(23),
          processMs.toFixed(0).padStart(16),
          (statSync(path).size / 1024).toFixed(0).padStart(7),
        ].join(" | "),
      );
    }
    console.log("Target: CLI ÷ bare load under 1.30, domain rows/s roughly constant across sizes.");
    if (peaks.length > 0) console.log(`Peak RSS of ka2-budget check: ${peaks.join("; ")}.`);
    console.log(
      "(At 100 rows both take a few ms and the ratio is noise; read it from 10,000 rows up.)",
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

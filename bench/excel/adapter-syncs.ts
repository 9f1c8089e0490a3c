import { performance } from "node:perf_hooks";
import { checkBudget } from "../../src/domain/check-budget";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { FakeExcel } from "../../test/excel/fake-excel";
import { syntheticBudget } from "../synthetic-budget";

/**
 * How many context.sync() round trips one check of the open workbook costs, and how long it
 * takes on the typed Excel fake, for budgets of 10, 1,000 and 10,000 rows. A check is what
 * the pane does on "Check": read the tables, run the checker, redraw the highlights. The
 * round trips, not the fake's time, are what users wait for in Excel on the web.
 *
 * Build and run (office types are needed, so not through tsconfig.cli.json):
 *   npx tsc -p bench/excel/tsconfig.json && node lib/bench/excel/adapter-syncs.js
 */

const sizes = (process.env.BENCH_SIZES ?? "10,1000,10000").split(",").map(Number);

/** The synthetic budget with one meeting under 100 km, so every size has a cell to mark. */
function fakeExcel(rows: number): FakeExcel {
  const excel = new FakeExcel();
  const tables = syntheticBudget(rows);
  const meeting = tables.find((table) => table.name === "Meetings")?.rows[0];
  if (meeting) meeting[4] = 50;
  for (const table of tables) {
    excel.addTable(table.name, table.name, table.headers, table.rows);
  }
  return excel;
}

async function oneCheck(excel: FakeExcel) {
  const port = new OfficeWorkbook({ host: excel });
  const start = performance.now();
  excel.syncCount = 0;
  const raw = await port.readBudget();
  const readSyncs = excel.syncCount;
  const result = checkBudget(raw);
  excel.syncCount = 0;
  const summary = await port.showFindings(result.findings, raw);
  const highlightSyncs = excel.syncCount;
  return {
    ms: performance.now() - start,
    readSyncs,
    highlightSyncs,
    findings: result.findings.length,
    rules: summary.rules,
  };
}

async function main(): Promise<void> {
  console.log(
    "rows   | syncs: read + highlight = check | findings | rules | check on the fake (ms, best of 5)",
  );
  for (const size of sizes) {
    const excel = fakeExcel(size);
    let best = Infinity;
    let last: Awaited<ReturnType<typeof oneCheck>> | undefined;
    for (let run = 0; run < 5; run++) {
      last = await oneCheck(excel);
      best = Math.min(best, last.ms);
    }
    if (!last) continue;
    const syncs = `${last.readSyncs} + ${last.highlightSyncs} = ${last.readSyncs + last.highlightSyncs}`;
    console.log(
      `${String(size).padEnd(6)} | ${syncs.padEnd(31)} | ${String(last.findings).padEnd(8)} | ${String(last.rules).padEnd(5)} | ${best.toFixed(1)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

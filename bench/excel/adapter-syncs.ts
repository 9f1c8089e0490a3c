import { performance } from "node:perf_hooks";
import { checkBudget } from "../../src/domain/check-budget";
import type { RawWorkbook } from "../../src/domain/workbook";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { FakeExcel, type FakeExcelOptions } from "../../test/excel/fake-excel";
import { syntheticBudget } from "../synthetic-budget";

/**
 * How many context.sync() round trips one check of the open workbook costs, for budgets of
 * 10, 1,000 and 10,000 rows. A check is what the pane's Check button does
 * (OfficeWorkbook.checkAndHighlight): read the tables and the add-in's highlight rules, run the
 * checker, redraw what changed.
 *
 * How it is measured: the adapter runs against the typed Excel fake (test/excel/fake-excel.ts),
 * which counts every context.sync() and applies Excel on the web's 5 MB response limit.
 * - "changed": the first check of a budget with findings: read + write.
 * - "unchanged": the same check again, nothing edited: the highlights are as planned, so the
 *   read is the only round trip.
 * - "reopened": a new port (the pane opened again) on a workbook an earlier session already
 *   highlighted: again nothing to write.
 * The same three again where Excel refuses a method called on a null object (a sheet past the
 * last one, a missing table), which Microsoft does not document either way: the fake's
 * refuseCallsOnNullObjects. The pane's first check then pays a refused request and one more.
 * The fake's time is printed for orientation only; round trips, not the fake's time, are what
 * users wait for in Excel on the web, where each is a network round trip.
 *
 * Build and run (office types are needed, so not through tsconfig.cli.json):
 *   npx tsc -p bench/excel/tsconfig.json && node lib/bench/excel/adapter-syncs.js
 */

const sizes = (process.env.BENCH_SIZES ?? "10,1000,10000").split(",").map(Number);

/** The synthetic budget with one meeting under 100 km, so every size has a cell to mark. */
function fakeExcel(rows: number, options: FakeExcelOptions = {}): FakeExcel {
  const excel = new FakeExcel(options);
  const tables = syntheticBudget(rows);
  const meeting = tables.find((table) => table.name === "Meetings")?.rows[0];
  if (meeting) meeting[4] = 50;
  for (const table of tables) {
    excel.addTable(table.name, table.name, table.headers, table.rows);
  }
  return excel;
}

const check = async (workbook: RawWorkbook) => checkBudget(workbook);

/** Syncs and fake time of one check through `port`. */
async function oneCheck(excel: FakeExcel, port: OfficeWorkbook) {
  excel.syncCount = 0;
  const writes = excel.writes.length;
  const start = performance.now();
  const checked = await port.checkAndHighlight(check);
  return {
    ms: performance.now() - start,
    syncs: excel.syncCount,
    writes: excel.writes.length - writes,
    findings: checked.result.findings.length,
    rules: checked.highlights?.rules ?? 0,
  };
}

async function main(): Promise<void> {
  console.log(
    "rows   | syncs per check: changed / unchanged / reopened | findings | rules | unchanged check on the fake (ms, best of 5)",
  );
  for (const size of sizes) {
    const excel = fakeExcel(size);
    const port = new OfficeWorkbook({ host: excel });
    const changed = await oneCheck(excel, port);
    let best = Infinity;
    let unchanged = changed;
    for (let run = 0; run < 5; run++) {
      unchanged = await oneCheck(excel, port);
      best = Math.min(best, unchanged.ms);
    }
    const reopened = await oneCheck(excel, new OfficeWorkbook({ host: excel }));
    const syncs = `${changed.syncs} / ${unchanged.syncs} / ${reopened.syncs}`;
    console.log(
      `${String(size).padEnd(6)} | ${syncs.padEnd(47)} | ${String(changed.findings).padEnd(8)} | ${String(changed.rules).padEnd(5)} | ${best.toFixed(1)}`,
    );
  }
  console.log(
    "changed = read + write; unchanged and reopened = the read alone (the highlights were already as planned).",
  );
  const refusing = { refuseCallsOnNullObjects: "ItemNotFound" };
  for (const size of sizes) {
    const excel = fakeExcel(size, refusing);
    const port = new OfficeWorkbook({ host: excel });
    const changed = await oneCheck(excel, port);
    const unchanged = await oneCheck(excel, port);
    const reopened = await oneCheck(excel, new OfficeWorkbook({ host: excel }));
    console.log(
      `${String(size).padEnd(6)} | where Excel refuses calls on null objects: ${changed.syncs} / ${unchanged.syncs} / ${reopened.syncs} (a pane's first check: refused, again without the rules, the rules by sheet name)`,
    );
  }

  // A hostile table: Meetings stretched to the sheet's last row (1,048,575 data rows, three
  // of them filled). The read stops at the row limit and the checker says so.
  const hostile = fakeExcel(10);
  const meetings = hostile.state.tables.find((table) => table.name === "Meetings");
  if (meetings) meetings.rows = 1_048_575;
  const first = await oneCheck(hostile, new OfficeWorkbook({ host: hostile }));
  console.log(
    `1,048,575-row Meetings: ${first.syncs} syncs for the first check (read in row chunks up to the row limit, then the write), largest read ${Math.max(...hostile.valueReads).toLocaleString("en-GB")} cells; ${first.ms.toFixed(0)} ms on the fake`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

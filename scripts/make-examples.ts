import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { checkBudget } from "../src/domain/check-budget";
import { findingMessage } from "../src/messages/messages";
import { checkOptionsFor } from "../src/cli/check-options";
import { budgetTables, type BudgetRows } from "../src/cli/budget-workbook";
import { readXlsxFile } from "../src/cli/read-xlsx";
import { buildWorkbook, workbookBytes } from "../src/cli/workbook-writer";
import { budgetWithMistakes, cleanBudget, expectedMistakes } from "./example-budgets";

/**
 * Writes examples/sp-clean.xlsx and examples/sp-mistakes.xlsx through the template writer,
 * then reads each back and checks it: the clean one must have no findings, the other must
 * show every mistake it was made with. Run with `npm run build:cli && npm run examples`.
 */

async function write(path: string, rows: BudgetRows): Promise<void> {
  await writeFile(path, await workbookBytes(buildWorkbook(budgetTables(rows))));
}

async function main(): Promise<number> {
  const folder = process.argv[2] ?? join(process.cwd(), "examples");
  await mkdir(folder, { recursive: true });
  const clean = join(folder, "sp-clean.xlsx");
  const mistakes = join(folder, "sp-mistakes.xlsx");
  await write(clean, cleanBudget());
  await write(mistakes, budgetWithMistakes());

  const problems: string[] = [];
  const cleanBook = await readXlsxFile(clean);
  const cleanCheck = checkBudget(cleanBook, checkOptionsFor(cleanBook));
  for (const finding of cleanCheck.findings) {
    problems.push(`${clean} should be clean but has ${finding.rule}: ${findingMessage(finding)}`);
  }
  const mistakesBook = await readXlsxFile(mistakes);
  const found = new Set(
    checkBudget(mistakesBook, checkOptionsFor(mistakesBook)).findings.map((f) => f.rule),
  );
  for (const rule of expectedMistakes) {
    if (!found.has(rule)) problems.push(`${mistakes} should show ${rule} but does not.`);
  }
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  process.stdout.write(
    `Wrote ${clean} (total ${cleanCheck.totals.total} EUR) and ${mistakes}` +
      `${problems.length === 0 ? "; both check as expected" : ""}.\n`,
  );
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

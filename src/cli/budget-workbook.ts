import {
  tableSchema,
  type ColumnSpec,
  type TableName,
  type TableSpec,
} from "../domain/table-schema";
import type { Vocabulary } from "../domain/vocabulary";
import type { CellValue } from "../domain/workbook";
import { headerKey } from "../domain/workbook";
import { schemaTableNamed } from "../domain/schema-columns";
import { excelFunctions } from "./excel-functions";
import { compileFormula, type FormulaScope } from "./formula-evaluator";
import { fileFormula } from "./structured-references";
import {
  isFormulaCell,
  type Dropdown,
  type WrittenCell,
  type WrittenColumn,
  type WrittenTable,
} from "./workbook-writer";

/**
 * Lays out a budget workbook by the table schema: every schema table on its own sheet, its
 * headers, number formats and dropdowns, and each computed column as its KA2 formula with
 * the result Excel would cache. A row may set a computed cell itself (a typed-over amount,
 * an error value): that value is written instead of the formula, as a user would leave it.
 */

/** One row of a table, by schema header. Missing headers are blank cells. */
export type RowInput = Readonly<Record<string, WrittenCell | undefined>>;
export type BudgetRows = Readonly<Partial<Record<TableName, readonly RowInput[]>>>;

/** Excel shows at most 255 characters of a cell's input message. */
const MAX_PROMPT = 255;

/** "HEI = Higher education institution; SCHOOL = School; …", as much as the prompt holds. */
function legend(list: Vocabulary<string>): string {
  let text = "";
  for (const entry of list.entries) {
    const item = `${text === "" ? "" : "; "}${entry.code} = ${entry.label.en}`;
    if (text.length + item.length > MAX_PROMPT - 2) return `${text}; …`;
    text += item;
  }
  return text;
}

function wordDropdown(list: Vocabulary<string>): Dropdown {
  return { words: list.entries.map((entry) => entry.code), prompt: legend(list) };
}

function dropdownFor(column: ColumnSpec): Dropdown | undefined {
  if (column.kind === "word" && column.list) return wordDropdown(column.list);
  // Excel accepts a table column as a list source only through INDIRECT.
  if (column.kind === "partner") return { source: 'INDIRECT("Partners[ID]")' };
  return undefined;
}

function writtenColumn(table: TableSpec, column: ColumnSpec): WrittenColumn {
  const width = column.kind === "text" && column.header !== "Setting" ? 30 : undefined;
  return {
    header: column.header,
    numberFormat: column.numberFormat,
    calculatedFormula: column.formula ? fileFormula(column.formula, table.name) : undefined,
    dropdown: dropdownFor(column),
    note: column.description,
    ...(width ? { width } : {}),
  };
}

/** A row's input value by schema header (keys match like headers: case and spaces ignored). */
function cellOf(row: RowInput, header: string): WrittenCell | undefined {
  if (header in row) return row[header];
  const key = headerKey(header);
  const found = Object.keys(row).find((name) => headerKey(name) === key);
  return found === undefined ? undefined : row[found];
}

function shownValue(cell: WrittenCell | undefined): CellValue {
  if (cell === undefined) return null;
  return isFormulaCell(cell) ? cell.result : cell;
}

/** The cells formulas look up in other tables (Partners[Country], Project[Value] …). */
function lookupColumns(rows: BudgetRows): FormulaScope["column"] {
  const cache = new Map<string, CellValue[]>();
  return (table, column) => {
    const key = `${headerKey(table)}|${headerKey(column)}`;
    let values = cache.get(key);
    if (!values) {
      const name = schemaTableNamed(table)?.name;
      values = (name ? (rows[name] ?? []) : []).map((row) => shownValue(cellOf(row, column)));
      cache.set(key, values);
    }
    return values;
  };
}

function tableRows(
  table: TableSpec,
  rows: readonly RowInput[],
  lookups: FormulaScope["column"],
): WrittenCell[][] {
  const formulas = table.columns.map((column) =>
    column.formula ? compileFormula(column.formula, excelFunctions) : undefined,
  );
  return rows.map((row) => {
    const scope: FormulaScope = {
      thisRow: (header) => shownValue(cellOf(row, header)),
      column: lookups,
      columns: (table, first, last) => {
        const [a, b] = [lookups(table, first), lookups(table, last)];
        return a.map((value, index) => [value, b[index] ?? null]);
      },
    };
    return table.columns.map((column, index): WrittenCell => {
      const given = cellOf(row, column.header);
      const formula = formulas[index];
      if (given !== undefined || !formula || !column.formula) return given ?? null;
      return { formula: fileFormula(column.formula, table.name), result: formula(scope) };
    });
  });
}

/**
 * The schema's tables filled with the given rows. A table with no rows gets one blank row:
 * Excel refuses a table that has only its header row.
 */
export function budgetTables(rows: BudgetRows): WrittenTable[] {
  const lookups = lookupColumns(rows);
  return tableSchema.map((table) => {
    const given = rows[table.name] ?? [];
    return {
      name: table.name,
      sheet: table.sheet,
      columns: table.columns.map((column) => writtenColumn(table, column)),
      rows: tableRows(table, given.length > 0 ? given : [{}], lookups),
    };
  });
}

import type { Rulebook } from "../../rules";
import { resolveCountry, type CountryCode } from "../countries";
import { finding, type Finding } from "../findings";
import { say, type BasisText, type FindingText, type NumberWanted } from "../finding-text";
import { isBlank, isOutOfRange, largestBudgetNumber, numberFrom } from "../cell-reading";
import { cleanCellText, quotedCellText } from "../cell-text";
import type { TableName, TableSpec } from "../table-schema";
import { findColumn } from "../schema-columns";
import { acceptedCodes, lookUp, type Vocabulary } from "../vocabulary";
import {
  headerKey,
  tablesNamed,
  isCellError,
  type CellValue,
  type RawTable,
  type RawWorkbook,
} from "../workbook";

/**
 * Reads one schema table of a workbook: finds its columns by header (or alias), reports
 * missing columns, skips blank rows, and parses cells into typed values. Every problem with
 * a cell becomes a finding; a reader never throws on user data.
 */
export class TableRows {
  readonly present: boolean;
  /**
   * Absent and not ambiguous: no table could be this one. An ambiguous name is reported as
   * input.ambiguous-table alone, never also as a missing table.
   */
  readonly missing: boolean;
  /** False when the table is absent or a required column is missing. */
  readonly readable: boolean;
  private readonly table?: RawTable;
  private readonly columnIndex = new Map<string, number>();

  constructor(
    workbook: RawWorkbook,
    readonly spec: TableSpec,
    private readonly findings: Finding[],
  ) {
    const found = tablesNamed(workbook, spec.name);
    this.table = found.length === 1 ? found[0] : undefined;
    this.present = this.table !== undefined;
    this.missing = found.length === 0;
    if (found.length > 1) reportAmbiguous(spec.name, found, findings);
    if (found.length === 0) reportUnread(workbook, spec.name, findings);
    if (!this.table) {
      this.readable = false;
      return;
    }
    if (this.table.rowsInTable !== undefined && this.table.rowsInTable > this.table.rows.length) {
      findings.push(
        finding(
          "error",
          say("input.table-too-large", {
            name: cleanCellText(this.table.name),
            sheet: cleanCellText(this.table.sheet),
            checked: this.table.rows.length,
            rows: this.table.rowsInTable,
          }),
          { table: spec.name },
        ),
      );
    }
    let missingRequired = false;
    for (const column of spec.columns) {
      const index = findColumn(this.table.headers, column);
      if (index >= 0) this.columnIndex.set(column.header, index);
      else if (column.required) {
        missingRequired = true;
        findings.push(
          finding("error", say("input.missing-column", {}), {
            table: spec.name,
            column: column.header,
          }),
        );
      }
    }
    this.readable = !missingRequired;
  }

  get name(): TableName {
    return this.spec.name;
  }

  /** The data rows of the table, blank ones included (0 when it cannot be read). */
  get rowCount(): number {
    return this.table && this.readable ? this.table.rows.length : 0;
  }

  hasColumn(header: string): boolean {
    return this.columnIndex.has(header);
  }

  /** The non-blank data rows, each with its 1-based row number. Blank rows are skipped. */
  *rows(): Generator<RowReader> {
    if (!this.table || !this.readable) return;
    const inputIndexes = this.spec.columns
      .filter((column) => column.kind !== "amount")
      .map((column) => this.columnIndex.get(column.header))
      .filter((index): index is number => index !== undefined);
    for (let index = 0; index < this.table.rows.length; index++) {
      const cells = this.table.rows[index] ?? [];
      if (allBlank(cells, inputIndexes)) continue;
      yield new RowReader(this.spec, index + 1, cells, this.columnIndex, this.findings);
    }
  }
}

/** Two tables that both could be the schema's table: checking either could be wrong. */
function reportAmbiguous(name: string, found: readonly RawTable[], findings: Finding[]): void {
  const [first, second] = found;
  if (!first || !second) return;
  findings.push(
    finding(
      "error",
      say("input.ambiguous-table", {
        name,
        firstName: cleanCellText(first.name),
        firstSheet: cleanCellText(first.sheet),
        secondName: cleanCellText(second.name),
        secondSheet: cleanCellText(second.sheet),
      }),
      { table: name },
    ),
  );
}

/** A table of this name that the reader could not read. */
function reportUnread(workbook: RawWorkbook, name: string, findings: Finding[]): void {
  const key = headerKey(name);
  for (const unread of workbook.unreadTables ?? []) {
    if (headerKey(unread.name) !== key) continue;
    findings.push(
      finding(
        "error",
        say("input.missing-table/unread", {
          name: cleanCellText(unread.name),
          sheet: cleanCellText(unread.sheet),
          reason: unread.reason,
        }),
        { table: name },
      ),
    );
  }
}

// A loop, not `every` with a closure: this runs once per row, and every object a row
// allocates is garbage to collect on a 100,000-row budget.
function allBlank(cells: readonly CellValue[], indexes: readonly number[]): boolean {
  for (const index of indexes) if (!isBlank(cells[index])) return false;
  return true;
}

function shown(value: CellValue): string {
  if (isCellError(value)) return value.error;
  return typeof value === "string" ? quotedCellText(value) : String(value);
}

export interface NumberOptions {
  integer?: boolean;
  /** Smallest accepted value (default 0: negatives are refused). */
  min?: number;
  max?: number;
  /** Whether a blank cell is a finding. */
  required: boolean;
}

/** The cells of one data row, read by schema header. */
export class RowReader {
  constructor(
    private readonly spec: TableSpec,
    readonly row: number,
    private readonly cells: readonly CellValue[],
    private readonly columnIndex: ReadonlyMap<string, number>,
    private readonly findings: Finding[],
  ) {}

  get table(): TableName {
    return this.spec.name;
  }

  /** The raw cell under a header; undefined when the column is absent. */
  cell(header: string): CellValue | undefined {
    const index = this.columnIndex.get(header);
    return index === undefined ? undefined : (this.cells[index] ?? null);
  }

  report(severity: Finding["severity"], text: FindingText, column?: string): void {
    this.findings.push(finding(severity, text, { table: this.spec.name, row: this.row, column }));
  }

  private missing(header: string): undefined {
    this.report("error", say("input.missing-value/blank", {}), header);
    return undefined;
  }

  /** Text of a cell, trimmed; numbers are read as their text (IDs like 1, 2 are common). */
  text(header: string, required: boolean): string | undefined {
    const value = this.cell(header);
    if (value === undefined || isBlank(value)) return required ? this.missing(header) : undefined;
    if (isCellError(value)) {
      this.report("error", say("input.missing-value/cell-error", { error: value.error }), header);
      return undefined;
    }
    return String(value).trim();
  }

  /** A number; text that reads as a plain number is accepted, anything else is a finding. */
  number(header: string, options: NumberOptions): number | undefined {
    const value = this.cell(header);
    if (value === undefined || isBlank(value)) {
      return options.required ? this.missing(header) : undefined;
    }
    const number = numberFrom(value);
    const min = options.min ?? 0;
    // Built only for a message.
    const wanted = (): NumberWanted =>
      options.max === undefined
        ? { integer: options.integer === true, min }
        : { integer: options.integer === true, min, max: options.max };
    if (!Number.isFinite(number)) {
      this.report(
        "error",
        say("input.invalid-number/not-a-number", { shown: shown(value), wanted: wanted() }),
        header,
      );
      return undefined;
    }
    if (isOutOfRange(number)) {
      this.report(
        "error",
        say("input.out-of-range", { shown: String(number), limit: largestBudgetNumber }),
        header,
      );
      return undefined;
    }
    if (
      number < min ||
      (options.max !== undefined && number > options.max) ||
      (options.integer && !Number.isInteger(number))
    ) {
      this.report(
        "error",
        say("input.invalid-number/out-of-range", { value: number, wanted: wanted() }),
        header,
      );
      return undefined;
    }
    return number;
  }

  /** A word of a vocabulary (role, category, type …). */
  word<T extends string>(
    header: string,
    vocabulary: Vocabulary<T>,
    required: boolean,
  ): T | undefined {
    const text = this.text(header, required);
    if (text === undefined) return undefined;
    const code = lookUp(vocabulary, text);
    if (code === undefined) {
      this.report(
        "error",
        say("input.unknown-value/word", {
          text: cleanCellText(text),
          vocabulary: vocabulary.name,
          accepted: acceptedCodes(vocabulary),
        }),
        header,
      );
    }
    return code;
  }

  country(header: string, rulebook: Rulebook): CountryCode | undefined {
    const text = this.text(header, true);
    if (text === undefined) return undefined;
    const code = resolveCountry(text, rulebook);
    if (code === undefined) {
      this.report(
        "error",
        say("input.unknown-country/cell", { text: cleanCellText(text) }),
        header,
      );
    }
    return code;
  }

  /**
   * The amount stored in a computed column: a number, or undefined when blank or absent.
   * An error value or text is reported, since the sheet then shows no usable figure.
   */
  storedAmount(header: string, figure: number, basis: () => BasisText): number | undefined {
    const value = this.cell(header);
    if (value === undefined || isBlank(value)) return undefined;
    if (typeof value === "number") return value;
    const notLoaded = isCellError(value) && value.error === "#NAME?";
    this.report(
      "warning",
      say(notLoaded ? "amount.mismatch/not-loaded" : "amount.mismatch/not-an-amount", {
        shown: shown(value),
        figure,
        basis: basis(),
      }),
      header,
    );
    return undefined;
  }
}

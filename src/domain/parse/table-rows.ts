import type { Rulebook } from "../../rules";
import { resolveCountry, type CountryCode } from "../countries";
import { finding, type Finding } from "../findings";
import { isBlank, isOutOfRange, largestBudgetNumber, numberFrom } from "../cell-reading";
import { quotedCellText } from "../cell-text";
import { formatNumber } from "../money";
import type { ColumnSpec, TableName, TableSpec } from "../table-schema";
import { acceptedWords, lookUp, type Vocabulary } from "../vocabulary";
import {
  findTable,
  headerKey,
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
  /** False when the table is absent or a required column is missing. */
  readonly readable: boolean;
  private readonly table?: RawTable;
  private readonly columnIndex = new Map<string, number>();

  constructor(
    workbook: RawWorkbook,
    readonly spec: TableSpec,
    private readonly findings: Finding[],
  ) {
    this.table = findTable(workbook, spec.name);
    this.present = this.table !== undefined;
    if (!this.table) {
      this.readable = false;
      return;
    }
    const headerKeys = this.table.headers.map((header) => headerKey(String(header ?? "")));
    let missingRequired = false;
    for (const column of spec.columns) {
      const keys = [column.header, ...(column.aliases ?? [])].map(headerKey);
      const index = headerKeys.findIndex((key) => keys.includes(key));
      if (index >= 0) this.columnIndex.set(column.header, index);
      else if (column.required) {
        missingRequired = true;
        findings.push(
          finding(
            "input.missing-column",
            "error",
            `The ${spec.name} table has no "${column.header}" column (${column.description}); its rows were not checked.`,
            { table: spec.name, column: column.header },
          ),
        );
      }
    }
    this.readable = !missingRequired;
  }

  get name(): TableName {
    return this.spec.name;
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
      if (inputIndexes.every((column) => isBlank(cells[column]))) continue;
      yield new RowReader(this.spec, index + 1, cells, this.columnIndex, this.findings);
    }
  }
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

  report(
    rule: Finding["rule"],
    severity: Finding["severity"],
    message: string,
    column?: string,
  ): void {
    this.findings.push(
      finding(rule, severity, message, { table: this.spec.name, row: this.row, column }),
    );
  }

  private where(header: string): string {
    return `${this.spec.name} row ${this.row}, ${header}`;
  }

  private column(header: string): ColumnSpec | undefined {
    return this.spec.columns.find((column) => column.header === header);
  }

  private missing(header: string): undefined {
    const description = this.column(header)?.description ?? "";
    this.report(
      "input.missing-value",
      "error",
      `${this.where(header)} is blank; it needs a value (${description})`.replace(/ \(\)$/, "") +
        ".",
      header,
    );
    return undefined;
  }

  /** Text of a cell, trimmed; numbers are read as their text (IDs like 1, 2 are common). */
  text(header: string, required: boolean): string | undefined {
    const value = this.cell(header);
    if (value === undefined || isBlank(value)) return required ? this.missing(header) : undefined;
    if (isCellError(value)) {
      this.report(
        "input.missing-value",
        "error",
        `${this.where(header)} shows the error ${value.error}; it needs a value.`,
        header,
      );
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
    // Built only for a message: formatting every cell's range would cost more than the check.
    const wanted = () => {
      const kind = options.integer ? "a whole number" : "a number";
      const range =
        options.max === undefined
          ? `${formatNumber(min)} or more`
          : `from ${formatNumber(min)} to ${formatNumber(options.max)}`;
      return `${kind}, ${range}`;
    };
    if (!Number.isFinite(number)) {
      this.report(
        "input.invalid-number",
        "error",
        `${this.where(header)} holds ${shown(value)}; it must be ${wanted()}.`,
        header,
      );
      return undefined;
    }
    if (isOutOfRange(number)) {
      this.report(
        "input.out-of-range",
        "error",
        `${this.where(header)} is ${String(number)}, beyond any real budget (more than ${formatNumber(largestBudgetNumber)}); the line was left out.`,
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
        "input.invalid-number",
        "error",
        `${this.where(header)} is ${formatNumber(number)}; it must be ${wanted()}.`,
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
        "input.unknown-value",
        "error",
        `${this.where(header)} holds ${quotedCellText(text)}, which is not a ${vocabulary.subject}; use one of: ${acceptedWords(vocabulary)}.`,
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
        "input.unknown-country",
        "error",
        `${this.where(header)} holds ${quotedCellText(text)}, which is not a country name or ISO code known to the add-in (e.g. LV, Latvia, Latvija).`,
        header,
      );
    }
    return code;
  }

  /**
   * The amount stored in a computed column: a number, or undefined when blank or absent.
   * An error value or text is reported, since the sheet then shows no usable figure.
   */
  storedAmount(header: string, expected: () => string): number | undefined {
    const value = this.cell(header);
    if (value === undefined || isBlank(value)) return undefined;
    if (typeof value === "number") return value;
    this.report(
      "amount.mismatch",
      "warning",
      `${this.where(header)} shows ${shown(value)} instead of an amount; the rulebook gives ${expected()}.` +
        (isCellError(value) && value.error === "#NAME?" ? " Is the KA2 add-in loaded?" : ""),
      header,
    );
    return undefined;
  }
}

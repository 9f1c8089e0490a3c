import type { BudgetCategory } from "../rules";
import type { BudgetLine } from "./budget-check";
import type { TableName } from "./table-schema";

/**
 * The budget lines of a check, stored as columns: numbers in typed arrays, texts and figure
 * lists as small codes into lists of the distinct values. A check of 100,000 rows keeps no
 * object per line: objects that outlive the young generation are copied and promoted by the
 * garbage collector, which made the checker three times slower per row at 100,000 rows than
 * at 10,000 (bench/README.md). A typed array's contents are never copied by it.
 *
 * A line is known by its index (0 … length − 1, in the order the lines were added). `at(i)`
 * and iteration give `BudgetLine` objects, made on each call: copies, for consumers outside
 * the check (the export, tests); changing one changes nothing here.
 */
export class BudgetLines implements Iterable<BudgetLine> {
  private size = 0;
  private rows = new Int32Array(initialCapacity);
  private amounts = new Float64Array(initialCapacity);
  private granteds = new Float64Array(initialCapacity);
  private storeds = new Float64Array(initialCapacity);
  /** 1 where the workbook held an amount (which may be 0), 0 where it held none. */
  private hasStored = new Uint8Array(initialCapacity);
  private tableCodes = new Int32Array(initialCapacity);
  private columnCodes = new Int32Array(initialCapacity);
  private categoryCodes = new Int32Array(initialCapacity);
  private partnerCodes = new Int32Array(initialCapacity);
  private figureCodes = new Int32Array(initialCapacity);
  private readonly tables = new Codes<TableName>();
  private readonly columns = new Codes<string>();
  private readonly categories = new Codes<BudgetCategory>();
  private readonly partners = new Codes<string>();
  private readonly figureLists = new Codes<readonly string[]>();

  get length(): number {
    return this.size;
  }

  /** Adds a line; its granted amount starts as its amount. Returns its index. */
  add(line: Omit<BudgetLine, "granted">): number {
    if (this.size === this.rows.length) this.grow();
    const index = this.size++;
    this.rows[index] = line.row;
    this.amounts[index] = line.amount;
    this.granteds[index] = line.amount;
    if (line.stored !== undefined) {
      this.storeds[index] = line.stored;
      this.hasStored[index] = 1;
    }
    this.tableCodes[index] = this.tables.code(line.table);
    this.columnCodes[index] = this.columns.code(line.column);
    this.categoryCodes[index] = this.categories.code(line.category);
    this.partnerCodes[index] = this.partners.code(line.partner);
    this.figureCodes[index] = this.figureLists.code(line.figures);
    return index;
  }

  table(index: number): TableName {
    return this.tables.value(this.tableCodes[this.checked(index)]!);
  }

  row(index: number): number {
    return this.rows[this.checked(index)]!;
  }

  column(index: number): string {
    return this.columns.value(this.columnCodes[this.checked(index)]!);
  }

  category(index: number): BudgetCategory {
    return this.categories.value(this.categoryCodes[this.checked(index)]!);
  }

  /** ID of the organisation the money goes to. */
  partner(index: number): string {
    return this.partners.value(this.partnerCodes[this.checked(index)]!);
  }

  /** The eligible amount before caps. */
  amount(index: number): number {
    return this.amounts[this.checked(index)]!;
  }

  /** The eligible amount after caps. */
  granted(index: number): number {
    return this.granteds[this.checked(index)]!;
  }

  /** The amount stored in the workbook, or undefined where there was none. */
  stored(index: number): number | undefined {
    const checked = this.checked(index);
    return this.hasStored[checked] === 1 ? this.storeds[checked] : undefined;
  }

  /** The shared list of figure ids the line was computed from and is held against. */
  figures(index: number): readonly string[] {
    return this.figureLists.value(this.figureCodes[this.checked(index)]!);
  }

  setGranted(index: number, granted: number): void {
    this.granteds[this.checked(index)] = granted;
  }

  /**
   * Gives each of these lines the figure list `change` makes of its own; `change` is called
   * once per distinct list, since lines share their lists. All lines when `indexes` is left out.
   */
  changeFigures(
    change: (figures: readonly string[]) => readonly string[],
    indexes?: readonly number[],
  ): void {
    const changed = new Map<number, number>();
    const changeOne = (index: number) => {
      const from = this.figureCodes[this.checked(index)]!;
      let to = changed.get(from);
      if (to === undefined) {
        to = this.figureLists.code(change(this.figureLists.value(from)));
        changed.set(from, to);
      }
      this.figureCodes[index] = to;
    };
    if (indexes) for (const index of indexes) changeOne(index);
    else for (let index = 0; index < this.size; index++) changeOne(index);
  }

  /** The lines' amounts (or granted amounts) added up, not rounded. All lines when `indexes` is left out. */
  sum(field: "amount" | "granted", indexes?: readonly number[]): number {
    const values = field === "amount" ? this.amounts : this.granteds;
    let total = 0;
    if (indexes) for (const index of indexes) total += values[this.checked(index)]!;
    else for (let index = 0; index < this.size; index++) total += values[index]!;
    return total;
  }

  /** Line `index` as an object (a new copy on each call). */
  at(index: number): BudgetLine {
    const line: BudgetLine = {
      table: this.table(index),
      row: this.row(index),
      column: this.column(index),
      category: this.category(index),
      partner: this.partner(index),
      amount: this.amount(index),
      granted: this.granted(index),
      figures: this.figures(index),
    };
    const stored = this.stored(index);
    if (stored !== undefined) line.stored = stored;
    return line;
  }

  *[Symbol.iterator](): Iterator<BudgetLine> {
    for (let index = 0; index < this.size; index++) yield this.at(index);
  }

  private checked(index: number): number {
    if (!(index >= 0 && index < this.size)) {
      throw new RangeError(`No budget line ${index} (there are ${this.size}).`);
    }
    return index;
  }

  private grow(): void {
    const capacity = this.rows.length * 2;
    this.rows = resized(this.rows, new Int32Array(capacity));
    this.amounts = resized(this.amounts, new Float64Array(capacity));
    this.granteds = resized(this.granteds, new Float64Array(capacity));
    this.storeds = resized(this.storeds, new Float64Array(capacity));
    this.hasStored = resized(this.hasStored, new Uint8Array(capacity));
    this.tableCodes = resized(this.tableCodes, new Int32Array(capacity));
    this.columnCodes = resized(this.columnCodes, new Int32Array(capacity));
    this.categoryCodes = resized(this.categoryCodes, new Int32Array(capacity));
    this.partnerCodes = resized(this.partnerCodes, new Int32Array(capacity));
    this.figureCodes = resized(this.figureCodes, new Int32Array(capacity));
  }
}

const initialCapacity = 64;

function resized<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Distinct values and their codes. Lines added one after another mostly repeat the value
 * before (one table, one column, few figure lists), so the last one is remembered.
 */
class Codes<T> {
  private readonly values: T[] = [];
  private readonly codes = new Map<T, number>();
  private last?: T;
  private lastCode = -1;

  code(value: T): number {
    if (this.lastCode >= 0 && value === this.last) return this.lastCode;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    this.last = value;
    this.lastCode = code;
    return code;
  }

  value(code: number): T {
    return this.values[code]!;
  }
}

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
  /**
   * One line after another, `fieldCount` numbers each, in blocks of `chunkLines` lines: more
   * lines add a block and copy none, and blocks this small are memory the allocator reuses
   * from one check to the next (a large block is new memory from the system each time, and
   * the system's time to hand it out grew with the budget). Codes index the lists below.
   */
  private readonly chunks: Float64Array[] = [];
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
    const index = this.size++;
    if ((index & chunkMask) === 0) this.chunks.push(new Float64Array(chunkLines * fieldCount));
    const data = this.chunks[this.chunks.length - 1]!;
    const at = (index & chunkMask) * fieldCount;
    data[at + field.row] = line.row;
    data[at + field.amount] = line.amount;
    data[at + field.granted] = line.amount;
    data[at + field.hasStored] = line.stored === undefined ? 0 : 1;
    data[at + field.stored] = line.stored ?? 0;
    data[at + field.table] = this.tables.code(line.table);
    data[at + field.column] = this.columns.code(line.column);
    data[at + field.category] = this.categories.code(line.category);
    data[at + field.partner] = this.partners.code(line.partner);
    data[at + field.figures] = this.figureLists.code(line.figures);
    return index;
  }

  table(index: number): TableName {
    return this.tables.value(this.field(index, field.table));
  }

  row(index: number): number {
    return this.field(index, field.row);
  }

  column(index: number): string {
    return this.columns.value(this.field(index, field.column));
  }

  category(index: number): BudgetCategory {
    return this.categories.value(this.field(index, field.category));
  }

  /** ID of the organisation the money goes to. */
  partner(index: number): string {
    return this.partners.value(this.field(index, field.partner));
  }

  /** The eligible amount before caps. */
  amount(index: number): number {
    return this.field(index, field.amount);
  }

  /** The eligible amount after caps. */
  granted(index: number): number {
    return this.field(index, field.granted);
  }

  /** The amount stored in the workbook (which may be 0), or undefined where there was none. */
  stored(index: number): number | undefined {
    return this.field(index, field.hasStored) === 1 ? this.field(index, field.stored) : undefined;
  }

  /** The shared list of figure ids the line was computed from and is held against. */
  figures(index: number): readonly string[] {
    return this.figureLists.value(this.field(index, field.figures));
  }

  setGranted(index: number, granted: number): void {
    this.chunkOf(index)[(index & chunkMask) * fieldCount + field.granted] = granted;
  }

  /**
   * Gives each of these lines the figure list `change` makes of its own; `change` is called
   * once per distinct list, since lines share their lists. All lines when `indexes` is left out.
   */
  changeFigures(
    change: (figures: readonly string[]) => readonly string[],
    indexes?: ArrayLike<number>,
  ): void {
    // By code: lists are few, and their codes count from 0.
    const changed = new Int32Array(this.figureLists.size).fill(-1);
    const changeOne = (index: number) => {
      const data = this.chunkOf(index);
      const at = (index & chunkMask) * fieldCount + field.figures;
      const from = data[at]!;
      // A code made during this call (an index given twice) is past the end: undefined.
      let to = changed[from];
      if (to === undefined || to < 0) {
        to = this.figureLists.code(change(this.figureLists.value(from)));
        if (from < changed.length) changed[from] = to;
      }
      data[at] = to;
    };
    if (indexes) for (let at = 0; at < indexes.length; at++) changeOne(indexes[at]!);
    else for (let index = 0; index < this.size; index++) changeOne(index);
  }

  /** The indexes of each category's lines, in order (categories without lines are left out). */
  byCategory(): Map<BudgetCategory, Int32Array> {
    const counts = new Int32Array(this.categories.size);
    for (let index = 0; index < this.size; index++) counts[this.field(index, field.category)]! += 1;
    const groups = Array.from(counts, (count) => new Int32Array(count));
    const filled = new Int32Array(counts.length);
    for (let index = 0; index < this.size; index++) {
      const code = this.field(index, field.category);
      groups[code]![filled[code]!++] = index;
    }
    return new Map(groups.map((group, code) => [this.categories.value(code), group]));
  }

  /**
   * For each figure list the lines use, in the order of the first line using it: the amounts (before caps) of the
   * lines that use it added up in line order, how many lines, and their tables in the order
   * first met.
   */
  usesByFigureList(): FigureListUse[] {
    const lists = this.figureLists.size;
    const tables = this.tables.size;
    const amounts = new Float64Array(lists);
    const counts = new Int32Array(lists);
    const order: number[] = [];
    const met = new Uint8Array(lists * tables);
    const tablesOf: TableName[][] = Array.from({ length: lists }, () => []);
    for (let index = 0; index < this.size; index++) {
      const code = this.field(index, field.figures);
      amounts[code]! += this.field(index, field.amount);
      if (counts[code]!++ === 0) order.push(code);
      const table = this.field(index, field.table);
      if (met[code * tables + table] === 0) {
        met[code * tables + table] = 1;
        tablesOf[code]!.push(this.tables.value(table));
      }
    }
    const uses: FigureListUse[] = [];
    for (const code of order) {
      const figures = this.figureLists.value(code);
      uses.push({ figures, amount: amounts[code]!, lines: counts[code]!, tables: tablesOf[code]! });
    }
    return uses;
  }

  /** The lines' amounts (or granted amounts) added up, not rounded. All lines when `indexes` is left out. */
  sum(which: "amount" | "granted", indexes?: ArrayLike<number>): number {
    const offset = which === "amount" ? field.amount : field.granted;
    let total = 0;
    if (indexes)
      for (let at = 0; at < indexes.length; at++) total += this.field(indexes[at]!, offset);
    else for (let index = 0; index < this.size; index++) total += this.field(index, offset);
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

  private field(index: number, offset: number): number {
    return this.chunkOf(index)[(index & chunkMask) * fieldCount + offset]!;
  }

  private chunkOf(index: number): Float64Array {
    if (!(index >= 0 && index < this.size)) {
      throw new RangeError(`No budget line ${index} (there are ${this.size}).`);
    }
    return this.chunks[index >>> chunkBits]!;
  }
}

/** How much of the budget one figure list carries (see `usesByFigureList`). */
export interface FigureListUse {
  figures: readonly string[];
  amount: number;
  lines: number;
  tables: TableName[];
}

/** Where each field of a line is among its numbers. */
const field = {
  row: 0,
  amount: 1,
  granted: 2,
  /** 1 where the workbook held an amount, 0 where it held none. */
  hasStored: 3,
  stored: 4,
  table: 5,
  column: 6,
  category: 7,
  partner: 8,
  figures: 9,
} as const;
const fieldCount = 10;
/** 512 lines of 10 numbers: 40 KB a block. */
const chunkBits = 9;
const chunkLines = 1 << chunkBits;
const chunkMask = chunkLines - 1;

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

  /** How many distinct values there are (codes are 0 … size − 1). */
  get size(): number {
    return this.values.length;
  }
}

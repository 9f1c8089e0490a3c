import type {
  ChartApi,
  ChartCollectionApi,
  ConditionalFormatApi,
  ConditionalFormatCollectionApi,
  ConditionalFormatRuleApi,
  CustomConditionalFormatApi,
  DataValidationApi,
  EventRegistration,
  EventSource,
  ExcelBatch,
  ExcelContext,
  ExcelHost,
  FormChartType,
  RangeApi,
  RangeAreasApi,
  RangeFormatApi,
  RunOptions,
  TableApi,
  TableCollectionApi,
  TableColumnApi,
  TableColumnCollectionApi,
  TableRowCollectionApi,
  WorksheetApi,
  WorksheetCollectionApi,
} from "../../src/excel/excel-api";
import { calculate } from "./fake-formulas";

/**
 * A typed in-memory Excel for the adapter's tests: the few Excel objects the adapter uses,
 * each implementing the slice of @types/office-js declared in src/excel/excel-api.ts.
 *
 * It behaves as Office.js does where an adapter goes wrong:
 * - every method call, load and write is queued and runs only at `context.sync()`;
 * - reading a property that was not loaded and synced throws (office-addin-mock returns a
 *   string instead, and code carries on);
 * - `sync()` calls are counted; a batch that ends with unsynced work throws;
 * - tables, worksheets, charts, conditional formats and data validations are real arrays,
 *   and every write is recorded, so a test can say exactly what changed.
 */

// ---------------------------------------------------------------------------------------
// The workbook's state: plain data, so tests can deep-compare it before and after.

export interface CellState {
  /** "" for an empty cell; an error cell holds its text ("#DIV/0!") and sets `error`. */
  value: string | number | boolean;
  error?: true;
  formula?: string;
  numberFormat?: string;
  /** A user's own fill, to prove the adapter leaves it alone; or one the adapter wrote. */
  fill?: string;
  font?: FontState;
  /** The top edge's line style, e.g. "Continuous". */
  borderTop?: string;
  /** A rich value (a linked data type such as Geography): shown as `text`. */
  entity?: EntityState;
}

/** An entity value as Excel hands it to a function (Excel.EntityCellValue's shape). */
export interface EntityState {
  type: "Entity";
  text: string;
  basicValue?: string;
  properties?: Record<string, unknown>;
}

export interface FontState {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
}

export interface ChartState {
  id: string;
  type: string;
  /** The source range: the id of its sheet (names change) and its address there. */
  sourceSheetId: string;
  source: string;
  seriesBy: string;
  title?: string;
  legendVisible?: boolean;
  /** setPosition's cells. */
  position?: { start: string; end: string };
}

/** 1-based rows and columns, inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RuleState {
  id: number;
  type: string;
  areas: Area[];
  /** Custom rules: formula and format. Other types keep their settings in `settings`. */
  formula?: string;
  fill?: string;
  font?: string;
  settings?: Record<string, unknown>;
}

export interface ValidationState {
  area: Area;
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: string;
  /** Key "row,column", 1-based. */
  cells: Record<string, CellState>;
  /** Highest priority first, as Excel orders them. */
  conditionalFormats: RuleState[];
  validations: ValidationState[];
  autofitted: string[];
  /** Column number → width in points, for columns given a width. */
  columnWidths: Record<number, number>;
  charts: ChartState[];
}

export interface TableState {
  id: string;
  name: string;
  sheet: string;
  /** 1-based header row and first column. */
  headerRow: number;
  firstColumn: number;
  columns: string[];
  /** Data rows (the body). */
  rows: number;
  style: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  eventsEnabled: boolean;
}

export interface WriteRecord {
  /** e.g. "range.values", "conditionalFormat.add", "worksheet.add", "chart.add". */
  op: string;
  sheet?: string;
  address?: string;
  value?: unknown;
}

/** An error as Office.js throws it (OfficeExtension.Error): a message, a code and debugInfo. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

/**
 * Thrown by a proxy's resolver when the object it stands for is a null object
 * (a *OrNullObject call that found nothing, or anything reached through one). Office gives
 * such objects `isNullObject === true` and no values; the fake refuses to read them.
 */
class NullObject {
  constructor(readonly what: string) {}
}

// ---------------------------------------------------------------------------------------
// Addresses

export function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + letter.charCodeAt(0) - 64;
  return number;
}

export function columnName(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const WHOLE_SHEET: Area = { top: 1, left: 1, bottom: 1048576, right: 16384 };

/** The area, if it lies on the grid; Excel refuses a range past row 1,048,576 or column XFD. */
function withinGrid(area: Area): Area {
  if (area.top < 1 || area.left < 1 || area.bottom > WHOLE_SHEET.bottom) {
    throw new FakeOfficeError("InvalidArgument", "The range is outside the worksheet grid");
  }
  if (area.right > WHOLE_SHEET.right) {
    throw new FakeOfficeError("InvalidArgument", "The range is outside the worksheet grid");
  }
  return area;
}

/** "B3" or "A2:G10" (no sheet) → area. */
export function parseArea(address: string): Area {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.trim());
  if (!match || !match[1] || !match[2]) {
    throw new FakeOfficeError("InvalidArgument", `Bad address "${address}"`);
  }
  const left = columnNumber(match[1]);
  const top = Number(match[2]);
  return {
    top,
    left,
    bottom: match[4] ? Number(match[4]) : top,
    right: match[3] ? columnNumber(match[3]) : left,
  };
}

export function areaText(area: Area): string {
  const first = `${columnName(area.left)}${area.top}`;
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${columnName(area.right)}${area.bottom}`;
}

function intersects(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

// ---------------------------------------------------------------------------------------
// Proxies: queued operations and load-before-read.

type Resolver<T> = () => T;

abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();
  /** Set at the first sync after the proxy was made, as Office sets isNullObject. */
  private nullState?: boolean;

  constructor(protected readonly context: FakeRequestContext) {
    context.enqueueProbe(() => {
      try {
        this.probe();
        this.nullState = false;
      } catch (error) {
        // Other failures (a deleted item) surface when the object is used.
        this.nullState = error instanceof NullObject;
      }
    });
  }

  /** Resolves the object in the workbook; throws NullObject for a null object. */
  protected probe(): void {}

  /**
   * A method that returns an object was called on this proxy. When the host refuses such calls
   * on null objects (FakeExcelOptions.refuseCallsOnNullObjects), the sync fails at this point
   * of the request if this proxy turns out to be one; otherwise the result is a null object too.
   */
  protected calledOn(method: string): void {
    const code = this.context.host.refuseCallsOnNullObjects;
    if (code === undefined) return;
    this.context.enqueueProbe(() => {
      try {
        this.probe();
      } catch (error) {
        if (!(error instanceof NullObject)) return;
        throw new FakeOfficeError(
          code,
          `${this.constructor.name}.${method} was called on a null object (${error.what})`,
        );
      }
    });
  }

  /** A collection's item that is, or is not, a null object (customOrNullObject). */
  preloadNull(isNull: boolean): this {
    this.nullState = isNull;
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `${this.constructor.name}.isNullObject was read before context.sync()`,
      );
    }
    return this.nullState;
  }

  /** The property paths `load` accepts on this object. */
  protected abstract readonly loadable: readonly string[];
  /** The property's value in the workbook now; runs at sync time. */
  protected abstract read(property: string): unknown;

  load(propertyNames: string): this {
    const names = propertyNames
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name !== "");
    if (names.length === 0) throw new Error(`${this.constructor.name}.load() needs property names`);
    for (const name of names) {
      if (!this.loadable.includes(name)) {
        throw new Error(`${this.constructor.name} cannot load "${name}" in this fake`);
      }
    }
    this.context.enqueue(() => {
      for (const name of names) {
        try {
          this.loaded.set(name, structuredClone(this.read(name)));
        } catch (error) {
          // A null object loads nothing, and no error: isNullObject says why.
          if (!(error instanceof NullObject)) throw error;
          this.nullState = true;
          this.loaded.delete(name);
        }
      }
    });
    return this;
  }

  /** A collection hands its items over with the "items/…" properties already loaded. */
  preload(name: string, value: unknown): this {
    this.nullState = false;
    this.loaded.set(name, value);
    return this;
  }

  protected loadedValue<T>(name: string): T {
    if (this.nullState === true) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `${this.constructor.name}.${name} was read on a null object; check isNullObject first`,
      );
    }
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `${this.constructor.name}.${name} was read before load("${name}") and context.sync()`,
      );
    }
    return this.loaded.get(name) as T;
  }

  /** Queues a write; it changes the workbook, and is recorded, at the next sync. */
  protected write(describe: () => WriteRecord, apply: () => void): void {
    this.context.enqueue(() => {
      const record = describe();
      this.context.host.beforeWrite(record);
      apply();
      this.context.host.afterWrite(record);
    });
  }
}

/** Properties Excel lets a caller set but this fake never needs to read back. */
function writeOnly(owner: string, property: string): never {
  throw new Error(`${owner}.${property} is not readable in this fake`);
}

// --- Conditional formats ---------------------------------------------------------------

interface RuleRef {
  sheet: SheetState;
  rule: RuleState;
}

class FakeConditionalFormatRule extends FakeProxy implements ConditionalFormatRuleApi {
  protected readonly loadable = ["formula"];

  constructor(
    context: FakeRequestContext,
    private readonly ref: Resolver<RuleRef>,
  ) {
    super(context);
  }

  protected read(): unknown {
    const { rule } = this.ref();
    if (rule.type !== "Custom") {
      throw new FakeOfficeError("InvalidArgument", "This conditional format is not custom");
    }
    return rule.formula ?? "";
  }

  get formula(): string {
    return this.loadedValue("formula");
  }

  set formula(formula: string) {
    this.write(
      () => ({ op: "conditionalFormat.formula", sheet: this.ref().sheet.name, value: formula }),
      () => {
        this.ref().rule.formula = formula;
      },
    );
  }
}

class FakeConditionalColour extends FakeProxy {
  protected readonly loadable = [];

  constructor(
    context: FakeRequestContext,
    private readonly ref: Resolver<RuleRef>,
    private readonly property: "fill" | "font",
  ) {
    super(context);
  }

  protected read(): unknown {
    return undefined;
  }

  get color(): string {
    return writeOnly(`ConditionalRange ${this.property}`, "color");
  }

  set color(color: string) {
    this.write(
      () => ({
        op: `conditionalFormat.${this.property}`,
        sheet: this.ref().sheet.name,
        value: color,
      }),
      () => {
        this.ref().rule[this.property] = color;
      },
    );
  }
}

/** ConditionalFormat.customOrNullObject: the custom rule, or a null object for other types. */
class FakeCustomOrNull extends FakeProxy {
  protected readonly loadable = [];
  readonly rule: FakeConditionalFormatRule;

  constructor(context: FakeRequestContext, ref: Resolver<RuleRef>) {
    super(context);
    this.rule = new FakeConditionalFormatRule(context, ref);
  }

  protected read(): unknown {
    return undefined;
  }
}

class FakeConditionalFormat extends FakeProxy implements ConditionalFormatApi {
  protected readonly loadable = ["type"];
  readonly custom: CustomConditionalFormatApi;
  readonly customOrNullObject: FakeCustomOrNull;

  constructor(
    context: FakeRequestContext,
    private readonly ref: Resolver<RuleRef>,
  ) {
    super(context);
    this.custom = {
      rule: new FakeConditionalFormatRule(context, ref),
      format: {
        fill: new FakeConditionalColour(context, ref, "fill"),
        font: new FakeConditionalColour(context, ref, "font"),
      },
    };
    this.customOrNullObject = new FakeCustomOrNull(context, ref);
  }

  protected read(): unknown {
    return this.ref().rule.type;
  }

  /** The rule this proxy stands for, for the collection's loads. */
  ruleRef(): RuleRef {
    return this.ref();
  }

  get type(): Excel.ConditionalFormatType {
    return this.loadedValue("type");
  }

  delete(): void {
    this.context.enqueue(() => {
      const { sheet, rule } = this.ref();
      const index = sheet.conditionalFormats.indexOf(rule);
      if (index < 0) throw new FakeOfficeError("ItemNotFound", "The conditional format is gone");
      const record: WriteRecord = {
        op: "conditionalFormat.delete",
        sheet: sheet.name,
        address: rule.areas.map(areaText).join(","),
        value: rule.formula,
      };
      this.context.host.beforeWrite(record);
      sheet.conditionalFormats.splice(index, 1);
      this.context.host.afterWrite(record);
    });
  }
}

class FakeConditionalFormatCollection extends FakeProxy implements ConditionalFormatCollectionApi {
  protected readonly loadable = ["items/type", "items/customOrNullObject/rule/formula"];
  /** The items one load made, so both loadable paths fill the same proxies. */
  private loadedItems?: { sync: number; items: FakeConditionalFormat[] };

  constructor(
    context: FakeRequestContext,
    private readonly target: Resolver<{ sheet: SheetState; areas: Area[] }>,
  ) {
    super(context);
  }

  protected override probe(): void {
    this.target();
  }

  protected read(property: string): unknown {
    const { sheet, areas } = this.target();
    const sync = this.context.host.syncCount;
    if (this.loadedItems?.sync !== sync) {
      const rules = sheet.conditionalFormats.filter((rule) =>
        rule.areas.some((area) => areas.some((other) => intersects(area, other))),
      );
      const items = rules.map((rule) =>
        new FakeConditionalFormat(this.context, () => ({ sheet, rule })).preload("type", rule.type),
      );
      this.loadedItems = { sync, items };
      this.preload("items", items);
    }
    if (property === "items/customOrNullObject/rule/formula") {
      this.loadedItems.items.forEach((item) => {
        const { rule } = item.ruleRef();
        item.customOrNullObject.preloadNull(rule.type !== "Custom");
        if (rule.type === "Custom") item.customOrNullObject.rule.preload("formula", rule.formula);
      });
    }
    return undefined;
  }

  get items(): ConditionalFormatApi[] {
    return this.loadedValue("items");
  }

  add(type: "Custom"): ConditionalFormatApi {
    let created: RuleRef | undefined;
    this.context.enqueue(() => {
      const { sheet, areas } = this.target();
      const record: WriteRecord = {
        op: "conditionalFormat.add",
        sheet: sheet.name,
        address: areas.map(areaText).join(","),
      };
      this.context.host.beforeWrite(record);
      const rule: RuleState = {
        id: this.context.host.nextId(),
        type,
        areas: areas.map((area) => ({ ...area })),
      };
      // Excel puts a new rule at the top priority.
      sheet.conditionalFormats.unshift(rule);
      created = { sheet, rule };
      this.context.host.afterWrite(record);
    });
    return new FakeConditionalFormat(this.context, () => {
      if (!created) throw new Error("A conditional format was used before its add() ran");
      return created;
    });
  }
}

// --- Ranges ----------------------------------------------------------------------------

interface RangeRef {
  sheet: SheetState;
  area: Area;
}

function cellAt(sheet: SheetState, row: number, column: number): CellState | undefined {
  return sheet.cells[`${row},${column}`];
}

function setCell(sheet: SheetState, row: number, column: number, change: Partial<CellState>) {
  const key = `${row},${column}`;
  const cell: CellState = { value: "", ...sheet.cells[key], ...change };
  if (change.value !== undefined || change.formula !== undefined) {
    if (change.formula === undefined) delete cell.formula;
    if (change.entity === undefined) delete cell.entity;
    delete cell.error;
  }
  sheet.cells[key] = cell;
}

function grid<T>(area: Area, cell: (row: number, column: number) => T): T[][] {
  const rows: T[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const values: T[] = [];
    for (let column = area.left; column <= area.right; column++) values.push(cell(row, column));
    rows.push(values);
  }
  return rows;
}

function valueType(cell: CellState | undefined): string {
  if (cell?.entity) return "RichValue";
  if (!cell || cell.value === "") return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

class FakeDataValidation implements DataValidationApi {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly ref: Resolver<RangeRef>,
  ) {}

  private set(property: "rule" | "prompt" | "errorAlert", value: unknown): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.ref();
      let validation = sheet.validations.find(
        (candidate) => areaText(candidate.area) === areaText(area),
      );
      if (!validation) {
        validation = { area: { ...area } };
        sheet.validations.push(validation);
      }
      Object.assign(validation, { [property]: structuredClone(value) });
      this.context.host.afterWrite({
        op: `dataValidation.${property}`,
        sheet: sheet.name,
        address: areaText(area),
        value,
      });
    });
  }

  get rule(): Excel.DataValidationRule {
    return writeOnly("DataValidation", "rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.set("rule", rule);
  }
  get prompt(): Excel.DataValidationPrompt {
    return writeOnly("DataValidation", "prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.set("prompt", prompt);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return writeOnly("DataValidation", "errorAlert");
  }
  set errorAlert(errorAlert: Excel.DataValidationErrorAlert) {
    this.set("errorAlert", errorAlert);
  }
}

/** Font, fill and border writes of one range: applied to each of its cells at sync. */
class FakeFormatPart extends FakeProxy {
  protected readonly loadable = [];

  constructor(
    context: FakeRequestContext,
    private readonly ref: Resolver<RangeRef>,
    private readonly part: string,
  ) {
    super(context);
  }

  protected read(): unknown {
    return undefined;
  }

  protected setEach(property: string, value: unknown, apply: (cell: CellState) => void): void {
    this.write(
      () => ({
        op: `range.format.${this.part}.${property}`,
        sheet: this.ref().sheet.name,
        address: areaText(this.ref().area),
        value,
      }),
      () => {
        const { sheet, area } = this.ref();
        for (let row = area.top; row <= area.bottom; row++) {
          for (let column = area.left; column <= area.right; column++) {
            setCell(sheet, row, column, {});
            apply(sheet.cells[`${row},${column}`] as CellState);
          }
        }
      },
    );
  }
}

class FakeRangeFont
  extends FakeFormatPart
  implements Pick<Excel.RangeFont, "bold" | "italic" | "size" | "color">
{
  private setFont(property: keyof FontState, value: boolean | number | string): void {
    this.setEach(property, value, (cell) => {
      cell.font = { ...cell.font, [property]: value };
    });
  }
  get bold(): boolean {
    return writeOnly("RangeFont", "bold");
  }
  set bold(bold: boolean) {
    this.setFont("bold", bold);
  }
  get italic(): boolean {
    return writeOnly("RangeFont", "italic");
  }
  set italic(italic: boolean) {
    this.setFont("italic", italic);
  }
  get size(): number {
    return writeOnly("RangeFont", "size");
  }
  set size(size: number) {
    this.setFont("size", size);
  }
  get color(): string {
    return writeOnly("RangeFont", "color");
  }
  set color(color: string) {
    this.setFont("color", color);
  }
}

class FakeRangeFill extends FakeFormatPart implements Pick<Excel.RangeFill, "color"> {
  get color(): string {
    return writeOnly("RangeFill", "color");
  }
  set color(color: string) {
    this.setEach("color", color, (cell) => {
      cell.fill = color;
    });
  }
}

class FakeTopBorder extends FakeFormatPart implements Pick<Excel.RangeBorder, "style"> {
  get style(): Excel.RangeBorder["style"] {
    return writeOnly("RangeBorder", "style");
  }
  set style(style: Excel.RangeBorder["style"]) {
    this.setEach("style", style, (cell) => {
      cell.borderTop = style;
    });
  }
}

class FakeRangeFormat extends FakeProxy implements RangeFormatApi {
  protected readonly loadable = [];
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: { getItem(index: "EdgeTop"): FakeTopBorder };

  constructor(
    context: FakeRequestContext,
    private readonly ref: Resolver<RangeRef>,
  ) {
    super(context);
    this.font = new FakeRangeFont(context, ref, "font");
    this.fill = new FakeRangeFill(context, ref, "fill");
    const top = new FakeTopBorder(context, ref, "borders.EdgeTop");
    this.borders = {
      getItem: (index) => {
        if (index !== "EdgeTop") throw new Error(`The fake models the top border only`);
        return top;
      },
    };
  }

  protected read(): unknown {
    return undefined;
  }

  autofitColumns(): void {
    this.write(
      () => ({
        op: "format.autofitColumns",
        sheet: this.ref().sheet.name,
        address: areaText(this.ref().area),
      }),
      () => this.ref().sheet.autofitted.push(areaText(this.ref().area)),
    );
  }

  get columnWidth(): number {
    return writeOnly("RangeFormat", "columnWidth");
  }

  /** ExcelApi 1.2. Sets the width of every column the range spans. */
  set columnWidth(points: number) {
    if (!this.context.host.isSetSupported("1.2")) {
      throw new Error("RangeFormat.columnWidth needs ExcelApi 1.2, which this fake Excel lacks");
    }
    this.write(
      () => ({
        op: "range.format.columnWidth",
        sheet: this.ref().sheet.name,
        address: areaText(this.ref().area),
        value: points,
      }),
      () => {
        const { sheet, area } = this.ref();
        for (let column = area.left; column <= area.right; column++) {
          sheet.columnWidths[column] = points;
        }
      },
    );
  }
}

class FakeRange extends FakeProxy implements RangeApi {
  protected readonly loadable = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "values",
    "valueTypes",
    "formulas",
    "numberFormat",
  ];
  readonly conditionalFormats: ConditionalFormatCollectionApi;
  readonly dataValidation: DataValidationApi;
  readonly format: FakeRangeFormat;

  constructor(
    context: FakeRequestContext,
    /** Where the range is; charts resolve their source range through it. */
    readonly ref: Resolver<RangeRef>,
  ) {
    super(context);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, () => {
      const { sheet, area } = ref();
      return { sheet, areas: [area] };
    });
    this.dataValidation = new FakeDataValidation(context, ref);
    this.format = new FakeRangeFormat(context, ref);
  }

  protected override probe(): void {
    this.ref();
  }

  protected read(property: string): unknown {
    const { sheet, area } = this.ref();
    switch (property) {
      case "address":
        return `${sheetPrefix(sheet.name)}!${areaText(area)}`;
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "values":
      case "valueTypes":
      case "formulas":
      case "numberFormat":
        return this.cellData(property, sheet, area);
    }
    throw new Error(`Range.${property} is not modelled`);
  }

  /** A grid property, within the platform's limits: it counts towards the response's size. */
  private cellData(property: string, sheet: SheetState, area: Area): unknown[][] | null {
    const host = this.context.host;
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (property === "values") host.valueReads.push(cells);
    // Desktop Excel can hand back null instead of failing for a very large read.
    if (host.platform !== "web" && cells > host.nullValuesOverCells) return null;
    // Every cell costs at least a few bytes of JSON ("" and a comma): a read that cannot fit
    // fails at once, as Excel on the web does, before the fake builds a grid of a million rows.
    if (this.context.responseBytes + cells * 3 > host.maxResponseBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `${cells} cells cannot fit in a response of at most ${host.maxResponseBytes} bytes`,
      );
    }
    const shown = (row: number, column: number) => host.shownCell(sheet, row, column);
    const data =
      property === "values"
        ? grid(area, (row, column) => shown(row, column)?.value ?? "")
        : property === "valueTypes"
          ? grid(area, (row, column) => valueType(shown(row, column)))
          : property === "formulas"
            ? grid(area, (row, column) => {
                const cell = cellAt(sheet, row, column);
                return cell?.formula ?? cell?.value ?? "";
              })
            : grid(area, (row, column) => cellAt(sheet, row, column)?.numberFormat ?? "General");
    this.context.responseBytes += JSON.stringify(data).length;
    return data;
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.loadedValue("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }

  private writeGrid(property: "values" | "formulas" | "numberFormat", data: unknown[][]): void {
    this.write(
      () => ({
        op: `range.${property}`,
        sheet: this.ref().sheet.name,
        address: areaText(this.ref().area),
        value: structuredClone(data),
      }),
      () => {
        const { sheet, area } = this.ref();
        const height = area.bottom - area.top + 1;
        const width = area.right - area.left + 1;
        if (data.length !== height || data.some((row) => row.length !== width)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `A ${data.length}-row array does not fit ${areaText(area)}`,
          );
        }
        data.forEach((row, r) =>
          row.forEach((value, c) => {
            // null leaves a cell as it is, as in Excel.
            if (value === null) return;
            const at = [sheet, area.top + r, area.left + c] as const;
            if (property === "numberFormat") setCell(...at, { numberFormat: String(value) });
            else if (typeof value === "string" && value.startsWith("=")) {
              setCell(...at, { formula: value, value: "" });
            } else setCell(...at, { value: value as CellState["value"] });
          }),
        );
      },
    );
  }

  set values(values: unknown[][]) {
    this.writeGrid("values", values);
  }
  set formulas(formulas: unknown[][]) {
    this.writeGrid("formulas", formulas);
  }
  set numberFormat(formats: unknown[][]) {
    this.writeGrid("numberFormat", formats);
  }

  getCell(row: number, column: number): RangeApi {
    return new FakeRange(this.context, () => {
      const { sheet, area } = this.ref();
      const top = area.top + row;
      const left = area.left + column;
      return { sheet, area: withinGrid({ top, left, bottom: top, right: left }) };
    });
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeApi {
    if (!this.context.host.isSetSupported("1.7")) {
      throw new Error("Range.getAbsoluteResizedRange needs ExcelApi 1.7, which this fake lacks");
    }
    return new FakeRange(this.context, () => {
      const { sheet, area } = this.ref();
      if (numRows < 1 || numColumns < 1) {
        throw new FakeOfficeError("InvalidArgument", "A range needs a row and a column");
      }
      // Microsoft's reference does not say that a size past the grid is clipped: the fake
      // refuses it, the stricter reading.
      return {
        sheet,
        area: withinGrid({
          top: area.top,
          left: area.left,
          bottom: area.top + numRows - 1,
          right: area.left + numColumns - 1,
        }),
      };
    });
  }

  getIntersectionOrNullObject(anotherRange: RangeApi | Excel.Range | string): RangeApi {
    if (!(anotherRange instanceof FakeRange)) throw new Error("Intersect with a fake range");
    return new FakeRange(this.context, () => {
      const { sheet, area } = this.ref();
      const other = anotherRange.ref();
      if (other.sheet !== sheet || !intersects(area, other.area)) {
        throw new NullObject("intersection");
      }
      return {
        sheet,
        area: {
          top: Math.max(area.top, other.area.top),
          left: Math.max(area.left, other.area.left),
          bottom: Math.min(area.bottom, other.area.bottom),
          right: Math.min(area.right, other.area.right),
        },
      };
    });
  }

  select(): void {
    this.write(
      () => ({
        op: "range.select",
        sheet: this.ref().sheet.name,
        address: areaText(this.ref().area),
      }),
      () => {
        const { sheet, area } = this.ref();
        if (!sameName(this.context.host.state.activeSheet ?? "", sheet.name)) {
          throw new FakeOfficeError("InvalidOperation", "Select a range on the active sheet only");
        }
        this.context.host.state.selection = { sheet: sheet.name, address: areaText(area) };
      },
    );
  }
}

/**
 * Longest address Worksheet.getRanges takes here. Microsoft's reference names no limit; longer
 * lists are reported to fail, 255 characters being Excel's classic range-reference limit.
 */
export const getRangesAddressLimit = 255;

class FakeRangeAreas implements RangeAreasApi {
  readonly conditionalFormats: ConditionalFormatCollectionApi;

  constructor(context: FakeRequestContext, sheet: Resolver<SheetState>, address: string) {
    this.conditionalFormats = new FakeConditionalFormatCollection(context, () => {
      if (address.length > getRangesAddressLimit) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The address of ${address.length} characters is too long for getRanges`,
        );
      }
      return { sheet: sheet(), areas: address.split(",").map(parseArea) };
    });
  }
}

// --- Charts ----------------------------------------------------------------------------

interface ChartRef {
  sheet: SheetState;
  chart: ChartState;
}

class FakeChartPart extends FakeProxy {
  protected readonly loadable = [];

  constructor(
    context: FakeRequestContext,
    protected readonly ref: Resolver<ChartRef>,
  ) {
    super(context);
  }

  protected read(): unknown {
    return undefined;
  }

  protected change(op: string, value: unknown, apply: (chart: ChartState) => void): void {
    this.write(
      () => ({ op, sheet: this.ref().sheet.name, value }),
      () => apply(this.ref().chart),
    );
  }
}

class FakeChartTitle extends FakeChartPart implements Pick<Excel.ChartTitle, "text"> {
  get text(): string {
    return writeOnly("ChartTitle", "text");
  }
  set text(text: string) {
    this.change("chart.title", text, (chart) => {
      chart.title = text;
    });
  }
}

class FakeChartLegend extends FakeChartPart implements Pick<Excel.ChartLegend, "visible"> {
  get visible(): boolean {
    return writeOnly("ChartLegend", "visible");
  }
  set visible(visible: boolean) {
    this.change("chart.legend", visible, (chart) => {
      chart.legendVisible = visible;
    });
  }
}

class FakeChart extends FakeChartPart implements ChartApi {
  readonly title = new FakeChartTitle(this.context, this.ref);
  readonly legend = new FakeChartLegend(this.context, this.ref);

  setPosition(startCell: string, endCell: string): void {
    this.change("chart.position", [startCell, endCell], (chart) => {
      parseArea(startCell);
      parseArea(endCell);
      chart.position = { start: startCell, end: endCell };
    });
  }
}

class FakeChartCollection implements ChartCollectionApi {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: Resolver<SheetState>,
  ) {}

  add(type: FormChartType, sourceData: RangeApi, seriesBy: "Columns"): ChartApi {
    if (!(sourceData instanceof FakeRange)) throw new Error("A chart's source must be a range");
    let created: ChartRef | undefined;
    this.context.enqueue(() => {
      const sheet = this.sheet();
      const source = sourceData.ref();
      const chart: ChartState = {
        id: `{chart-${this.context.host.nextId()}}`,
        type,
        sourceSheetId: source.sheet.id,
        source: areaText(source.area),
        seriesBy,
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
      this.context.host.afterWrite({
        op: "chart.add",
        sheet: sheet.name,
        address: `${sheetPrefix(source.sheet.name)}!${areaText(source.area)}`,
        value: type,
      });
    });
    return new FakeChart(this.context, () => {
      if (!created) throw new Error("A chart was used before its add() ran");
      return created;
    });
  }
}

// --- Worksheets ------------------------------------------------------------------------

class FakeSheetTables {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: Resolver<SheetState>,
  ) {}

  add(address: string, hasHeaders: boolean): TableApi {
    let created: TableState | undefined;
    this.context.enqueue(() => {
      const sheet = this.sheet();
      const area = parseArea(address);
      if (!hasHeaders) throw new Error("The fake models tables with headers only");
      const host = this.context.host;
      const overlapping = host.state.tables.find(
        (table) =>
          sameName(table.sheet, sheet.name) &&
          intersects(area, {
            top: table.headerRow,
            left: table.firstColumn,
            bottom: table.headerRow + table.rows,
            right: table.firstColumn + table.columns.length - 1,
          }),
      );
      if (overlapping) throw new FakeOfficeError("InvalidOperation", "Tables cannot overlap");
      const id = host.nextId();
      created = {
        id: `{table-${id}}`,
        name: `Table${id}`,
        sheet: sheet.name,
        headerRow: area.top,
        firstColumn: area.left,
        columns: grid({ ...area, bottom: area.top }, (row, column) =>
          String(cellAt(sheet, row, column)?.value ?? ""),
        )[0] as string[],
        rows: area.bottom - area.top,
        style: "TableStyleMedium2",
      };
      host.state.tables.push(created);
      host.afterWrite({ op: "table.add", sheet: sheet.name, address });
    });
    return new FakeTable(this.context, () => {
      if (!created) throw new Error("A table was used before its add() ran");
      return created;
    });
  }
}

class FakeWorksheet extends FakeProxy implements WorksheetApi {
  protected readonly loadable = ["name", "visibility"];
  readonly tables: FakeSheetTables;
  readonly charts: FakeChartCollection;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: Resolver<SheetState>,
  ) {
    super(context);
    this.tables = new FakeSheetTables(context, sheet);
    this.charts = new FakeChartCollection(context, sheet);
  }

  protected override probe(): void {
    this.sheet();
  }

  protected read(property: string): unknown {
    return property === "name" ? this.sheet().name : this.sheet().visibility;
  }

  getNextOrNullObject(): WorksheetApi {
    if (!this.context.host.isSetSupported("1.5")) {
      throw new Error("Worksheet.getNextOrNullObject needs ExcelApi 1.5, which this fake lacks");
    }
    this.calledOn("getNextOrNullObject");
    return new FakeWorksheet(this.context, () => {
      const sheets = this.context.host.state.sheets;
      const next = sheets[sheets.indexOf(this.sheet()) + 1];
      if (!next) throw new NullObject("the sheet after the last");
      return next;
    });
  }

  get name(): string {
    return this.loadedValue("name");
  }

  /** Renames the sheet; its tables, the active sheet and the selection follow. */
  set name(name: string) {
    this.write(
      () => ({ op: "worksheet.name", sheet: this.sheet().name, value: name }),
      () => {
        const sheet = this.sheet();
        const state = this.context.host.state;
        if (state.sheets.some((other) => other !== sheet && sameName(other.name, name))) {
          throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists`);
        }
        for (const table of state.tables) if (table.sheet === sheet.name) table.sheet = name;
        if (state.activeSheet === sheet.name) state.activeSheet = name;
        if (state.selection?.sheet === sheet.name) state.selection.sheet = name;
        sheet.name = name;
      },
    );
  }

  /** Deletes the sheet with its tables; Excel refuses to delete the last visible sheet. */
  delete(): void {
    this.write(
      () => ({ op: "worksheet.delete", sheet: this.sheet().name }),
      () => {
        const sheet = this.sheet();
        const state = this.context.host.state;
        const visible = state.sheets.filter((other) => other.visibility === "Visible");
        if (visible.length === 1 && visible[0] === sheet) {
          throw new FakeOfficeError("InvalidOperation", "A workbook must keep a visible sheet");
        }
        const index = state.sheets.indexOf(sheet);
        state.sheets.splice(index, 1);
        state.tables = state.tables.filter((table) => table.sheet !== sheet.name);
        if (state.selection?.sheet === sheet.name) delete state.selection;
        if (state.activeSheet === sheet.name) {
          // Excel shows the next visible sheet, or the one before when it was the last.
          const after = state.sheets.slice(index).find((other) => other.visibility === "Visible");
          const before = state.sheets
            .slice(0, index)
            .reverse()
            .find((other) => other.visibility === "Visible");
          state.activeSheet = (after ?? before)?.name;
        }
      },
    );
  }

  get visibility(): Excel.SheetVisibility {
    return this.loadedValue("visibility");
  }

  set visibility(visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.write(
      () => ({ op: "worksheet.visibility", sheet: this.sheet().name, value: visibility }),
      () => {
        this.sheet().visibility = visibility;
      },
    );
  }

  activate(): void {
    this.write(
      () => ({ op: "worksheet.activate", sheet: this.sheet().name }),
      () => {
        this.context.host.state.activeSheet = this.sheet().name;
      },
    );
  }

  getRange(address?: string): RangeApi {
    this.calledOn("getRange");
    return new FakeRange(this.context, () => ({
      sheet: this.sheet(),
      area: address === undefined ? WHOLE_SHEET : parseArea(address),
    }));
  }

  getRanges(address: string): RangeAreasApi {
    if (!this.context.host.isSetSupported("1.9")) {
      throw new Error("Worksheet.getRanges needs ExcelApi 1.9, which this fake Excel lacks");
    }
    this.calledOn("getRanges");
    return new FakeRangeAreas(this.context, this.sheet, address);
  }
}

class FakeWorksheetCollection extends FakeProxy implements WorksheetCollectionApi {
  protected readonly loadable = ["items/name"];
  readonly onCalculated = new FakeEventSource<WorksheetCalculated>(this.context, "calculated");

  protected read(): unknown {
    const items = this.context.host.state.sheets.map((sheet) =>
      new FakeWorksheet(this.context, () => this.context.host.liveSheet(sheet)).preload(
        "name",
        sheet.name,
      ),
    );
    this.preload("items", items);
    return undefined;
  }

  get items(): WorksheetApi[] {
    return this.loadedValue("items");
  }

  add(name: string): WorksheetApi {
    let created: SheetState | undefined;
    this.context.enqueue(() => {
      const host = this.context.host;
      if (host.state.sheets.some((sheet) => sameName(sheet.name, name))) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists`);
      }
      created = host.addSheet(name);
      host.afterWrite({ op: "worksheet.add", sheet: name });
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw new Error("A sheet was used before its add() ran");
      return created;
    });
  }

  getItem(key: string): WorksheetApi {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.host.state.sheets.find((candidate) =>
        sameName(candidate.name, key),
      );
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `No sheet named ${key}`);
      return sheet;
    });
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): WorksheetApi {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.host.state.sheets.find((candidate) =>
        sameName(candidate.name, key),
      );
      if (!sheet) throw new NullObject(`sheet ${key}`);
      return sheet;
    });
  }

  getFirst(): WorksheetApi {
    if (!this.context.host.isSetSupported("1.5")) {
      throw new Error("WorksheetCollection.getFirst needs ExcelApi 1.5, which this fake lacks");
    }
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.host.state.sheets[0];
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "The workbook has no sheet");
      return sheet;
    });
  }
}

// --- Tables ----------------------------------------------------------------------------

class FakeTableColumn extends FakeProxy implements TableColumnApi {
  protected readonly loadable = ["name"];

  constructor(
    context: FakeRequestContext,
    private readonly table: Resolver<TableState>,
    private readonly index: Resolver<number>,
  ) {
    super(context);
  }

  protected read(): unknown {
    return this.table().columns[this.index()];
  }

  get name(): string {
    return this.loadedValue("name");
  }

  getDataBodyRange(): RangeApi {
    return new FakeRange(this.context, () => {
      const table = this.table();
      const column = table.firstColumn + this.index();
      return {
        sheet: this.context.host.sheetOf(table),
        area: {
          top: table.headerRow + 1,
          bottom: table.headerRow + table.rows,
          left: column,
          right: column,
        },
      };
    });
  }
}

class FakeTableColumnCollection extends FakeProxy implements TableColumnCollectionApi {
  protected readonly loadable = ["items/name"];

  constructor(
    context: FakeRequestContext,
    private readonly table: Resolver<TableState>,
  ) {
    super(context);
  }

  protected read(): unknown {
    const table = this.table();
    const items = table.columns.map((name, index) =>
      new FakeTableColumn(
        this.context,
        () => table,
        () => index,
      ).preload("name", name),
    );
    this.preload("items", items);
    return undefined;
  }

  get items(): TableColumnApi[] {
    return this.loadedValue("items");
  }

  getItem(key: string): TableColumnApi {
    return new FakeTableColumn(this.context, this.table, () => {
      const index = this.table().columns.findIndex((name) => sameName(name, key));
      if (index < 0) throw new FakeOfficeError("ItemNotFound", `No column ${key}`);
      return index;
    });
  }
}

/**
 * A table's rows: `add` appends rows below the body as Excel does. Each row must have one
 * value per column (Excel refuses others); a null value leaves the new cell as Excel makes
 * it: a calculated column's formula, else blank. Cells below the table move down.
 */
class FakeTableRowCollection implements TableRowCollectionApi {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly table: Resolver<TableState>,
  ) {}

  add(index?: number, values?: (string | number | boolean)[][]): unknown {
    const context = this.context;
    context.enqueue(() => {
      const table = this.table();
      const sheet = context.host.sheetOf(table);
      const rows: (string | number | boolean | null)[][] = values ?? [
        table.columns.map(() => null),
      ];
      if (index !== undefined && index !== null && index !== -1) {
        throw new Error("This fake appends table rows only (index undefined)");
      }
      for (const row of rows) {
        if (!Array.isArray(row) || row.length !== table.columns.length) {
          throw new FakeOfficeError(
            "InvalidArgument",
            "The argument is invalid or missing or has an incorrect format.",
          );
        }
      }
      const last = table.headerRow + table.rows;
      const left = table.firstColumn;
      const right = table.firstColumn + table.columns.length - 1;
      const area = { top: last + 1, left, bottom: last + rows.length, right };
      const record: WriteRecord = {
        op: "table.rows.add",
        sheet: sheet.name,
        address: areaText(area),
        value: structuredClone(rows),
      };
      context.host.beforeWrite(record);
      // Cells under the table, in its columns, move down to make room.
      const below = Object.keys(sheet.cells)
        .map((key) => key.split(",").map(Number) as [number, number])
        .filter(([row, column]) => row > last && column >= left && column <= right)
        .sort(([a], [b]) => b - a);
      for (const [row, column] of below) {
        sheet.cells[`${row + rows.length},${column}`] = sheet.cells[`${row},${column}`]!;
        delete sheet.cells[`${row},${column}`];
      }
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const at = last + 1 + r;
          if (value === null) {
            const formula = cellAt(sheet, last, left + c)?.formula;
            if (formula !== undefined) setCell(sheet, at, left + c, { formula, value: "" });
            return;
          }
          if (value === "") delete sheet.cells[`${at},${left + c}`];
          else setCell(sheet, at, left + c, { value });
        }),
      );
      table.rows += rows.length;
      context.host.afterWrite(record);
    });
    return undefined;
  }
}

class FakeTable extends FakeProxy implements TableApi {
  protected readonly loadable = ["name", "style"];
  readonly worksheet: FakeWorksheet;
  readonly columns: TableColumnCollectionApi;
  readonly rows: TableRowCollectionApi;

  constructor(
    context: FakeRequestContext,
    private readonly table: Resolver<TableState>,
  ) {
    super(context);
    this.worksheet = new FakeWorksheet(context, () => context.host.sheetOf(table()));
    this.columns = new FakeTableColumnCollection(context, table);
    this.rows = new FakeTableRowCollection(context, table);
  }

  protected override probe(): void {
    this.table();
  }

  protected read(property: string): unknown {
    return property === "name" ? this.table().name : this.table().style;
  }

  get name(): string {
    return this.loadedValue("name");
  }

  set name(name: string) {
    this.write(
      () => ({ op: "table.name", sheet: this.table().sheet, value: name }),
      () => {
        this.table().name = name;
      },
    );
  }

  get style(): string {
    return this.loadedValue("style");
  }

  set style(style: string) {
    this.write(
      () => ({ op: "table.style", sheet: this.table().sheet, value: style }),
      () => {
        this.table().style = style;
      },
    );
  }

  getDataBodyRange(): RangeApi {
    return new FakeRange(this.context, () => {
      const table = this.table();
      return {
        sheet: this.context.host.sheetOf(table),
        area: {
          top: table.headerRow + 1,
          bottom: table.headerRow + Math.max(table.rows, 1),
          left: table.firstColumn,
          right: table.firstColumn + table.columns.length - 1,
        },
      };
    });
  }
}

// --- Events ----------------------------------------------------------------------------

type TableChanged = Pick<
  Excel.TableChangedEventArgs,
  "address" | "changeType" | "source" | "tableId"
>;
type TableAdded = Pick<Excel.TableAddedEventArgs, "source" | "tableId">;
type TableDeleted = Pick<Excel.TableDeletedEventArgs, "source" | "tableName">;
type WorksheetCalculated = Pick<Excel.WorksheetCalculatedEventArgs, "worksheetId">;

interface Handler {
  event: "changed" | "added" | "deleted" | "calculated";
  handler: (args: never) => Promise<unknown>;
  active: boolean;
}

class FakeEventSource<T> implements EventSource<T> {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly event: Handler["event"],
  ) {}

  add(handler: (args: T) => Promise<unknown>): EventRegistration {
    const entry: Handler = { event: this.event, handler, active: false };
    const context = this.context;
    context.enqueue(() => {
      entry.active = true;
      context.host.handlers.push(entry);
    });
    return {
      context,
      remove: () =>
        context.enqueue(() => {
          entry.active = false;
        }),
    };
  }
}

class FakeTableCollection extends FakeProxy implements TableCollectionApi {
  protected readonly loadable = ["items/name", "items/worksheet/name"];
  readonly onChanged = new FakeEventSource<TableChanged>(this.context, "changed");
  readonly onAdded = new FakeEventSource<TableAdded>(this.context, "added");
  readonly onDeleted = new FakeEventSource<TableDeleted>(this.context, "deleted");
  /** The items one load made, so "items/name, items/worksheet/name" fill the same proxies. */
  private loadedItems?: { sync: number; items: FakeTable[] };

  protected read(property: string): unknown {
    const sync = this.context.host.syncCount;
    if (this.loadedItems?.sync !== sync) {
      const items = this.context.host.state.tables.map((table) =>
        new FakeTable(this.context, () => this.context.host.liveTable(table)).preload(
          "name",
          table.name,
        ),
      );
      this.loadedItems = { sync, items };
      this.preload("items", items);
    }
    if (property === "items/worksheet/name") {
      const tables = this.context.host.state.tables;
      this.loadedItems.items.forEach((item, index) =>
        item.worksheet.preload("name", tables[index]?.sheet),
      );
    }
    return undefined;
  }

  get items(): TableApi[] {
    return this.loadedValue("items");
  }

  getItem(key: string): TableApi {
    return new FakeTable(this.context, () => {
      const table = this.context.host.state.tables.find((candidate) =>
        sameName(candidate.name, key),
      );
      if (!table) throw new FakeOfficeError("ItemNotFound", `No table named ${key}`);
      return table;
    });
  }

  /** ExcelApi 1.4. Table names are unique in a workbook and matched without case. */
  getItemOrNullObject(key: string): TableApi {
    return new FakeTable(this.context, () => {
      const table = this.context.host.state.tables.find((candidate) =>
        sameName(candidate.name, key),
      );
      if (!table) throw new NullObject(`table ${key}`);
      return table;
    });
  }
}

// --- Context and host ------------------------------------------------------------------

class FakeRuntime {
  constructor(private readonly context: FakeRequestContext) {}

  get enableEvents(): boolean {
    return writeOnly("Runtime", "enableEvents");
  }

  set enableEvents(enabled: boolean) {
    if (!this.context.host.isSetSupported("1.8")) {
      throw new Error("Runtime.enableEvents needs ExcelApi 1.8, which this fake Excel lacks");
    }
    this.context.enqueue(() => {
      this.context.host.state.eventsEnabled = enabled;
      this.context.host.afterWrite({ op: "runtime.enableEvents", value: enabled });
    });
  }
}

export class FakeRequestContext implements ExcelContext {
  readonly workbook: { tables: TableCollectionApi; worksheets: WorksheetCollectionApi };
  readonly runtime = new FakeRuntime(this);
  private queue: { run: () => void; probe: boolean }[] = [];
  /** Bytes of cell data the current sync sends back (values, types, formulas, formats). */
  responseBytes = 0;

  constructor(
    readonly host: FakeExcel,
    private readonly options: HostRunOptions = {},
  ) {
    this.workbook = {
      tables: new FakeTableCollection(this),
      worksheets: new FakeWorksheetCollection(this),
    };
  }

  enqueue(operation: () => void): void {
    this.queue.push({ run: operation, probe: false });
  }

  /** Office's own bookkeeping for a new proxy (isNullObject): runs at sync, is not work. */
  enqueueProbe(operation: () => void): void {
    this.queue.push({ run: operation, probe: true });
  }

  get pending(): number {
    return this.queue.filter((entry) => !entry.probe).length;
  }

  async sync(): Promise<void> {
    this.host.syncCount++;
    const operations = this.queue;
    this.queue = [];
    await this.host.waitForCellEdit(this.options.delayForCellEdit === true);
    const failure = this.host.takeFailure();
    if (failure) throw failure;
    this.responseBytes = 0;
    try {
      // As in Excel, a failing operation fails the request, and the ones before it have run.
      for (const operation of operations) operation.run();
    } finally {
      this.host.raiseOwnWriteEvents();
    }
    if (this.responseBytes > this.host.maxResponseBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response of ${this.responseBytes} bytes exceeds the limit`,
      );
    }
  }
}

/** What the adapter asks of Excel.run (Excel.RunOptions). */
export type HostRunOptions = RunOptions;

/** Where the add-in runs: the platforms differ in limits and in what functions receive. */
export type FakePlatform = "web" | "windows" | "mac";

export interface FakeExcelOptions {
  /** ExcelApi versions this Excel implements; default 1.1 to 1.9. */
  supported?: readonly string[];
  /** Default "web", whose 5 MB response limit is the strictest. */
  platform?: FakePlatform;
  /** Excel on the web refuses responses over 5 MB; desktop Excel has no such limit. */
  maxResponseBytes?: number;
  /**
   * Table events for the add-in's own writes even while it has switched events off, as
   * office-js issue 1786 reports; default false.
   */
  eventsLeakWhenDisabled?: boolean;
  /** Desktop only: ranges past this many cells read as null values; default 5,000,000. */
  nullValuesOverCells?: number;
  /**
   * An Office error code: a worksheet method that returns an object (getRange, getRanges,
   * getNextOrNullObject) called on a null worksheet then fails the sync with it, at its place
   * in the request. Unset, such a call gives a null object, and loads through it give nothing.
   * Microsoft does not document either; its samples show only that a void method (delete) on
   * a null object and a load of one do not fail. The adapter must work both ways, so its
   * tests of null objects run with and without this.
   */
  refuseCallsOnNullObjects?: string;
}

/** The web's request and response payload limit (RequestPayloadSizeLimitExceeded). */
export const webPayloadLimit = 5 * 1024 * 1024;

/** Past this many cells in one range, desktop Excel may return null values instead of an error. */
export const desktopNullValuesOver = 5_000_000;

interface InjectedFailure {
  matches: (write: WriteRecord) => boolean;
  error: Error;
}

/** A fake Excel application: the workbook state, the host interface and what happened. */
export class FakeExcel implements ExcelHost {
  state: WorkbookState = { sheets: [], tables: [], eventsEnabled: true };
  /** context.sync() calls, across all batches. */
  syncCount = 0;
  readonly writes: WriteRecord[] = [];
  readonly handlers: Handler[] = [];
  /** Cells in each `values` read, in order: shows how bodies were chunked. */
  readonly valueReads: number[] = [];
  readonly platform: FakePlatform;
  readonly maxResponseBytes: number;
  readonly nullValuesOverCells: number;
  readonly refuseCallsOnNullObjects?: string;
  /** Excel.run calls, with the options the adapter gave. */
  readonly runs: HostRunOptions[] = [];
  private readonly supported: Set<string>;
  private readonly eventsLeakWhenDisabled: boolean;
  private idCounter = 0;
  private failure?: Error;
  private writeFailure?: InjectedFailure;
  private touched: WriteRecord[] = [];
  private deliveries: Promise<void>[] = [];
  private cellEdit?: { ended: Promise<void>; end: () => void };

  constructor(options: FakeExcelOptions = {}) {
    this.supported = new Set(
      options.supported ?? ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"],
    );
    this.platform = options.platform ?? "web";
    this.maxResponseBytes =
      options.maxResponseBytes ?? (this.platform === "web" ? webPayloadLimit : Infinity);
    this.eventsLeakWhenDisabled = options.eventsLeakWhenDisabled ?? false;
    this.nullValuesOverCells = options.nullValuesOverCells ?? desktopNullValuesOver;
    this.refuseCallsOnNullObjects = options.refuseCallsOnNullObjects;
  }

  nextId(): number {
    return ++this.idCounter;
  }

  isSetSupported(version: string): boolean {
    return this.supported.has(version);
  }

  async run<T>(batch: ExcelBatch<T>, options: HostRunOptions = {}): Promise<T> {
    this.runs.push({ ...options });
    const context = new FakeRequestContext(this, options);
    const result = await batch(context);
    if (context.pending > 0) {
      throw new Error(`A batch ended with ${context.pending} queued operations never synced`);
    }
    return result;
  }

  async runIn<T>(registration: EventRegistration, batch: ExcelBatch<T>): Promise<T> {
    const context = registration.context;
    if (!(context instanceof FakeRequestContext) || context.host !== this) {
      throw new Error("runIn needs a registration made by this fake Excel");
    }
    const result = await batch(context);
    if (context.pending > 0) throw new Error("A batch ended with queued operations never synced");
    return result;
  }

  /** Makes the next sync fail with `error` before it runs anything. */
  failNextSync(error: Error): void {
    this.failure = error;
  }

  takeFailure(): Error | undefined {
    const failure = this.failure;
    this.failure = undefined;
    return failure;
  }

  /**
   * Makes the first write matching `matches` fail with `error` (default GeneralException):
   * the writes queued before it in the same sync have been applied, the rest have not.
   */
  failWrite(matches: (write: WriteRecord) => boolean, error?: Error): void {
    this.writeFailure = {
      matches,
      error: error ?? new FakeOfficeError("GeneralException", "An internal error has occurred."),
    };
  }

  beforeWrite(record: WriteRecord): void {
    if (this.writeFailure?.matches(record)) {
      const { error } = this.writeFailure;
      this.writeFailure = undefined;
      throw error;
    }
  }

  afterWrite(record: WriteRecord): void {
    this.writes.push(record);
    this.touched.push(record);
  }

  /** What a cell shows: its value, or for a formula cell what the formula calculates to. */
  shownCell(sheet: SheetState, row: number, column: number): CellState | undefined {
    const cell = cellAt(sheet, row, column);
    if (cell?.entity) return { ...cell, value: cell.entity.text };
    if (!cell?.formula) return cell;
    const shown = calculate(
      cell.formula,
      { sheet, row, column, tables: this.state.tables },
      { platform: this.platform, addinLoaded: this.addinLoaded, held: this.heldFunctions },
    );
    if (!shown) return cell;
    const result: CellState = { ...cell, value: shown.value };
    if (shown.error) result.error = true;
    else delete result.error;
    return result;
  }

  /** Whether the add-in's functions are registered; without them KA2 formulas show #NAME?. */
  addinLoaded = true;
  /** Functions whose cells show #BUSY! (still working) until finishCalculation(). */
  readonly heldFunctions = new Set<string>();

  /** The held functions return: their cells calculate, and onCalculated is raised per sheet. */
  async finishCalculation(): Promise<void> {
    this.heldFunctions.clear();
    for (const sheet of this.state.sheets) await this.raiseCalculated(sheet.name);
  }

  /** Puts a formula in a cell, as the user or the template would. */
  setFormula(sheetName: string, row: number, column: number, formula: string): void {
    setCell(this.sheet(sheetName), row, column, { formula, value: "" });
  }

  /** Puts an entity (a Geography value, say) in a cell. */
  setEntity(sheetName: string, row: number, column: number, entity: EntityState): void {
    setCell(this.sheet(sheetName), row, column, { value: entity.text, entity });
  }

  // --- Cell edit mode ---

  /** The user starts editing a cell: batches fail, or wait with delayForCellEdit. */
  startCellEdit(): void {
    let end = () => undefined as void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.cellEdit = { ended, end };
  }

  endCellEdit(): void {
    const edit = this.cellEdit;
    this.cellEdit = undefined;
    edit?.end();
  }

  get editingCell(): boolean {
    return this.cellEdit !== undefined;
  }

  async waitForCellEdit(delay: boolean): Promise<void> {
    if (!this.cellEdit) return;
    if (!delay) {
      throw new FakeOfficeError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    await this.cellEdit.ended;
  }

  // --- Events raised by the add-in's own writes ---

  /**
   * After a sync: a table change event for each write that touched a table's cells (values,
   * formats, conditional formats), delivered after the sync resolves, as Excel does.
   */
  raiseOwnWriteEvents(): void {
    const touched = this.touched;
    this.touched = [];
    if (!this.state.eventsEnabled && !this.eventsLeakWhenDisabled) return;
    for (const record of touched) {
      if (
        !record.sheet ||
        !record.address ||
        !/^(range|conditionalFormat|table\.rows)\./.test(record.op)
      ) {
        continue;
      }
      const areas = record.address.split(",").map(parseArea);
      for (const table of this.state.tables) {
        if (!sameName(table.sheet, record.sheet)) continue;
        const tableArea = {
          top: table.headerRow,
          left: table.firstColumn,
          bottom: table.headerRow + table.rows,
          right: table.firstColumn + table.columns.length - 1,
        };
        if (!areas.some((area) => intersects(area, tableArea))) continue;
        const args: TableChanged = {
          address: `${sheetPrefix(table.sheet)}!${record.address}`,
          changeType: record.op.startsWith("range.values")
            ? "RangeEdited"
            : record.op === "table.rows.add"
              ? "RowInserted"
              : "Unknown",
          source: "Local",
          tableId: table.id,
        };
        this.deliveries.push(
          Promise.resolve().then(() => this.deliver("changed", args, this.eventsLeakWhenDisabled)),
        );
      }
    }
  }

  /** Waits until every event raised so far has been handled. */
  async settle(): Promise<void> {
    while (this.deliveries.length > 0) {
      const pending = this.deliveries;
      this.deliveries = [];
      await Promise.all(pending);
    }
  }

  // --- Building a workbook for a test ---

  addSheet(name: string): SheetState {
    const sheet: SheetState = {
      id: `{sheet-${this.nextId()}}`,
      name,
      visibility: "Visible",
      cells: {},
      conditionalFormats: [],
      validations: [],
      autofitted: [],
      columnWidths: {},
      charts: [],
    };
    this.state.sheets.push(sheet);
    this.state.activeSheet ??= name;
    return sheet;
  }

  sheet(name: string): SheetState {
    const sheet = this.state.sheets.find((candidate) => sameName(candidate.name, name));
    if (!sheet) throw new Error(`The fake has no sheet ${name}`);
    return sheet;
  }

  /** A table with its header row at (`headerRow`, `firstColumn`); values "" are blank. */
  addTable(
    sheetName: string,
    name: string,
    headers: readonly string[],
    rows: readonly (readonly (CellState["value"] | { error: string } | null)[])[],
    at: { headerRow?: number; firstColumn?: number } = {},
  ): TableState {
    const sheet = this.state.sheets.find((candidate) => sameName(candidate.name, sheetName))
      ? this.sheet(sheetName)
      : this.addSheet(sheetName);
    const headerRow = at.headerRow ?? 1;
    const firstColumn = at.firstColumn ?? 1;
    headers.forEach((header, index) => {
      sheet.cells[`${headerRow},${firstColumn + index}`] = { value: header };
    });
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        sheet.cells[`${headerRow + 1 + r},${firstColumn + c}`] =
          typeof value === "object" ? { value: value.error, error: true } : { value };
      }),
    );
    const table: TableState = {
      id: `{table-${this.nextId()}}`,
      name,
      sheet: sheet.name,
      headerRow,
      firstColumn,
      columns: [...headers],
      rows: Math.max(rows.length, 1),
      style: "TableStyleMedium2",
    };
    this.state.tables.push(table);
    return table;
  }

  /** A deep copy of the workbook state, for before/after comparisons. */
  snapshot(): WorkbookState {
    return structuredClone(this.state);
  }

  sheetOf(table: TableState): SheetState {
    return this.sheet(table.sheet);
  }

  /** The sheet as it is now; throws ItemNotFound once deleted. */
  liveSheet(sheet: SheetState): SheetState {
    if (!this.state.sheets.includes(sheet)) {
      throw new FakeOfficeError("ItemNotFound", `The sheet ${sheet.name} was deleted`);
    }
    return sheet;
  }

  liveTable(table: TableState): TableState {
    if (!this.state.tables.includes(table)) {
      throw new FakeOfficeError("ItemNotFound", `The table ${table.name} was deleted`);
    }
    return table;
  }

  // --- Events, as Excel would raise them ---

  private raise(event: Handler["event"], args: unknown): Promise<void> {
    return this.deliver(event, args, false);
  }

  private async deliver(event: Handler["event"], args: unknown, leak: boolean): Promise<void> {
    if (!this.state.eventsEnabled && !leak) return;
    for (const entry of this.handlers.filter((handler) => handler.active)) {
      if (entry.event === event) await (entry.handler as (args: unknown) => Promise<unknown>)(args);
    }
  }

  /** A user edit in a table: raises TableCollection.onChanged. */
  async editTable(table: TableState, address: string, source: "Local" | "Remote" = "Local") {
    const args: TableChanged = {
      address: `${sheetPrefix(table.sheet)}!${address}`,
      changeType: "RangeEdited",
      source,
      tableId: table.id,
    };
    await this.raise("changed", args);
  }

  async raiseTableAdded(table: TableState): Promise<void> {
    const args: TableAdded = { source: "Local", tableId: table.id };
    await this.raise("added", args);
  }

  /** Excel finished calculating a sheet: raises WorksheetCollection.onCalculated. */
  async raiseCalculated(sheetName: string): Promise<void> {
    const args: WorksheetCalculated = { worksheetId: this.sheet(sheetName).id };
    await this.raise("calculated", args);
  }

  async raiseTableDeleted(name: string): Promise<void> {
    const args: TableDeleted = { source: "Local", tableName: name };
    await this.raise("deleted", args);
  }

  get activeHandlers(): number {
    return this.handlers.filter((handler) => handler.active).length;
  }
}

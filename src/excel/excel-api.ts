/**
 * The slice of the Excel JavaScript API the adapter uses, declared against @types/office-js.
 * The adapter is written against these interfaces, the test fake implements them, and
 * `officeHost` below only compiles while the real Excel objects satisfy them, so the fake
 * and the adapter cannot drift from Office.js unnoticed.
 */

/** A handler registration; Excel needs its own request context to remove it. */
export interface EventRegistration {
  remove(): void;
  readonly context: unknown;
}

export interface EventSource<T> {
  add(handler: (args: T) => Promise<unknown>): EventRegistration;
}

export interface ConditionalFormatRuleApi extends Pick<Excel.ConditionalFormatRule, "formula"> {
  load(propertyNames: string): unknown;
}

export interface CustomConditionalFormatApi {
  readonly rule: ConditionalFormatRuleApi;
  readonly format: {
    readonly fill: Pick<Excel.ConditionalRangeFill, "color">;
    readonly font: Pick<Excel.ConditionalRangeFont, "color">;
  };
}

export interface ConditionalFormatApi extends Pick<Excel.ConditionalFormat, "type" | "delete"> {
  readonly custom: CustomConditionalFormatApi;
  /** The custom rule, or a null object for the other types: loadable over a collection. */
  readonly customOrNullObject: Pick<CustomConditionalFormatApi, "rule"> & NullableApi;
}

/** Every Office proxy has isNullObject; it says something only for *OrNullObject results. */
export type NullableApi = Pick<Excel.Table, "isNullObject">;

export interface ConditionalFormatCollectionApi extends NullableApi {
  readonly items: ConditionalFormatApi[];
  load(propertyNames: string): unknown;
  add(type: "Custom"): ConditionalFormatApi;
}

export type DataValidationApi = Pick<Excel.DataValidation, "rule" | "errorAlert" | "prompt">;

export interface RangeApi extends Pick<
  Excel.Range,
  | "address"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "values"
  | "valueTypes"
  | "formulas"
  | "numberFormat"
  | "select"
  | "isNullObject"
> {
  load(propertyNames: string): unknown;
  readonly conditionalFormats: ConditionalFormatCollectionApi;
  readonly dataValidation: DataValidationApi;
  readonly format: RangeFormatApi;
  /** A cell relative to the range's top left; it may lie outside the range, not the grid. */
  getCell(row: number, column: number): RangeApi;
  /** ExcelApi 1.7: the same top-left cell, `numRows` by `numColumns`. */
  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeApi;
  /** ExcelApi 1.4: the cells both ranges share, or a null object when none. */
  getIntersectionOrNullObject(anotherRange: RangeApi | Excel.Range | string): RangeApi;
}

export interface RangeFormatApi extends Pick<Excel.RangeFormat, "autofitColumns" | "columnWidth"> {
  readonly font: Pick<Excel.RangeFont, "bold" | "italic" | "size" | "color">;
  readonly fill: Pick<Excel.RangeFill, "color">;
  readonly borders: { getItem(index: "EdgeTop"): Pick<Excel.RangeBorder, "style"> };
}

/** The chart types the Form summary sheet draws (ExcelApi 1.1). */
export type FormChartType = "BarClustered" | "ColumnClustered";

export interface ChartApi {
  readonly title: Pick<Excel.ChartTitle, "text">;
  readonly legend: Pick<Excel.ChartLegend, "visible">;
  /** Top-left and bottom-right cells, e.g. "K2", "R17". */
  setPosition(startCell: string, endCell: string): void;
}

export interface ChartCollectionApi {
  add(type: FormChartType, sourceData: RangeApi, seriesBy: "Columns"): ChartApi;
}

export interface RangeAreasApi {
  readonly conditionalFormats: ConditionalFormatCollectionApi;
}

export interface TableColumnApi extends Pick<Excel.TableColumn, "name"> {
  getDataBodyRange(): RangeApi;
}

export interface TableColumnCollectionApi {
  readonly items: TableColumnApi[];
  load(propertyNames: string): unknown;
  getItem(key: string): TableColumnApi;
}

export interface TableApi extends Pick<Excel.Table, "name" | "style" | "isNullObject"> {
  load(propertyNames: string): unknown;
  readonly worksheet: WorksheetApi;
  readonly columns: TableColumnCollectionApi;
  getDataBodyRange(): RangeApi;
}

export interface TableCollectionApi {
  readonly items: TableApi[];
  load(propertyNames: string): unknown;
  getItem(key: string): TableApi;
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): TableApi;
  readonly onChanged: EventSource<
    Pick<Excel.TableChangedEventArgs, "address" | "changeType" | "source" | "tableId">
  >;
  /** ExcelApi 1.9. */
  readonly onAdded: EventSource<Pick<Excel.TableAddedEventArgs, "source" | "tableId">>;
  /** ExcelApi 1.9. */
  readonly onDeleted: EventSource<Pick<Excel.TableDeletedEventArgs, "source" | "tableName">>;
}

export interface WorksheetApi extends Pick<
  Excel.Worksheet,
  "name" | "visibility" | "activate" | "delete" | "isNullObject"
> {
  load(propertyNames: string): unknown;
  /** The whole sheet without an address. */
  getRange(address?: string): RangeApi;
  /** ExcelApi 1.9. */
  getRanges(address: string): RangeAreasApi;
  /** ExcelApi 1.5: the sheet after this one, or a null object after the last. */
  getNextOrNullObject(): WorksheetApi;
  readonly tables: { add(address: string, hasHeaders: boolean): TableApi };
  readonly charts: ChartCollectionApi;
}

export interface WorksheetCollectionApi {
  readonly items: WorksheetApi[];
  /** ExcelApi 1.8. */
  readonly onCalculated: EventSource<Pick<Excel.WorksheetCalculatedEventArgs, "worksheetId">>;
  load(propertyNames: string): unknown;
  add(name: string): WorksheetApi;
  getItem(key: string): WorksheetApi;
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): WorksheetApi;
  /** ExcelApi 1.5: the first sheet. */
  getFirst(): WorksheetApi;
}

export interface ExcelContext {
  readonly workbook: {
    readonly tables: TableCollectionApi;
    readonly worksheets: WorksheetCollectionApi;
  };
  /** ExcelApi 1.8 for enableEvents. */
  readonly runtime: Pick<Excel.Runtime, "enableEvents">;
  sync(): Promise<unknown>;
}

export type ExcelBatch<T> = (context: ExcelContext) => Promise<T>;

/** What the adapter asks of Excel.run. */
export type RunOptions = Pick<Excel.RunOptions, "delayForCellEdit">;

/** How the adapter reaches Excel: Excel.run and the requirement-set check, injectable. */
export interface ExcelHost {
  run<T>(batch: ExcelBatch<T>, options?: RunOptions): Promise<T>;
  /** Runs a batch in the context an event handler was added in (to remove the handler). */
  runIn<T>(registration: EventRegistration, batch: ExcelBatch<T>): Promise<T>;
  /** Whether this Excel implements ExcelApi `version` (e.g. "1.9"). */
  isSetSupported(version: string): boolean;
  /** Office.context.platform: "PC", "OfficeOnline", "Mac" …; absent when not known. */
  platform?: string;
}

/** The real Excel, through the Office.js globals. */
export function officeHost(): ExcelHost {
  return {
    run: (batch, options = {}) => Excel.run(options, (context) => batch(context)),
    runIn: (registration, batch) =>
      Excel.run(registration.context as OfficeExtension.ClientRequestContext, (context) =>
        batch(context),
      ),
    isSetSupported: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    platform: Office.context.platform ? String(Office.context.platform) : undefined,
  };
}

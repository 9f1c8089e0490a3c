import type { CellValue } from "../domain/workbook";
import { columnNumber, type CellRange } from "./a1-range";
import { plainCellValue } from "./cell-value";
import { attribute, xmlText } from "./xml-text";
import { workbookLimits } from "./xlsx-parts";

/**
 * Reads the cells of one worksheet's XML that fall inside given ranges, as the values exceljs
 * would give (through plainCellValue), and nothing else: a sheet of 100,000 rows is scanned
 * once and only its table cells are kept. Anything this reader does not reproduce exactly
 * (inline or date cells, merged cells, prefixed XML) throws NotPlainSheet, and the caller
 * reads the workbook with exceljs instead.
 */

export class NotPlainSheet extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "NotPlainSheet";
  }
}

/** What the sheet reader needs from the workbook's other parts. */
export interface SheetContext {
  sharedStrings: readonly unknown[];
  /** Whether the cell style (the `s` index) shows numbers as dates: exceljs turns those into Dates. */
  isDateStyle: (style: number) => boolean;
  /** Groups (`si`) of shared formulas whose first cell was read, in the sheet being read. */
  sharedFormulas: Set<string>;
}

export interface SheetCells {
  /** The highest row number the sheet declares (exceljs's rowCount). */
  rowCount: number;
  /**
   * For each range asked for, its rows from the range's top: the row's values from the range's
   * left column, or undefined for a row with no value in the range.
   */
  grids: (CellValue[] | undefined)[][];
}

// A cell's content stops at its own end tag and never runs into the next cell or row, and a
// row or cell tag that is not closed matches the last branch (then the sheet is left to
// exceljs): a damaged sheet costs one pass, not one pass per cell.
const TOKEN =
  /<row\b([^>]*)>|<c\b([^>]*?)(?:\/>|>((?:[^<]|<(?!\/c>|c\b|row\b))*)<\/c>)|<(?:row|c)\b/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v>([\s\S]*?)<\/v>/;
const ADDRESS = /^([A-Z]{1,3})(\d{1,7})$/;

/** A double-decoded text (exceljs decodes `t="str"` values once more) must hold no "&". */
function decodedOnce(text: string): string {
  if (text.includes("&")) throw new NotPlainSheet("a text result with an entity");
  return text;
}

function cellValue(attributes: string, inner: string, context: SheetContext): unknown {
  const type = cellAttribute(attributes, "t");
  const styleText = cellAttribute(attributes, "s");
  const style = styleText === undefined ? undefined : parseInt(styleText, 10);
  if (type === "inlineStr" || type === "d" || inner.includes("<is")) {
    throw new NotPlainSheet("an inline or date-typed cell");
  }
  const formula = FORMULA.exec(inner);
  const valueMatch = VALUE.exec(inner);
  const value = valueMatch && valueMatch[1] !== "" ? xmlText(valueMatch[1] ?? "") : undefined;
  const dated = () => {
    if (style !== undefined && context.isDateStyle(style)) {
      throw new NotPlainSheet("a number with a date format");
    }
  };
  const shareType = formula ? attribute(formula[1] ?? "", "t") : undefined;
  if (formula && ((formula[2] ?? "") !== "" || shareType !== undefined)) {
    if (shareType === "shared" && attribute(formula[1] ?? "", "ref") === undefined) {
      const group = attribute(formula[1] ?? "", "si") ?? "";
      if (!context.sharedFormulas.has(group)) throw new NotPlainSheet("a shared formula's copy");
    } else if (shareType === "shared") {
      context.sharedFormulas.add(attribute(formula[1] ?? "", "si") ?? "");
    }
    if (!value) return { formula: "=" };
    let result: unknown;
    if (type === "str") result = decodedOnce(value);
    else if (type === "b") result = parseInt(value, 10) !== 0;
    else if (type === "e") result = { error: value };
    else {
      dated();
      result = parseFloat(value);
    }
    // The cached result, 0 and FALSE included (the exceljs path reads the cell's result too).
    return { formula: "=", result };
  }
  if (value === undefined) {
    // exceljs reads a cell with neither value nor style as part of a merge.
    if (style === undefined) throw new NotPlainSheet("an empty cell without a style");
    return null;
  }
  switch (type) {
    case "s": {
      const shared = context.sharedStrings[parseInt(value, 10)];
      if (shared === undefined) throw new NotPlainSheet("a shared text that is not there");
      return shared;
    }
    case "str":
      return decodedOnce(value);
    case "b":
      return parseInt(value, 10) !== 0;
    case "e":
      return { error: value };
    default:
      dated();
      return parseFloat(value);
  }
}

/** An attribute of a cell or row tag; the common spelling ` name="…"` without a regex. */
function cellAttribute(attributes: string, name: string): string | undefined {
  const at = attributes.indexOf(` ${name}="`);
  if (at < 0 || attributes.includes(`${name}=`, at + name.length + 3)) {
    return attribute(attributes, name);
  }
  const start = at + name.length + 3;
  const end = attributes.indexOf('"', start);
  return end < 0 ? attribute(attributes, name) : xmlText(attributes.slice(start, end));
}

/**
 * Reads the cells of `ranges` from a worksheet's XML given in pieces that each end after a row
 * (see xml-pieces.ts), so that no check below is cut in two: `read` each piece in order, then
 * take `cells()`.
 */
export class SheetCellReader {
  private readonly grids: (CellValue[] | undefined)[][];
  private kept = 0;
  private rowCount = 0;
  private rowNumber = 0;

  constructor(
    private readonly ranges: readonly CellRange[],
    private readonly context: SheetContext,
  ) {
    this.grids = ranges.map(() => []);
  }

  read(piece: string): void {
    if (piece.includes("<![CDATA[")) throw new NotPlainSheet("CDATA XML");
    if (piece.includes("<mergeCell")) throw new NotPlainSheet("merged cells");
    // exceljs's parser reads line ends as "\n" and a line break in an attribute as a space.
    if (/="[^"]*[\r\n\t][^"]*"/.test(piece))
      throw new NotPlainSheet("a line break in an attribute");
    const text = piece.includes("\r") ? piece.replace(/\r\n?/g, "\n") : piece;
    if (/<\w+:(?:worksheet|sheetData|row|c)\b/.test(text)) throw new NotPlainSheet("prefixed XML");
    const { ranges, grids, context } = this;
    TOKEN.lastIndex = 0;
    for (let token = TOKEN.exec(text); token !== null; token = TOKEN.exec(text)) {
      if (token[1] === undefined && token[2] === undefined) {
        throw new NotPlainSheet("a row or cell tag that is not closed");
      }
      if (token[1] !== undefined) {
        const declared = cellAttribute(token[1], "r");
        this.rowNumber = declared === undefined ? NaN : Number(declared);
        if (!Number.isInteger(this.rowNumber) || this.rowNumber < 1) {
          throw new NotPlainSheet("a row without r");
        }
        this.rowCount = Math.max(this.rowCount, this.rowNumber);
        continue;
      }
      const rowNumber = this.rowNumber;
      const address = ADDRESS.exec(cellAttribute(token[2] ?? "", "r") ?? "");
      if (!address || Number(address[2]) !== rowNumber) {
        throw new NotPlainSheet("a cell without its address");
      }
      const column = columnNumber(address[1] ?? "");
      for (let index = 0; index < ranges.length; index++) {
        const range = ranges[index]!;
        if (rowNumber < range.top || rowNumber > range.bottom) continue;
        if (column < range.left || column > range.right) continue;
        const value = plainCellValue(cellValue(token[2] ?? "", token[3] ?? "", context));
        if (value === null) continue;
        const grid = grids[index]!;
        let row = grid[rowNumber - range.top];
        if (!row) {
          this.kept += range.right - range.left + 1;
          if (this.kept > workbookLimits.tableCells) {
            throw new NotPlainSheet("more cells than a budget has");
          }
          row = new Array<CellValue>(range.right - range.left + 1).fill(null);
          grid[rowNumber - range.top] = row;
        }
        row[column - range.left] = value;
      }
    }
  }

  cells(): SheetCells {
    return { rowCount: this.rowCount, grids: this.grids };
  }
}

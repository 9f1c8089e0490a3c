import { ArgumentError } from "../domain/arguments";
import { functionText } from "../messages/function-messages";
import {
  callWorksheetFunction,
  worksheetFunctions,
  type CellFunction,
  type PlaceFunction,
} from "../domain/worksheet-functions";
import type { CellError, CellValue } from "../domain/workbook";
import { isCellError } from "../domain/workbook";
import type { FormulaFunction, FormulaValue } from "./formula-evaluator";
import { lazyPlaces } from "./gazetteer-file";

/**
 * The Excel functions the schema's formulas call, for computing cached results: a few
 * built-ins with Excel's own semantics, and the KA2.* add-in functions, which run the same
 * worksheet functions the add-in registers (a bad argument gives #VALUE!, as in Excel).
 */

const NOT_AVAILABLE: CellError = { error: "#N/A" };
const VALUE_ERROR: CellError = { error: "#VALUE!" };

function isRange(value: FormulaValue): value is readonly (readonly CellValue[])[] {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

function single(value: FormulaValue): CellValue {
  return Array.isArray(value) ? VALUE_ERROR : (value as CellValue);
}

function truthy(value: CellValue): boolean | CellError {
  if (isCellError(value)) return value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (value === null) return false;
  const word = value.trim().toUpperCase();
  return word === "TRUE" ? true : word === "FALSE" ? false : VALUE_ERROR;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

const builtIns: Record<string, FormulaFunction> = {
  IF: ([condition, then, otherwise]) => {
    const test = truthy(single(condition?.() ?? null));
    if (typeof test !== "boolean") return test;
    return test ? (then?.() ?? true) : (otherwise?.() ?? false);
  },
  ISBLANK: ([value]) => single(value?.() ?? null) === null,
  IFERROR: ([value, fallback]) => {
    const result = value?.() ?? null;
    return !Array.isArray(result) && isCellError(result as CellValue)
      ? (fallback?.() ?? null)
      : result;
  },
  INDEX: ([array, rowNumber]) => {
    const values = array?.();
    const index = single(rowNumber?.() ?? null);
    if (isCellError(index)) return index;
    if (!Array.isArray(values) || typeof index !== "number") return VALUE_ERROR;
    return values[index - 1] ?? { error: "#REF!" };
  },
  // Only exact match (type 0), which is all the schema uses.
  MATCH: ([lookup, array]) => {
    const wanted = single(lookup?.() ?? null);
    const values = array?.();
    if (isCellError(wanted)) return wanted;
    if (!Array.isArray(values) || wanted === null) return NOT_AVAILABLE;
    const index = values.findIndex((value: CellValue) => sameValue(value, wanted));
    return index < 0 ? NOT_AVAILABLE : index + 1;
  },
};

/** A KA2 function's arguments: cell values, and for the last (`rates`) a range of rows. */
function addInFunction(run: (args: readonly unknown[]) => number | string): FormulaFunction {
  return (args) => {
    const values = args.map((arg, index) => {
      const value = arg();
      return index === args.length - 1 && isRange(value) ? value : single(value);
    });
    const error = values.find((value) => !isRange(value) && isCellError(value as CellValue));
    if (error) return error as CellError;
    try {
      return run(values);
    } catch (caught) {
      if (caught instanceof ArgumentError) return VALUE_ERROR;
      throw caught;
    }
  };
}

/** Built-ins plus KA2.NAME for every worksheet function. */
export const excelFunctions: Readonly<Record<string, FormulaFunction>> = {
  ...builtIns,
  ...Object.fromEntries(
    Object.entries(worksheetFunctions).map(
      ([name, entry]: [string, CellFunction | PlaceFunction]) => [
        `KA2.${name}`,
        // KA2.DISTANCE and KA2.PLACE read the places list on the first name they look up.
        // A text result is the one an English Excel shows: the cached value a file carries.
        addInFunction((args) => {
          const result = callWorksheetFunction(entry, args, lazyPlaces);
          return typeof result === "number" ? result : functionText(result, "en");
        }),
      ],
    ),
  ),
};

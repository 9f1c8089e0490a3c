import * as functions from "../../src/functions/functions";
import type { CellState, SheetState, TableState } from "./fake-excel";

/**
 * How the fake Excel calculates a formula cell: formulas calling one KA2 function, as the
 * template writes them (=KA2.MGMT([@Role],[@Months])), go through the add-in's own functions
 * (src/functions/functions.ts), with each platform's habits:
 * - the add-in not loaded: #NAME?;
 * - a blank argument: null on the web, 0 on Windows and Mac (office-js issue 4702);
 * - an entity (a Geography data type) arrives as the entity object, as with
 *   allowCustomDataForDataTypeAny;
 * - a function still working (a Promise, or one the test holds): #BUSY!;
 * - a thrown CustomFunctions.Error: its code (#VALUE!, #N/A); anything else: #VALUE!.
 * Arguments may be [@Column], a cell (C3), a number, a "text", nothing, or
 * IF(ISBLANK(x),"",x) around one of those. Other formulas keep their stored value.
 */

export interface CalculationSettings {
  platform: "web" | "windows" | "mac";
  addinLoaded: boolean;
  /** Upper-case function names whose cells show #BUSY! until the test finishes them. */
  held: ReadonlySet<string>;
}

type Argument = string | number | boolean | null | object;

const byName = new Map<string, (...args: never[]) => unknown>(
  Object.entries(functions).map(([name, fn]) => [
    name.toUpperCase(),
    fn as (...args: never[]) => unknown,
  ]),
);

function columnOf(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + letter.charCodeAt(0) - 64;
  return number;
}

/** Splits "a, b, (c, d)" at top-level commas, outside quotes and parentheses. */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (!quoted && char === "(") depth++;
    if (!quoted && char === ")") depth--;
    if (!quoted && depth === 0 && char === ",") {
      parts.push(current.trim());
      current = "";
    } else current += char;
  }
  if (current.trim() !== "" || parts.length > 0) parts.push(current.trim());
  return parts;
}

export interface CellSite {
  sheet: SheetState;
  row: number;
  column: number;
  tables: readonly TableState[];
}

/** What `formula` shows in the cell at `site`, or undefined for a formula the fake leaves alone. */
export function calculate(
  formula: string,
  site: CellSite,
  settings: CalculationSettings,
): Pick<CellState, "value" | "error"> | undefined {
  const call = /^=KA2\.([A-Z]+)\((.*)\)$/i.exec(formula.trim());
  if (!call || !call[1]) return undefined;
  const name = call[1].toUpperCase();
  const fn = byName.get(name);
  if (!settings.addinLoaded || !fn) return { value: "#NAME?", error: true };
  if (settings.held.has(name)) return { value: "#BUSY!", error: true };

  const blank = settings.platform === "web" ? null : 0;
  const valueAt = (row: number, column: number): Argument => {
    const cell = site.sheet.cells[`${row},${column}`];
    if (!cell || cell.value === "") return cell?.entity ?? blank;
    if (cell.entity) return cell.entity;
    return cell.error ? { error: cell.value } : cell.value;
  };
  const argument = (text: string): Argument => {
    const guarded = /^IF\(ISBLANK\((.+)\),"",(.+)\)$/i.exec(text);
    if (guarded?.[1] && guarded[1] === guarded[2]) {
      const inner = argument(guarded[1]);
      return inner === null || inner === 0 ? "" : inner;
    }
    if (text === "") return null;
    if (/^".*"$/.test(text)) return text.slice(1, -1);
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    const structured = /^\[@\[?([^\]]+)\]?\]$/.exec(text);
    if (structured?.[1]) {
      const table = site.tables.find(
        (candidate) =>
          candidate.sheet === site.sheet.name &&
          site.row > candidate.headerRow &&
          site.row <= candidate.headerRow + candidate.rows &&
          site.column >= candidate.firstColumn &&
          site.column < candidate.firstColumn + candidate.columns.length,
      );
      const index = table?.columns.findIndex(
        (header) => header.toLowerCase() === structured[1]?.toLowerCase(),
      );
      if (!table || index === undefined || index < 0) return { error: "#REF!" };
      return valueAt(site.row, table.firstColumn + index);
    }
    const cell = /^\$?([A-Z]+)\$?(\d+)$/i.exec(text);
    if (cell?.[1] && cell[2]) return valueAt(Number(cell[2]), columnOf(cell[1]));
    return { error: "#NAME?" };
  };
  const args = splitArguments(call[2] ?? "").map(argument);
  const error = args.find(
    (arg): arg is { error: string } => typeof arg === "object" && arg !== null && "error" in arg,
  );
  // Excel passes an error argument on as the result, without calling the function.
  if (error) return { value: error.error, error: true };
  try {
    const result = fn(...(args as never[]));
    if (result instanceof Promise) return { value: "#BUSY!", error: true };
    if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") {
      return { value: result };
    }
    return { value: "#VALUE!", error: true };
  } catch (thrown) {
    const code = (thrown as { code?: unknown }).code;
    return { value: typeof code === "string" ? code : "#VALUE!", error: true };
  }
}

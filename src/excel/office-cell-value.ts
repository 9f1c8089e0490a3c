import type { CellValue } from "../domain/workbook";

/**
 * The checker's value of one cell, from what Excel returns for it: `values` holds the shown
 * result (an error cell's text such as "#DIV/0!", "" for a blank), and `valueTypes` says
 * which it is, so an error cell is told apart from a text that merely looks like one.
 */
export function cellValueOf(value: unknown, type: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: typeof value === "string" && value !== "" ? value : "#VALUE!" };
    case "Double":
    case "Integer":
      if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
      break;
    case "Boolean":
      if (typeof value === "boolean") return value;
      break;
    case "String":
      return typeof value === "string" ? value : String(value ?? "");
  }
  // Unknown, RichValue (linked data types) and anything Excel adds later: keep what it shows.
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  return String(value);
}

/** How a cell value reads as a blank or a number, the same for the checker and the functions. */

/** null, undefined, "" and text of spaces are blank: a blank cell is never read as 0. */
export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

const PLAIN_NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/;

/**
 * The number a cell holds: a number, or text that is a plain number ("24", " 1.5 "), as
 * users paste numbers stored as text. Anything else (text, booleans, "1,5") is NaN.
 */
export function numberFrom(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && PLAIN_NUMBER.test(value)) return Number(value);
  return NaN;
}

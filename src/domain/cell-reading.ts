/** How a cell value reads as a blank or a number, the same for the checker and the functions. */

/** null, undefined, "" and text of spaces are blank: a blank cell is never read as 0. */
export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * Digits with an optional fraction. Written so that no two parts can take the same digits:
 * the pattern then runs in linear time, even on a 32,767-digit cell followed by a letter.
 */
const PLAIN_NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;
const NUMBER_WITH_EXPONENT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * The number a cell holds: a number, or text that is a plain number ("24", " 1.5 "), as
 * users paste numbers stored as text. Anything else (text, booleans, "1,5") is NaN.
 */
export function numberFrom(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && PLAIN_NUMBER.test(value)) return Number(value);
  return NaN;
}

/** Whether a typed word reads as a number the way Excel reads it in a cell ("24", "-1.5", "1e3"). */
export function isNumberWord(word: string): boolean {
  return NUMBER_WITH_EXPONENT.test(word);
}

/**
 * Larger than any participants, days, kilometres or euros of a real budget line. A number
 * beyond it is reported and left out, so that no total becomes Infinity or NaN.
 */
export const largestBudgetNumber = 1e9;

/** Whether a number is beyond any real budget (see largestBudgetNumber). */
export function isOutOfRange(number: number): boolean {
  return Math.abs(number) > largestBudgetNumber;
}

/** Rich values whose display text stands for them (a Geography country, a Stock). */
const ENTITY_TYPES = new Set(["Entity", "LinkedEntity"]);

/**
 * The plain value of a cell holding an Excel data type. Custom functions receive such a cell
 * as an object: an entity (a country converted to the Geography type) gives its display text,
 * the other types (formatted number, string, boolean, empty) their basic value. Plain values
 * pass unchanged.
 */
export function plainCellValue(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const rich = value as { type?: unknown; text?: unknown; basicValue?: unknown };
  if (
    typeof rich.type === "string" &&
    ENTITY_TYPES.has(rich.type) &&
    typeof rich.text === "string"
  ) {
    return rich.text;
  }
  const basic = rich.basicValue;
  if (typeof basic === "string" || typeof basic === "number" || typeof basic === "boolean") {
    return basic;
  }
  return typeof rich.text === "string" ? rich.text : value;
}

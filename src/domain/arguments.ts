import type { Rulebook } from "../rules";
import {
  isBlank,
  isOutOfRange,
  largestBudgetNumber,
  numberFrom,
  plainCellValue,
} from "./cell-reading";
import { quotedCellText } from "./cell-text";
import { formatNumber } from "./money";
import { resolveCountry, type CountryCode } from "./countries";
import { placeProblemReason, resolvePlace, type Place, type PlaceLookup } from "./places";
import { acceptedWords, lookUp, type Vocabulary } from "./vocabulary";

/** A worksheet-function argument the function cannot use; the message names it and what it accepts. */
export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArgumentError";
  }
}

function shown(value: unknown): string {
  if (typeof value === "string") return quotedCellText(value);
  return value !== null && typeof value === "object"
    ? "a value Excel cannot show as text"
    : String(value);
}

export interface NumberRule {
  /** Smallest accepted value; blank cells arrive as 0 on Excel desktop, so most rules start at 1. */
  min: number;
  max?: number;
  integer?: boolean;
  /** "a distance in km" — what the argument is, for the message. */
  what: string;
}

/** A number argument: a number or a numeric text; blank, text and out-of-range values are refused. */
export function numberArgument(name: string, cell: unknown, rule: NumberRule): number {
  const value = plainCellValue(cell);
  const range = rule.max === undefined ? `${rule.min} or more` : `from ${rule.min} to ${rule.max}`;
  const wanted = `${name} must be ${rule.what}, ${rule.integer ? "a whole number " : ""}${range}`;
  if (isBlank(value)) throw new ArgumentError(`${wanted}; the cell is blank.`);
  const number = numberFrom(value);
  if (!Number.isFinite(number)) throw new ArgumentError(`${wanted}; got ${shown(value)}.`);
  if (isOutOfRange(number)) {
    throw new ArgumentError(
      `${wanted}; got ${shown(value)}, which is beyond any real budget (more than ${formatNumber(largestBudgetNumber)}).`,
    );
  }
  const outOfRange = number < rule.min || (rule.max !== undefined && number > rule.max);
  if (outOfRange || (rule.integer && !Number.isInteger(number))) {
    throw new ArgumentError(`${wanted}; got ${shown(value)}.`);
  }
  return number;
}

/**
 * An optional count (participants): left out, blank or 0 means the default. Excel on the web
 * passes a blank cell as null and Excel on Windows as 0, so 0 must mean the same as blank for
 * a cell to give one figure everywhere.
 */
export function optionalCount(name: string, cell: unknown, fallback: number): number {
  const value = plainCellValue(cell);
  return isBlank(value) || value === 0
    ? fallback
    : numberArgument(name, value, { min: 1, integer: true, what: "a number of participants" });
}

/** A word from a vocabulary (role, staff category, activity type …). */
export function wordArgument<T extends string>(
  name: string,
  cell: unknown,
  vocabulary: Vocabulary<T>,
): T {
  const value = plainCellValue(cell);
  const code = typeof value === "string" ? lookUp(vocabulary, value) : undefined;
  if (code === undefined) {
    const got = isBlank(value) ? "the cell is blank" : `got ${shown(value)}`;
    const article = /^[aeiou]/i.test(vocabulary.subject) ? "an" : "a";
    throw new ArgumentError(
      `${name} must be ${article} ${vocabulary.subject}: ${acceptedWords(vocabulary)}; ${got}.`,
    );
  }
  return code;
}

/** A country: ISO code or English or Latvian name. */
export function countryArgument(name: string, cell: unknown, rulebook: Rulebook): CountryCode {
  const value = plainCellValue(cell);
  const code = typeof value === "string" ? resolveCountry(value, rulebook) : undefined;
  if (code === undefined) {
    const got = isBlank(value) ? "the cell is blank" : `got ${shown(value)}`;
    throw new ArgumentError(
      `${name} must be a country: an ISO code or its English or Latvian name (LV, Latvia, Latvija); ${got}.`,
    );
  }
  return code;
}

/** A place: a city name, optionally with its country ("Valencia, ES"), or latitude,longitude. */
export function placeArgument(
  name: string,
  value: unknown,
  places: PlaceLookup,
  rulebook: Rulebook,
): Place {
  const resolved = resolvePlace(plainCellValue(value), places, rulebook);
  if ("problem" in resolved) {
    throw new ArgumentError(
      `${name} must be a place: a city name (Riga; Valencia, ES) or latitude,longitude (56.95, 24.11); ${placeProblemReason(resolved.problem)}.`,
    );
  }
  return resolved.place;
}

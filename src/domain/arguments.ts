import type { Rulebook } from "../rules";
import {
  isBlank,
  isOutOfRange,
  largestBudgetNumber,
  numberFrom,
  plainCellValue,
} from "./cell-reading";
import { cleanCellText } from "./cell-text";
import { resolveCountry, type CountryCode } from "./countries";
import { argumentText, type ArgumentText, type GotText, type Quantity } from "./function-text";
import { placeProblemText, resolvePlace, type Place, type PlaceLookup } from "./places";
import { acceptedCodes, lookUp, type Vocabulary } from "./vocabulary";

/**
 * A worksheet-function argument the function cannot use. `text` says which argument and what
 * it accepts, as data: each face renders it in its user's language (src/messages/function-messages.ts).
 */
export class ArgumentError extends Error {
  constructor(readonly text: ArgumentText) {
    // The key, for logs and stack traces; faces show the rendered text instead.
    super(text.key);
    this.name = "ArgumentError";
  }
}

/** What a refused cell held, as message data. */
export function gotText(value: unknown): GotText {
  if (isBlank(value)) return { key: "got/blank", params: {} };
  if (typeof value === "string") return { key: "got/text", params: { text: cleanCellText(value) } };
  if (value !== null && typeof value === "object") return { key: "got/unshowable", params: {} };
  return { key: "got/value", params: { shown: String(value) } };
}

export interface NumberRule {
  /** Smallest accepted value; blank cells arrive as 0 on Excel desktop, so most rules start at 1. */
  min: number;
  max?: number;
  integer?: boolean;
  /** What the argument is, for the message ("months": a number of months). */
  quantity: Quantity;
}

/** A number argument: a number or a numeric text; blank, text and out-of-range values are refused. */
export function numberArgument(name: string, cell: unknown, rule: NumberRule): number {
  const value = plainCellValue(cell);
  const refuse = (got: GotText) =>
    new ArgumentError(
      argumentText("argument/number", {
        name,
        quantity: rule.quantity,
        wanted: { integer: rule.integer === true, min: rule.min, max: rule.max },
        got,
      }),
    );
  if (isBlank(value)) throw refuse(gotText(value));
  const number = numberFrom(value);
  if (!Number.isFinite(number)) throw refuse(gotText(value));
  if (isOutOfRange(number)) {
    throw refuse({
      key: "got/beyond",
      params: { got: gotText(value), limit: largestBudgetNumber },
    });
  }
  const outOfRange = number < rule.min || (rule.max !== undefined && number > rule.max);
  if (outOfRange || (rule.integer && !Number.isInteger(number))) throw refuse(gotText(value));
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
    : numberArgument(name, value, { min: 1, integer: true, quantity: "participants" });
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
    throw new ArgumentError(
      argumentText("argument/word", {
        name,
        vocabulary: vocabulary.name,
        accepted: acceptedCodes(vocabulary),
        got: gotText(value),
      }),
    );
  }
  return code;
}

/** A country: ISO code or English or Latvian name. */
export function countryArgument(name: string, cell: unknown, rulebook: Rulebook): CountryCode {
  const value = plainCellValue(cell);
  const code = typeof value === "string" ? resolveCountry(value, rulebook) : undefined;
  if (code === undefined) {
    throw new ArgumentError(argumentText("argument/country", { name, got: gotText(value) }));
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
    const { problem } = resolved;
    const reason = problem.kind === "blank" ? gotText(null) : placeProblemText(problem);
    throw new ArgumentError(argumentText("argument/place", { name, reason }));
  }
  return resolved.place;
}

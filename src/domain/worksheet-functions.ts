import { defaultRulebook } from "../rules";
import { quotedCellText } from "./cell-text";
import { isBlank, plainCellValue } from "./cell-reading";
import {
  ArgumentError,
  countryArgument,
  numberArgument,
  optionalCount,
  placeArgument,
  wordArgument,
} from "./arguments";
import {
  bandText,
  exceptionalAmount,
  isLongTerm,
  linguisticAmount,
  managementAmount,
  maxGrant,
  meetingAmount,
  multiplierEventAmount,
  rateRowFor,
  specialNeedsAmount,
  staffCost,
  staffDayRate,
  supportAmount,
  travelAmount,
} from "./calculators";
import { placeLabel, travelDistanceKm, type PlaceLookup } from "./places";
import { actions, activityTypes, roles, staffCategories } from "./vocabulary";

/**
 * The KA2.* worksheet functions as plain functions of cell values. The Excel custom
 * functions and the `ka2-budget fn` command both call these, so they give the same figures
 * and the same messages. Each throws ArgumentError for input it cannot use.
 */

export type CellArgument = string | number | boolean | null | undefined;
export type FunctionResult = number | string;

const MONTHS = { min: 1, max: 60, integer: true, what: "a number of months" } as const;
const DISTANCE_KM = { min: 0.001, what: "a one-way distance in km" } as const;
const PARTICIPANTS = { min: 1, integer: true, what: "a number of participants" } as const;
const COST = { min: 0.01, what: "a real cost in EUR" } as const;

const rulebook = defaultRulebook;

export function MGMT(role: CellArgument, months: CellArgument): number {
  return managementAmount(
    rulebook(),
    wordArgument("role", role, roles),
    numberArgument("months", months, MONTHS),
  );
}

export function MEETING(distanceKm: CellArgument, participants: CellArgument): number {
  return meetingAmount(
    rulebook(),
    numberArgument("distanceKm", distanceKm, DISTANCE_KM),
    numberArgument("participants", participants, PARTICIPANTS),
  );
}

/**
 * Multiplier event. A blank count is 0 here, because Excel desktop passes a blank cell as 0
 * and the web as null: both platforms then agree. An event with no participant at all is refused.
 */
export function DISSEM(local: CellArgument, foreign: CellArgument): number {
  const count = { min: 0, integer: true, what: "a number of participants" } as const;
  const localCount = isBlank(plainCellValue(local)) ? 0 : numberArgument("local", local, count);
  const foreignCount = isBlank(plainCellValue(foreign))
    ? 0
    : numberArgument("foreign", foreign, count);
  if (localCount + foreignCount === 0) {
    throw new ArgumentError(
      "local and foreign are both 0 or blank; a multiplier event needs at least one participant.",
    );
  }
  return multiplierEventAmount(rulebook(), localCount, foreignCount);
}

export function STAFF(category: CellArgument, country: CellArgument, days: CellArgument): number {
  const book = rulebook();
  return staffCost(
    book,
    wordArgument("category", category, staffCategories),
    countryArgument("country", country, book),
    numberArgument("days", days, { min: 0.5, what: "a number of working days" }),
  );
}

export function RATE(category: CellArgument, country: CellArgument): number {
  const book = rulebook();
  return staffDayRate(
    book,
    wordArgument("category", category, staffCategories),
    countryArgument("country", country, book),
  );
}

export function COUNTRYGROUP(country: CellArgument): number {
  const book = rulebook();
  return Number(rateRowFor(book, countryArgument("country", country, book)));
}

export function TRAVEL(distanceKm: CellArgument, participants?: CellArgument): number {
  return travelAmount(
    rulebook(),
    numberArgument("distanceKm", distanceKm, DISTANCE_KM),
    optionalCount("participants", participants, 1),
  );
}

export function BAND(distanceKm: CellArgument): string {
  const km = numberArgument("distanceKm", distanceKm, DISTANCE_KM);
  return bandText(rulebook().travel.bands.value, km);
}

export function SUPPORT(
  type: CellArgument,
  duration: CellArgument,
  participants?: CellArgument,
  receivingCountry?: CellArgument,
): number {
  const book = rulebook();
  const activity = wordArgument("type", type, activityTypes);
  const longTerm = isLongTerm(book, activity);
  const length = numberArgument(
    "duration",
    duration,
    longTerm
      ? { min: 1, max: 12, integer: true, what: "the activity's length in months" }
      : { min: 1, max: 366, integer: true, what: "the activity's length in days" },
  );
  const count = optionalCount("participants", participants, 1);
  const country = longTerm
    ? countryArgument("receivingCountry", receivingCountry, book)
    : undefined;
  const amount = supportAmount(book, activity, length, count, country);
  if (amount === undefined) {
    throw new ArgumentError(
      `receivingCountry must be a Programme Country with a monthly rate for ${activity}; got ${quotedCellText(String(plainCellValue(receivingCountry)))}.`,
    );
  }
  return amount;
}

export function LINGUISTIC(months: CellArgument, participants?: CellArgument): number {
  return linguisticAmount(
    rulebook(),
    numberArgument("months", months, MONTHS),
    optionalCount("participants", participants, 1),
  );
}

export function EXCEPTIONAL(realCost: CellArgument): number {
  return exceptionalAmount(rulebook(), numberArgument("realCost", realCost, COST));
}

export function SPECIALNEEDS(realCost: CellArgument): number {
  return specialNeedsAmount(rulebook(), numberArgument("realCost", realCost, COST));
}

export function MAXGRANT(action: CellArgument, months: CellArgument): number {
  return maxGrant(
    rulebook(),
    wordArgument("action", action, actions),
    numberArgument("months", months, {
      min: 1,
      max: 60,
      integer: true,
      what: "a number of months",
    }),
  );
}

/**
 * One-way distance in whole km between two places (see travelDistanceKm for the rounding).
 * The places come from the gazetteer the caller loaded.
 */
export function DISTANCE(from: CellArgument, to: CellArgument, places: PlaceLookup): number {
  const book = rulebook();
  return travelDistanceKm(
    book,
    placeArgument("from", from, places, book),
    placeArgument("to", to, places, book),
  );
}

/** The place a name resolves to, as "Valencia, Spain (ES)": shows which Valencia is meant. */
export function PLACE(name: CellArgument, places: PlaceLookup): string {
  const book = rulebook();
  return placeLabel(placeArgument("name", name, places, book));
}

/** A worksheet function of cell values only. */
export interface CellFunction {
  run: (...args: CellArgument[]) => FunctionResult;
  params: readonly string[];
}

/** A worksheet function that needs the gazetteer: the caller loads it and passes it first. */
export interface PlaceFunction {
  runWithPlaces: (places: PlaceLookup, ...args: CellArgument[]) => FunctionResult;
  params: readonly string[];
}

/** Every worksheet function by its Excel name, with its parameter names in order. */
export const worksheetFunctions = {
  MGMT: { run: MGMT, params: ["role", "months"] },
  MEETING: { run: MEETING, params: ["distanceKm", "participants"] },
  DISSEM: { run: DISSEM, params: ["local", "foreign"] },
  STAFF: { run: STAFF, params: ["category", "country", "days"] },
  RATE: { run: RATE, params: ["category", "country"] },
  COUNTRYGROUP: { run: COUNTRYGROUP, params: ["country"] },
  TRAVEL: { run: TRAVEL, params: ["distanceKm", "[participants]"] },
  BAND: { run: BAND, params: ["distanceKm"] },
  SUPPORT: { run: SUPPORT, params: ["type", "duration", "[participants]", "[receivingCountry]"] },
  LINGUISTIC: { run: LINGUISTIC, params: ["months", "[participants]"] },
  EXCEPTIONAL: { run: EXCEPTIONAL, params: ["realCost"] },
  SPECIALNEEDS: { run: SPECIALNEEDS, params: ["realCost"] },
  MAXGRANT: { run: MAXGRANT, params: ["action", "months"] },
  DISTANCE: {
    runWithPlaces: (places: PlaceLookup, from: CellArgument, to: CellArgument) =>
      DISTANCE(from, to, places),
    params: ["from", "to"],
  },
  PLACE: {
    runWithPlaces: (places: PlaceLookup, name: CellArgument) => PLACE(name, places),
    params: ["name"],
  },
} as const satisfies Record<string, CellFunction | PlaceFunction>;

export type WorksheetFunctionName = keyof typeof worksheetFunctions;

/** Whether a worksheet function needs the gazetteer (KA2.DISTANCE, KA2.PLACE). */
export function needsPlaces(entry: CellFunction | PlaceFunction): entry is PlaceFunction {
  return "runWithPlaces" in entry;
}

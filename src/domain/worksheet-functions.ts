import { isBlank, plainCellValue } from "./cell-reading";
import {
  ArgumentError,
  countryArgument,
  gotText,
  numberArgument,
  optionalCount,
  placeArgument,
  wordArgument,
} from "./arguments";
import {
  distanceBand,
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
import { argumentText, type ResultText } from "./function-text";
import { placeResult, travelDistanceKm, type PlaceLookup } from "./places";
import { rulebookWithRates } from "./rates/rates-argument";
import { actions, activityTypes, roles, staffCategories } from "./vocabulary";

/**
 * The KA2.* worksheet functions as plain functions of cell values. The Excel custom
 * functions and the `ka2-budget fn` command both call these, so they give the same figures
 * and the same messages. Each throws ArgumentError for input it cannot use. Each takes an
 * optional last `rates` argument (a range of Figure/Value pairs, normally the Rates table),
 * so a cell computes with the same overridden figures as the checker.
 */

export type CellArgument = string | number | boolean | null | undefined;
/** A figure, or a text as data (KA2.BAND, KA2.PLACE) that each face words in its language. */
export type FunctionResult = number | ResultText;

const MONTHS = { min: 1, max: 60, integer: true, quantity: "months" } as const;
const DISTANCE_KM = { min: 0.001, quantity: "distance" } as const;
const PARTICIPANTS = { min: 1, integer: true, quantity: "participants" } as const;
const COST = { min: 0.01, quantity: "real-cost" } as const;

/** A range of Figure/Value pairs, or blank for the bundled rulebook. */
export type RatesArgument = unknown;

export function MGMT(role: CellArgument, months: CellArgument, rates?: RatesArgument): number {
  return managementAmount(
    rulebookWithRates(rates),
    wordArgument("role", role, roles),
    numberArgument("months", months, MONTHS),
  );
}

export function MEETING(
  distanceKm: CellArgument,
  participants: CellArgument,
  rates?: RatesArgument,
): number {
  return meetingAmount(
    rulebookWithRates(rates),
    numberArgument("distanceKm", distanceKm, DISTANCE_KM),
    numberArgument("participants", participants, PARTICIPANTS),
  );
}

/**
 * Multiplier event. A blank count is 0 here, because Excel desktop passes a blank cell as 0
 * and the web as null: both platforms then agree. An event with no participant at all is refused.
 */
export function DISSEM(local: CellArgument, foreign: CellArgument, rates?: RatesArgument): number {
  const count = { min: 0, integer: true, quantity: "participants" } as const;
  const localCount = isBlank(plainCellValue(local)) ? 0 : numberArgument("local", local, count);
  const foreignCount = isBlank(plainCellValue(foreign))
    ? 0
    : numberArgument("foreign", foreign, count);
  if (localCount + foreignCount === 0) {
    throw new ArgumentError(argumentText("argument/no-participants", {}));
  }
  return multiplierEventAmount(rulebookWithRates(rates), localCount, foreignCount);
}

export function STAFF(
  category: CellArgument,
  country: CellArgument,
  days: CellArgument,
  rates?: RatesArgument,
): number {
  const book = rulebookWithRates(rates);
  return staffCost(
    book,
    wordArgument("category", category, staffCategories),
    countryArgument("country", country, book),
    numberArgument("days", days, { min: 0.5, quantity: "working-days" }),
  );
}

export function RATE(category: CellArgument, country: CellArgument, rates?: RatesArgument): number {
  const book = rulebookWithRates(rates);
  return staffDayRate(
    book,
    wordArgument("category", category, staffCategories),
    countryArgument("country", country, book),
  );
}

export function COUNTRYGROUP(country: CellArgument, rates?: RatesArgument): number {
  const book = rulebookWithRates(rates);
  return Number(rateRowFor(book, countryArgument("country", country, book)));
}

export function TRAVEL(
  distanceKm: CellArgument,
  participants?: CellArgument,
  rates?: RatesArgument,
): number {
  return travelAmount(
    rulebookWithRates(rates),
    numberArgument("distanceKm", distanceKm, DISTANCE_KM),
    optionalCount("participants", participants, 1),
  );
}

export function BAND(distanceKm: CellArgument, rates?: RatesArgument): ResultText {
  const km = numberArgument("distanceKm", distanceKm, DISTANCE_KM);
  return distanceBand(rulebookWithRates(rates).travel.bands.value, km);
}

export function SUPPORT(
  type: CellArgument,
  duration: CellArgument,
  participants?: CellArgument,
  receivingCountry?: CellArgument,
  rates?: RatesArgument,
): number {
  const book = rulebookWithRates(rates);
  const activity = wordArgument("type", type, activityTypes);
  const longTerm = isLongTerm(book, activity);
  const length = numberArgument(
    "duration",
    duration,
    longTerm
      ? { min: 1, max: 12, integer: true, quantity: "length-months" }
      : { min: 1, max: 366, integer: true, quantity: "length-days" },
  );
  const count = optionalCount("participants", participants, 1);
  const country = longTerm
    ? countryArgument("receivingCountry", receivingCountry, book)
    : undefined;
  const amount = supportAmount(book, activity, length, count, country);
  if (amount === undefined) {
    throw new ArgumentError(
      argumentText("argument/no-monthly-rate", {
        name: "receivingCountry",
        type: activity,
        got: gotText(plainCellValue(receivingCountry)),
      }),
    );
  }
  return amount;
}

export function LINGUISTIC(
  months: CellArgument,
  participants?: CellArgument,
  rates?: RatesArgument,
): number {
  return linguisticAmount(
    rulebookWithRates(rates),
    numberArgument("months", months, MONTHS),
    optionalCount("participants", participants, 1),
  );
}

export function EXCEPTIONAL(realCost: CellArgument, rates?: RatesArgument): number {
  return exceptionalAmount(rulebookWithRates(rates), numberArgument("realCost", realCost, COST));
}

export function SPECIALNEEDS(realCost: CellArgument, rates?: RatesArgument): number {
  return specialNeedsAmount(rulebookWithRates(rates), numberArgument("realCost", realCost, COST));
}

export function MAXGRANT(
  action: CellArgument,
  months: CellArgument,
  rates?: RatesArgument,
): number {
  return maxGrant(
    rulebookWithRates(rates),
    wordArgument("action", action, actions),
    numberArgument("months", months, MONTHS),
  );
}

/**
 * One-way distance in whole km between two places (see travelDistanceKm for the rounding).
 * The places come from the gazetteer the caller loaded.
 */
export function DISTANCE(
  from: CellArgument,
  to: CellArgument,
  places: PlaceLookup,
  rates?: RatesArgument,
): number {
  const book = rulebookWithRates(rates);
  return travelDistanceKm(
    book,
    placeArgument("from", from, places, book),
    placeArgument("to", to, places, book),
  );
}

/** The place a name resolves to, as "Valencia, Spain (ES)": shows which Valencia is meant. */
export function PLACE(name: CellArgument, places: PlaceLookup, rates?: RatesArgument): ResultText {
  const book = rulebookWithRates(rates);
  return placeResult(placeArgument("name", name, places, book));
}

/** A worksheet function of cell values only. */
export interface CellFunction {
  /** Arguments are cell values, and a range for the last, `rates`. */
  run: (...args: never[]) => FunctionResult;
  params: readonly string[];
}

/** A worksheet function that needs the gazetteer: the caller loads it and passes it first. */
export interface PlaceFunction {
  runWithPlaces: (places: PlaceLookup, ...args: never[]) => FunctionResult;
  params: readonly string[];
}

/** Every worksheet function by its Excel name, with its parameter names in order. */
export const worksheetFunctions = {
  MGMT: { run: MGMT, params: ["role", "months", "[rates]"] },
  MEETING: { run: MEETING, params: ["distanceKm", "participants", "[rates]"] },
  DISSEM: { run: DISSEM, params: ["local", "foreign", "[rates]"] },
  STAFF: { run: STAFF, params: ["category", "country", "days", "[rates]"] },
  RATE: { run: RATE, params: ["category", "country", "[rates]"] },
  COUNTRYGROUP: { run: COUNTRYGROUP, params: ["country", "[rates]"] },
  TRAVEL: { run: TRAVEL, params: ["distanceKm", "[participants]", "[rates]"] },
  BAND: { run: BAND, params: ["distanceKm", "[rates]"] },
  SUPPORT: {
    run: SUPPORT,
    params: ["type", "duration", "[participants]", "[receivingCountry]", "[rates]"],
  },
  LINGUISTIC: { run: LINGUISTIC, params: ["months", "[participants]", "[rates]"] },
  EXCEPTIONAL: { run: EXCEPTIONAL, params: ["realCost", "[rates]"] },
  SPECIALNEEDS: { run: SPECIALNEEDS, params: ["realCost", "[rates]"] },
  MAXGRANT: { run: MAXGRANT, params: ["action", "months", "[rates]"] },
  DISTANCE: {
    runWithPlaces: (places: PlaceLookup, from: CellArgument, to: CellArgument, rates?: unknown) =>
      DISTANCE(from, to, places, rates),
    params: ["from", "to", "[rates]"],
  },
  PLACE: {
    runWithPlaces: (places: PlaceLookup, name: CellArgument, rates?: unknown) =>
      PLACE(name, places, rates),
    params: ["name", "[rates]"],
  },
} as const satisfies Record<string, CellFunction | PlaceFunction>;

export type WorksheetFunctionName = keyof typeof worksheetFunctions;

/** Whether a worksheet function needs the gazetteer (KA2.DISTANCE, KA2.PLACE). */
export function needsPlaces(entry: CellFunction | PlaceFunction): entry is PlaceFunction {
  return "runWithPlaces" in entry;
}

/** Calls a worksheet function with its arguments (cell values, and a range for `rates`). */
export function callWorksheetFunction(
  entry: CellFunction | PlaceFunction,
  args: readonly unknown[],
  places: PlaceLookup,
): FunctionResult {
  type Call = (...values: unknown[]) => FunctionResult;
  return needsPlaces(entry)
    ? (entry.runWithPlaces as (places: PlaceLookup, ...values: unknown[]) => FunctionResult)(
        places,
        ...args,
      )
    : (entry.run as Call)(...args);
}

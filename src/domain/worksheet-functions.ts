import { getRulebook, type Rulebook } from "../rules";
import {
  ArgumentError,
  countryArgument,
  numberArgument,
  optionalCount,
  wordArgument,
} from "./arguments";
import {
  bandFor,
  bandLabel,
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
import { actions, activityTypes, roles, staffCategories } from "./vocabulary";

/**
 * The KA2.* worksheet functions as plain functions of cell values. The Excel custom
 * functions and the `ka2-budget fn` command both call these, so they give the same figures
 * and the same messages. Each throws ArgumentError for input it cannot use.
 */

export type CellArgument = string | number | boolean | null | undefined;
export type FunctionResult = number | string;

const MONTHS = { min: 1, max: 60, integer: true, what: "a number of months" } as const;
const DISTANCE = { min: 0.001, what: "a one-way distance in km" } as const;
const PARTICIPANTS = { min: 1, integer: true, what: "a number of participants" } as const;
const COST = { min: 0.01, what: "a real cost in EUR" } as const;

function rulebook(): Rulebook {
  const book = getRulebook();
  if (!book) throw new ArgumentError("The 2014 rulebook could not be loaded.");
  return book;
}

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
    numberArgument("distanceKm", distanceKm, DISTANCE),
    numberArgument("participants", participants, PARTICIPANTS),
  );
}

/**
 * Multiplier event. A blank count is 0 here, because Excel desktop passes a blank cell as 0
 * and the web as null: both platforms then agree. An event with no participant at all is refused.
 */
export function DISSEM(local: CellArgument, foreign: CellArgument): number {
  const count = { min: 0, integer: true, what: "a number of participants" } as const;
  const blank = (value: CellArgument) =>
    value === null || value === undefined || (typeof value === "string" && value.trim() === "");
  const localCount = blank(local) ? 0 : numberArgument("local", local, count);
  const foreignCount = blank(foreign) ? 0 : numberArgument("foreign", foreign, count);
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
    numberArgument("distanceKm", distanceKm, DISTANCE),
    optionalCount("participants", participants, 1),
  );
}

export function BAND(distanceKm: CellArgument): string {
  const km = numberArgument("distanceKm", distanceKm, DISTANCE);
  const band = bandFor(rulebook().travel.bands.value, km);
  return band ? bandLabel(band) : "under 100 km (not funded)";
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
      `receivingCountry must be a Programme Country with a monthly rate for ${activity}; got "${String(receivingCountry)}".`,
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
} as const satisfies Record<
  string,
  { run: (...args: CellArgument[]) => FunctionResult; params: readonly string[] }
>;

export type WorksheetFunctionName = keyof typeof worksheetFunctions;

import { ArgumentError } from "../domain/arguments";
import * as sheet from "../domain/worksheet-functions";
import type { ResultText } from "../domain/function-text";
import type { PlaceLookup } from "../domain/places";
import { excelDisplayLanguage } from "../excel/display-language";
import { loadGazetteer } from "../gazetteer/load-gazetteer";
import { faceText, functionText } from "../messages/function-messages";

/*
 * The KA2.* custom functions: thin wrappers over src/domain/worksheet-functions, so a cell
 * and `ka2-budget fn` give the same figure and the same message. custom-functions-metadata
 * reads the JSDoc below into functions.json and the webpack plugin appends the
 * CustomFunctions.associate calls, so every function here is a top-level declaration.
 *
 * Parameters are unions of the scalars a cell holds (metadata type "any"; the generator
 * refuses type aliases), so Excel hands over the raw cell: a blank (0 on Windows, null on the
 * web), a text, a boolean or a data type (an entity such as a Geography country; the metadata
 * allows custom data for "any") reaches the domain, which unwraps data types and names the
 * argument in its message instead of Excel's bare #VALUE!. Optional arguments left out arrive
 * as null. src/domain/arguments.ts gives each argument one meaning of blank on every platform.
 *
 * Messages and text results are data from the domain, worded here in the language of Excel's
 * interface (Office.context.displayLanguage: Latvian for "lv-LV", English otherwise).
 *
 * DISTANCE and PLACE need the places list, a chunk of its own fetched on their first call:
 * they return a Promise, which Excel awaits (the cell shows #BUSY! meanwhile). The others
 * stay synchronous.
 */

/** The places list; a failed download is #N/A with a message (the next call tries again). */
async function placesList(): Promise<PlaceLookup> {
  try {
    return await loadGazetteer();
  } catch {
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      faceText(excelDisplayLanguage(), "places/not-loaded", {}),
    );
  }
}

/** Runs a worksheet function; an argument it cannot use becomes #VALUE! with its message. */
function run<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ArgumentError) {
      throw new CustomFunctions.Error(
        CustomFunctions.ErrorCode.invalidValue,
        functionText(error.text, excelDisplayLanguage()),
      );
    }
    throw error;
  }
}

/** A text result (a band, a place) in the language of Excel's interface. */
function worded(text: ResultText): string {
  return functionText(text, excelDisplayLanguage());
}

/**
 * Project management and implementation for one organisation: months × the monthly unit cost of its role.
 * @customfunction MGMT
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2mgmt
 * @param role coordinator or partner (also koordinators, partneris).
 * @param months Months the organisation takes part: a whole number from 1 to 60.
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns EUR for the organisation.
 */
export function mgmt(
  role: string | number | boolean | null,
  months: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): number {
  return run(() => sheet.MGMT(role, months, rates));
}

/**
 * Transnational project meeting: the distance band's amount per participant; 0 under 100 km.
 * @customfunction MEETING
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2meeting
 * @param distanceKm One-way distance in km from the sending organisation to the meeting, as the EC distance calculator gives it.
 * @param participants Participants the organisation sends: a whole number, 1 or more.
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns EUR for the meeting's participants from one organisation.
 */
export function meeting(
  distanceKm: string | number | boolean | null,
  participants: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): number {
  return run(() => sheet.MEETING(distanceKm, participants, rates));
}

/**
 * Multiplier event: the unit cost per local and per foreign participant.
 * @customfunction DISSEM
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2dissem
 * @param local Participants from the host country, not from the partner organisations: a whole number, 0 or more.
 * @param foreign Participants from other countries, not from the partner organisations: a whole number, 0 or more.
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns EUR for the event (before the project's cap on multiplier events).
 */
export function dissem(
  local: string | number | boolean | null,
  foreign: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): number {
  return run(() => sheet.DISSEM(local, foreign, rates));
}

/**
 * Intellectual-output staff cost: days × the day rate of the staff category in the employer's country.
 * @customfunction STAFF
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2staff
 * @param category manager, teacher (trainer, researcher, youth worker), technician or admin; Latvian names work too.
 * @param country Country of the employing organisation: ISO code or English or Latvian name (LV, Latvia, Latvija).
 * @param days Working days: 0.5 or more.
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns EUR for the staff days.
 */
export function staff(
  category: string | number | boolean | null,
  country: string | number | boolean | null,
  days: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): number {
  return run(() => sheet.STAFF(category, country, days, rates));
}

/**
 * Staff day rate in EUR for a staff category employed in a country.
 * @customfunction RATE
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2rate
 * @param category manager, teacher (trainer, researcher, youth worker), technician or admin; Latvian names work too.
 * @param country Country of the employing organisation: ISO code or English or Latvian name (LV, Latvia, Latvija).
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns EUR per staff member per day.
 */
export function rate(
  category: string | number | boolean | null,
  country: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): number {
  return run(() => sheet.RATE(category, country, rates));
}

/**
 * The staff-rate country group (1 to 4) of a Programme or Partner Country.
 * @customfunction COUNTRYGROUP
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2countrygroup
 * @param country ISO code or English or Latvian name (LV, Latvia, Latvija).
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns The group number, 1 to 4.
 */
export function countryGroup(
  country: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): number {
  return run(() => sheet.COUNTRYGROUP(country, rates));
}

/**
 * Travel for a learning, teaching or training activity: the distance band's amount per participant; 0 under 100 km.
 * @customfunction TRAVEL
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2travel
 * @param distanceKm One-way distance in km from the sending organisation to the venue, as the EC distance calculator gives it.
 * @param [participants] Participants travelling: a whole number, 1 or more (1 when left out, blank or 0).
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns EUR for the return trips.
 */
export function travel(
  distanceKm: string | number | boolean | null,
  participants?: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): number {
  return run(() => sheet.TRAVEL(distanceKm, participants, rates));
}

/**
 * The travel distance band a one-way distance falls in, such as "100–1,999 km".
 * @customfunction BAND
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2band
 * @param distanceKm One-way distance in km, as the EC distance calculator gives it.
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns The band's name, or "under 100 km (not funded)".
 */
export function band(
  distanceKm: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): string {
  return run(() => worded(sheet.BAND(distanceKm, rates)));
}

/**
 * Individual support for a learning, teaching or training activity: per day for short-term types, per month at the receiving country's rate for long-term types.
 * @customfunction SUPPORT
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2support
 * @param type staff-training, teaching-assignment, pupil-exchange, pupil-long-term, blended-mobility, intensive-study, intensive-study-staff or accompanying.
 * @param duration Days for short-term types (1 to 366); months for teaching-assignment and pupil-long-term (1 to 12).
 * @param [participants] Participants: a whole number, 1 or more (1 when left out, blank or 0).
 * @param [receivingCountry] Long-term types only: the receiving country, as an ISO code or English or Latvian name.
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns EUR of individual support.
 */
export function support(
  type: string | number | boolean | null,
  duration: string | number | boolean | null,
  participants?: string | number | boolean | null,
  receivingCountry?: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): number {
  return run(() => sheet.SUPPORT(type, duration, participants, receivingCountry, rates));
}

/**
 * Linguistic support: the amount per participant for an activity of 2 to 12 months; 0 otherwise.
 * @customfunction LINGUISTIC
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2linguistic
 * @param months The activity's length in months: a whole number from 1 to 60.
 * @param [participants] Participants who need language preparation: a whole number, 1 or more (1 when left out, blank or 0).
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns EUR of linguistic support.
 */
export function linguistic(
  months: string | number | boolean | null,
  participants?: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): number {
  return run(() => sheet.LINGUISTIC(months, participants, rates));
}

/**
 * Exceptional costs (subcontracting, goods and services): the funded share of the real cost.
 * @customfunction EXCEPTIONAL
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2exceptional
 * @param realCost The real cost in EUR: more than 0.
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns EUR funded (before the project's cap on exceptional costs).
 */
export function exceptional(
  realCost: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): number {
  return run(() => sheet.EXCEPTIONAL(realCost, rates));
}

/**
 * Special needs support for participants with disabilities: the funded share of the real cost.
 * @customfunction SPECIALNEEDS
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2specialneeds
 * @param realCost The real cost in EUR: more than 0.
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns EUR funded.
 */
export function specialNeeds(
  realCost: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): number {
  return run(() => sheet.SPECIALNEEDS(realCost, rates));
}

/**
 * The maximum EU grant of a project for its action and duration.
 * @customfunction MAXGRANT
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2maxgrant
 * @param action SP (Strategic Partnership), KA (Knowledge Alliance) or SSA (Sector Skills Alliance).
 * @param months The project's duration in months: a whole number from 1 to 60.
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns EUR, the most the project can receive.
 */
export function maxGrant(
  action: string | number | boolean | null,
  months: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): number {
  return run(() => sheet.MAXGRANT(action, months, rates));
}

/**
 * One-way great-circle distance in whole km between two places, as the EC distance calculator measures it.
 * @customfunction DISTANCE
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2distance
 * @param from Place of origin: a city name, optionally with its country (Riga; Valencia, ES; Valencia, Spānija), or latitude,longitude (56.95, 24.11).
 * @param to Venue of the activity: a city name, optionally with its country, or latitude,longitude.
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns Km, rounded to a whole km; 100 or more is funded.
 */
export async function distance(
  from: string | number | boolean | null,
  to: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): Promise<number> {
  const places = await placesList();
  return run(() => sheet.DISTANCE(from, to, places, rates));
}

/**
 * The place a name stands for, with its country, such as "Valencia, Spain (ES)": shows which of several places of one name KA2.DISTANCE takes.
 * @customfunction PLACE
 * @helpurl https://ka2-budget.github.io/ka2-budget/functions.html#ka2place
 * @param name A city name, optionally with its country (Valencia; Valencia, VE), or latitude,longitude.
 * @param [rates] Optional: the Rates table's Figure and Value columns, Rates[[Figure]:[Value]], to use the National Agency's figures instead of the add-in's.
 * @returns The place's name, country name and ISO code.
 */
export async function place(
  name: string | number | boolean | null,
  rates?: (string | number | boolean | null)[][] | null,
): Promise<string> {
  const places = await placesList();
  return run(() => worded(sheet.PLACE(name, places, rates)));
}

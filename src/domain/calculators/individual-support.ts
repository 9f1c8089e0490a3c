import type { ActivityType, DailyRate, Rulebook } from "../../rules";
import type { CountryCode } from "../countries";
import { cachedFigureList, figureList } from "../rates/figure-list";

/** Per-participant support for a short stay: full rate up to firstDays, the lower rate after. */
export function dailySupport(rate: DailyRate, days: number): number {
  const paidDays = Math.min(days, rate.maxDays);
  const firstDays = Math.min(paidDays, rate.firstDays);
  return firstDays * rate.firstRate + (paidDays - firstDays) * rate.laterRate;
}

/** The monthly rate of a long-term activity in the receiving country, if the rulebook has one. */
export function monthlySupportRate(
  rulebook: Rulebook,
  type: ActivityType,
  receivingCountry: CountryCode,
): number | undefined {
  const support = rulebook.activities[type].support;
  if (support.kind !== "monthly") return undefined;
  return rulebook.individualSupport.longTermMonthly.value[receivingCountry]?.[support.rate];
}

/**
 * Individual support for an activity: days for short-term types, months × the receiving
 * country's monthly rate for long-term types (undefined when that country has no rate).
 */
export function supportAmount(
  rulebook: Rulebook,
  type: ActivityType,
  duration: number,
  participants: number,
  receivingCountry?: CountryCode,
): number | undefined {
  const support = rulebook.activities[type].support;
  if (support.kind === "daily") {
    return dailySupport(rulebook.individualSupport[support.rate].value, duration) * participants;
  }
  if (receivingCountry === undefined) return undefined;
  const perMonth = monthlySupportRate(rulebook, type, receivingCountry);
  return perMonth === undefined ? undefined : perMonth * duration * participants;
}

export function isLongTerm(rulebook: Rulebook, type: ActivityType): boolean {
  return rulebook.activities[type].duration.value.unit === "months";
}

/**
 * The figures a support line is computed from. Short stays: the first-days rate, and from the
 * day after firstDays on, that number of days and the later rate; beyond maxDays, maxDays.
 * Long stays: the receiving country's monthly rate.
 */
export function supportFigures(
  rulebook: Rulebook,
  type: ActivityType,
  duration: number,
  receivingCountry?: CountryCode,
): readonly string[] {
  const support = rulebook.activities[type].support;
  if (support.kind === "monthly") {
    if (receivingCountry === undefined) return figureList();
    return cachedFigureList("longTermMonthly", receivingCountry, support.rate, () =>
      figureList(`individualSupport.longTermMonthly.${receivingCountry}.${support.rate}`),
    );
  }
  const rate = rulebook.individualSupport[support.rate].value;
  const id = (name: keyof DailyRate) => `individualSupport.${support.rate}.${name}`;
  const days = duration <= rate.firstDays ? "first" : duration <= rate.maxDays ? "later" : "max";
  return cachedFigureList("daily", support.rate, days, () =>
    days === "first"
      ? figureList(id("firstRate"))
      : days === "later"
        ? figureList(id("firstRate"), id("firstDays"), id("laterRate"))
        : figureList(id("firstRate"), id("firstDays"), id("laterRate"), id("maxDays")),
  );
}

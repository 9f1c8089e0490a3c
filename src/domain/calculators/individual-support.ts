import type { ActivityType, DailyRate, Rulebook } from "../../rules";
import type { CountryCode } from "../countries";

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

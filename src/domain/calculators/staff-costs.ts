import type { RateRow, Rulebook, StaffCategory } from "../../rules";
import type { CountryCode } from "../countries";
import { cachedFigureList, figureList } from "../rates/figure-list";

/** The staff-rate row of the employing organisation's country. */
export function rateRowFor(rulebook: Rulebook, country: CountryCode): RateRow {
  const { programmeCountryRows, partnerCountryRows, otherPartnerCountryRow } = rulebook.staffRates;
  return (
    programmeCountryRows.value[country] ??
    partnerCountryRows.value[country] ??
    otherPartnerCountryRow.value
  );
}

/** EUR per day for a staff category employed in a country. */
export function staffDayRate(
  rulebook: Rulebook,
  category: StaffCategory,
  country: CountryCode,
): number {
  return rulebook.staffRates.rows.value[rateRowFor(rulebook, country)][category];
}

/** Intellectual-output (or implementation-support) staff cost: days × day rate. */
export function staffCost(
  rulebook: Rulebook,
  category: StaffCategory,
  country: CountryCode,
  days: number,
): number {
  return staffDayRate(rulebook, category, country) * days;
}

/** The figure a staff line is computed from: its country's rate row and its category. */
export function staffRateFigures(
  rulebook: Rulebook,
  category: StaffCategory,
  country: CountryCode,
): readonly string[] {
  const row = rateRowFor(rulebook, country);
  return cachedFigureList("staffRates", row, category, () =>
    figureList(`staffRates.rows.${row}.${category}`),
  );
}

import type { CellValue } from "./workbook";

const countries = ["LV", "EE", "LT", "FI", "DE", "ES", "IT", "PL", "SE", "NL"];

/** The Partners headers of `syntheticPartners`. */
export const syntheticPartnerHeaders: readonly string[] = [
  "ID",
  "Organisation",
  "Country",
  "Type",
  "Role",
  "Months",
];

/**
 * Ten made-up partners P1–P10, one per country (P1 the coordinator, HEIs and schools in
 * turn): the consortium of the budgets made up to try the pane and the benches at scale.
 */
export function syntheticPartners(): CellValue[][] {
  return countries.map((country, index) => [
    syntheticPartnerId(index),
    `Organisation ${index + 1}`,
    country,
    index % 2 === 0 ? "HEI" : "SCHOOL",
    index === 0 ? "coordinator" : "partner",
    null,
  ]);
}

/** The partner of the `n`th made-up line (0-based): P1–P10 in turn. */
export function syntheticPartnerId(n: number): string {
  return `P${(n % countries.length) + 1}`;
}

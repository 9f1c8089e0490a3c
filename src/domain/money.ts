/** Rounds to cents, the precision of every amount the checker reports. */
export function roundCents(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

const euroFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** "28,750 EUR" — the way messages show an amount. */
export function formatEuro(amount: number): string {
  return `${euroFormat.format(roundCents(amount))} EUR`;
}

/** "1,999.5" — the way messages show a quantity. */
export function formatNumber(value: number): string {
  return euroFormat.format(value);
}

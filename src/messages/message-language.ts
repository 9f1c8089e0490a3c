import { roundCents } from "../domain/money";

/*
 * The languages of the messages and interfaces, and how each writes numbers, without i18next:
 * the custom functions' bundle uses this part alone (see function-messages.ts). The CLI, the
 * pane and the functions all pick their language and number formats here.
 */

export const messageLanguages = ["en", "lv"] as const;
export type MessageLanguage = (typeof messageLanguages)[number];

/**
 * "lv" for a Latvian language tag or locale: "lv", "LV", "lv-LV", POSIX "lv_LV.UTF-8" or
 * "lv.UTF-8"; "en" for anything else, none included.
 */
export function messageLanguage(tag: string | undefined | null): MessageLanguage {
  return /^lv(-|_|\.|$)/i.test(tag ?? "") ? "lv" : "en";
}

/** The locale used to write numbers and amounts in a language (space groups and "€" after in Latvian). */
export function localeOf(language: MessageLanguage): string {
  return language === "lv" ? "lv-LV" : "en-GB";
}

/**
 * One number format per language with these options, made on first use and kept: making an
 * Intl.NumberFormat costs far more than formatting with one. Latvian groups four-digit numbers
 * too ("9 570", the form writes 1 234,56): Intl leaves them ungrouped by default, so grouping
 * is "always" unless the options say otherwise.
 */
export function numberFormatOf(
  options: Intl.NumberFormatOptions,
): (language: MessageLanguage) => Intl.NumberFormat {
  const made = new Map<MessageLanguage, Intl.NumberFormat>();
  return (language) => {
    let format = made.get(language);
    if (!format) {
      // "always" is ES2023 (Intl.NumberFormat v3), read as true where an engine predates it;
      // TypeScript's ES2020 lib only knows booleans.
      const grouping = { useGrouping: "always" } as unknown as Intl.NumberFormatOptions;
      format = new Intl.NumberFormat(localeOf(language), { ...grouping, ...options });
      made.set(language, format);
    }
    return format;
  };
}

const upToCents = numberFormatOf({ maximumFractionDigits: 2 });
const upToMillionths = numberFormatOf({ maximumFractionDigits: 6 });
const withCents = numberFormatOf({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "1,234.56" in English, "1 234,56" in Latvian (a no-break space between the groups). */
export function formatNumberIn(language: MessageLanguage, value: number): string {
  return upToCents(language).format(value);
}

/** As formatNumberIn, with up to 6 decimals: limits such as 0.001 km keep their digits. */
export function formatPreciseIn(language: MessageLanguage, value: number): string {
  return upToMillionths(language).format(value);
}

/** "1,234.56 EUR" in English, "1 234,56 EUR" in Latvian; whole euros without cents. */
export function formatEuroIn(language: MessageLanguage, amount: number): string {
  return `${formatNumberIn(language, roundCents(amount))} EUR`;
}

/** "12,000.00" in English, "12 000,00" in Latvian: always two decimals, so amounts line up. */
export function formatCentsIn(language: MessageLanguage, value: number): string {
  return withCents(language).format(value);
}

/** "12,000.00 EUR" (Latvian "12 000,00 EUR"): an amount of a column, always with cents. */
export function formatEuroCentsIn(language: MessageLanguage, amount: number): string {
  return `${formatCentsIn(language, roundCents(amount))} EUR`;
}

const oneDecimal = numberFormatOf({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = numberFormatOf({ maximumFractionDigits: 0 });

/** A file size: "4.0 GB", "300 MB", "12 KB", "800 B" (decimal comma in Latvian). */
export function formatBytesIn(language: MessageLanguage, bytes: number): string {
  const units: [string, number][] = [
    ["GB", 1024 ** 3],
    ["MB", 1024 ** 2],
    ["KB", 1024],
  ];
  for (const [unit, size] of units) {
    if (bytes < size) continue;
    const value = bytes / size;
    // One decimal for a few gigabytes (4.0 GB), whole numbers otherwise.
    const text = (unit === "GB" && value < 10 ? oneDecimal : whole)(language).format(value);
    return `${text} ${unit}`;
  }
  return `${whole(language).format(bytes)} B`;
}

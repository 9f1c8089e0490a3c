import { roundCents } from "../domain/money";

/*
 * The languages of the messages and how each writes numbers, without i18next: the custom
 * functions' bundle uses this part alone (see function-messages.ts).
 */

export const messageLanguages = ["en", "lv"] as const;
export type MessageLanguage = (typeof messageLanguages)[number];

/** "lv" for a Latvian language tag ("lv", "lv-LV", "lv_LV.UTF-8"), "en" for anything else. */
export function messageLanguage(tag: string | undefined | null): MessageLanguage {
  return /^lv(-|_|\.|$)/i.test(tag ?? "") ? "lv" : "en";
}

function localeOf(language: MessageLanguage): string {
  return language === "lv" ? "lv-LV" : "en-GB";
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: MessageLanguage, fractionDigits: number): Intl.NumberFormat {
  const id = `${language}/${fractionDigits}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), {
      maximumFractionDigits: fractionDigits,
      // Latvian groups thousands only from 10 000 by default; the form writes 1 234,56.
      // ("always" is read as true where an engine predates it.)
      useGrouping: "always" as unknown as boolean,
    });
    numberFormats.set(id, format);
  }
  return format;
}

/** "1,234.56" in English, "1 234,56" in Latvian (a no-break space between the groups). */
export function formatNumberIn(language: MessageLanguage, value: number): string {
  return numberFormat(language, 2).format(value);
}

/** As formatNumberIn, with up to 6 decimals: limits such as 0.001 km keep their digits. */
export function formatPreciseIn(language: MessageLanguage, value: number): string {
  return numberFormat(language, 6).format(value);
}

/** "1,234.56 EUR" in English, "1 234,56 EUR" in Latvian; whole euros without cents. */
export function formatEuroIn(language: MessageLanguage, amount: number): string {
  return `${formatNumberIn(language, roundCents(amount))} EUR`;
}

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
    const digits = unit === "GB" && value < 10 ? 1 : 0;
    const text = value.toLocaleString(localeOf(language), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    return `${text} ${unit}`;
  }
  return `${bytes.toLocaleString(localeOf(language))} B`;
}

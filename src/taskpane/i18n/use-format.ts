import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { numberFormat, pickLanguage, type Language } from "./i18n";

export interface Format {
  language: Language;
  /** "€54,000" in English, "54 000 €" and "9 570 €" in Latvian; cents only when there are any. */
  amount(value: number): string;
  /** "1,234" / "1 234". */
  count(value: number): string;
}

/** Number and amount formatting in the pane's current language. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language = pickLanguage(i18n.language);
  return useMemo(() => {
    const euros = numberFormat(language, {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    });
    const counts = numberFormat(language, { maximumFractionDigits: 0 });
    return {
      language,
      amount: (value) => euros.format(value),
      count: (value) => counts.format(value),
    };
  }, [language]);
}

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { numberFormatOf } from "../../messages/message-language";
import { pickLanguage, type Language } from "./i18n";

export interface Format {
  language: Language;
  /** "€54,000" in English, "54 000 €" and "9 570 €" in Latvian; cents only when there are any. */
  amount(value: number): string;
  /** "1,234" / "1 234". */
  count(value: number): string;
  /** A rulebook figure's value, up to 4 decimals: "2,750", "0.75" / "2 750", "0,75". */
  figure(value: number): string;
}

const euros = numberFormatOf({
  style: "currency",
  currency: "EUR",
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});
const counts = numberFormatOf({ maximumFractionDigits: 0 });
const figures = numberFormatOf({ maximumFractionDigits: 4 });

/** Number and amount formatting in the pane's current language. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language = pickLanguage(i18n.language);
  return useMemo(
    () => ({
      language,
      amount: (value) => euros(language).format(value),
      count: (value) => counts(language).format(value),
      figure: (value) => figures(language).format(value),
    }),
    [language],
  );
}

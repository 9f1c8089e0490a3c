import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { addMessageFormatters, addMessageResources } from "../../messages/messages";
import en from "./en.json";
import lv from "./lv.json";

/** The languages of the pane's interface. */
export const languages = ["en", "lv"] as const;
export type Language = (typeof languages)[number];

export const resources = {
  en: { translation: en },
  lv: { translation: lv },
} as const;

/** "lv" for a Latvian language tag ("lv", "lv-LV"), "en" for anything else. */
export function pickLanguage(tag: string | undefined | null): Language {
  return /^lv(-|_|$)/i.test(tag ?? "") ? "lv" : "en";
}

/** The locale used to write numbers and amounts in a language (space groups and "€" after in Latvian). */
export function localeOf(language: Language): string {
  return language === "lv" ? "lv-LV" : "en-GB";
}

/**
 * A fresh i18next instance for one pane: no global singleton, so tests and the preview can
 * mount panes in different languages side by side. Resources are bundled, so it is ready
 * synchronously.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: "en",
    supportedLngs: [...languages],
    resources,
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
  });
  // The findings' messages, shared with the command line.
  addMessageResources(instance);
  addMessageFormatters(instance);
  return instance;
}

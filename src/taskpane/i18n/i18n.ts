import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { addMessageFormatters, addMessageResources } from "../../messages/messages";
import {
  messageLanguage,
  messageLanguages,
  type MessageLanguage,
} from "../../messages/message-language";
import en from "./en.json";
import lv from "./lv.json";

/** The languages of the pane's interface: those of the messages. */
export const languages = messageLanguages;
export type Language = MessageLanguage;

export const resources = {
  en: { translation: en },
  lv: { translation: lv },
} as const;

/** "lv" for a Latvian language tag ("lv", "lv-LV", "lv_LV.UTF-8"), "en" for anything else. */
export const pickLanguage = messageLanguage;

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
  // The findings' messages, shared with the command line; "{{count, number}}" in the pane's
  // catalogues groups counts (3,000 / 3 000) while the plural still follows the number.
  addMessageResources(instance);
  addMessageFormatters(instance);
  return instance;
}

import "i18next";
import type en from "./en.json";

// Typed keys: t("check.button") is checked against en.json at compile time; lv.json is
// checked to have the same keys by test/taskpane/i18n.test.ts.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
  }
}

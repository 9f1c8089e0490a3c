import en from "../../src/taskpane/i18n/en.json";
import lv from "../../src/taskpane/i18n/lv.json";
import { createI18n } from "../../src/taskpane/i18n/i18n";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const plural = /_(zero|one|two|few|many|other)$/;
const english = flatten(en);
const latvian = flatten(lv);
const base = (key: string) => key.replace(plural, "");
const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();

describe("the pane's translations", () => {
  it("have the same keys in English and Latvian (plural forms aside)", () => {
    expect([...new Set([...latvian.keys()].map(base))].sort()).toEqual(
      [...new Set([...english.keys()].map(base))].sort(),
    );
  });

  it("have every plural form each language needs: en one/other, lv zero/one/other", () => {
    const plurals = new Set([...english.keys()].filter((key) => plural.test(key)).map(base));
    expect(plurals.size).toBeGreaterThan(0);
    for (const key of plurals) {
      expect([key, ["one", "other"].every((form) => english.has(`${key}_${form}`))]).toEqual([
        key,
        true,
      ]);
      expect([
        key,
        ["zero", "one", "other"].every((form) => latvian.has(`${key}_${form}`)),
      ]).toEqual([key, true]);
    }
  });

  it("fill in the same values in both languages, and leave nothing blank", () => {
    for (const [key, text] of latvian) {
      expect([key, text.trim() !== ""]).toEqual([key, true]);
      const english_ = english.get(key) ?? english.get(`${base(key)}_other`) ?? "";
      expect([key, variables(text)]).toEqual([key, variables(english_)]);
    }
  });

  it("use Latvian plural forms by the number (1, 21: one; 0, 10–20: zero; else other)", () => {
    const i18n = createI18n("lv");
    expect(i18n.t("project.months", { count: 1 })).toBe("1 mēnesis");
    expect(i18n.t("project.months", { count: 21 })).toBe("21 mēnesis");
    expect(i18n.t("project.months", { count: 24 })).toBe("24 mēneši");
    expect(i18n.t("summary.breaks", { count: 1 })).toBe("Budžetā ir 1 kļūda.");
    expect(i18n.t("summary.breaks", { count: 11 })).toBe("Budžetā ir 11 kļūdas.");
    expect(i18n.t("summary.breaks", { count: 9 })).toBe("Budžetā ir 9 kļūdas.");
  });

  it("write counts grouped in both languages, four-digit ones too (3,000 / 3 000)", () => {
    expect(createI18n("en").t("summary.breaks", { count: 3000 })).toBe(
      "The budget has 3,000 errors.",
    );
    // U+00A0 is how Intl writes the Latvian group separator.
    expect(createI18n("lv").t("summary.breaks", { count: 3000 })).toBe(
      "Budžetā ir 3\u00a0000 kļūdas.",
    );
    expect(createI18n("lv").t("summary.breaks", { count: 21 })).toBe("Budžetā ir 21 kļūda.");
  });
});

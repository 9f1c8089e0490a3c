import {
  formatBytesIn,
  formatCentsIn,
  formatEuroCentsIn,
  formatEuroIn,
  formatNumberIn,
  localeOf,
  messageLanguage,
  numberFormatOf,
} from "../../src/messages/message-language";
import { pickLanguage } from "../../src/taskpane/i18n/i18n";
import { cliLanguage } from "../../src/cli/language";

describe("messageLanguage, the one language picker of the CLI, the pane and the functions", () => {
  test.each([
    ["lv", "lv"],
    ["LV", "lv"],
    ["lv-LV", "lv"],
    ["lv_LV.UTF-8", "lv"],
    ["lv.UTF-8", "lv"],
    ["en-GB", "en"],
    ["en_US.UTF-8", "en"],
    ["lt-LT", "en"],
    ["lvx", "en"],
    ["C", "en"],
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
  ])("%p → %s", (tag, language) => {
    expect(messageLanguage(tag)).toBe(language);
  });

  test("the pane and the CLI pick with it", () => {
    // The pane once refused "lv.UTF-8" while the CLI took it: one function, one answer.
    expect(pickLanguage).toBe(messageLanguage);
    expect(pickLanguage("lv.UTF-8")).toBe("lv");
    expect(cliLanguage(undefined, { LANG: "lv_LV.UTF-8" })).toBe("lv");
    expect(cliLanguage(undefined, { LANG: "lv.UTF-8" })).toBe("lv");
    expect(cliLanguage(undefined, { LANG: "en_GB.UTF-8" })).toBe("en");
    expect(cliLanguage(undefined, {})).toBe("en");
  });

  test("each language writes numbers in its locale", () => {
    expect(localeOf("lv")).toBe("lv-LV");
    expect(localeOf("en")).toBe("en-GB");
  });
});

describe("numberFormatOf", () => {
  test("makes one format per language and keeps it", () => {
    const whole = numberFormatOf({ maximumFractionDigits: 0 });
    expect(whole("lv")).toBe(whole("lv"));
    expect(whole("en")).not.toBe(whole("lv"));
  });

  test("groups four-digit numbers in Latvian too, unless told otherwise", () => {
    const whole = numberFormatOf({ maximumFractionDigits: 0 });
    expect(whole("lv").format(9570.4)).toBe("9\u00a0570");
    expect(whole("en").format(9570.4)).toBe("9,570");
    expect(numberFormatOf({ useGrouping: false })("lv").format(9570)).toBe("9570");
    expect(formatNumberIn("lv", 1234.5)).toBe("1\u00a0234,5");
  });
});

describe("formatEuroIn, English", () => {
  test.each([
    [28750, "28,750 EUR"],
    [23000, "23,000 EUR"],
    [50000.0025, "50,000 EUR"],
    [750.225, "750.23 EUR"],
    [1234.5, "1,234.5 EUR"],
    [0, "0 EUR"],
  ])("%s → %s", (amount, text) => {
    expect(formatEuroIn("en", amount)).toBe(text);
  });
});

describe("formatNumberIn, English", () => {
  test.each([
    [1999.5, "1,999.5"],
    [99.99, "99.99"],
    [2000, "2,000"],
    [8000, "8,000"],
  ])("%s → %s", (value, text) => {
    expect(formatNumberIn("en", value)).toBe(text);
  });
});

describe("formatEuroCentsIn and formatCentsIn", () => {
  test.each([
    ["en", 12000, "12,000.00 EUR"],
    ["lv", 12000, "12\u00a0000,00 EUR"],
    ["lv", 9570.5, "9\u00a0570,50 EUR"],
    ["en", 750.225, "750.23 EUR"],
    ["en", 0, "0.00 EUR"],
  ] as const)("%s %s → %s", (language, amount, text) => {
    expect(formatEuroCentsIn(language, amount)).toBe(text);
  });

  test("formatCentsIn writes the number alone", () => {
    expect(formatCentsIn("en", 1234.5)).toBe("1,234.50");
    expect(formatCentsIn("lv", 1234.5)).toBe("1\u00a0234,50");
  });
});

describe("formatBytesIn", () => {
  test("groups a four-digit size in Latvian as every other number", () => {
    expect(formatBytesIn("lv", 1000 * 1024 ** 2)).toBe("1\u00a0000 MB");
    expect(formatBytesIn("en", 1000 * 1024 ** 2)).toBe("1,000 MB");
    expect(formatBytesIn("lv", 800)).toBe("800 B");
  });
});

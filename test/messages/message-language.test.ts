import {
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

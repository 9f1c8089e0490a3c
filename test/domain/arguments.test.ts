import { getRulebook, type Rulebook } from "../../src/rules";
import {
  ArgumentError,
  countryArgument,
  numberArgument,
  optionalCount,
  wordArgument,
  type NumberRule,
} from "../../src/domain/arguments";
import { roles, staffCategories } from "../../src/domain/vocabulary";
import { functionText } from "../../src/messages/function-messages";

const book = getRulebook() as Rulebook;

/** The English message of the ArgumentError a call throws (fails on none or another kind). */
function refusal(call: () => unknown): { message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentError);
    return { message: functionText((error as ArgumentError).text, "en") };
  }
  throw new Error("expected an ArgumentError, got a result");
}

const MONTHS: NumberRule = { min: 1, max: 60, integer: true, quantity: "months" };
const DISTANCE: NumberRule = { min: 0.001, quantity: "distance" };
const DAYS: NumberRule = { min: 0.5, quantity: "working-days" };

describe("numberArgument accepts", () => {
  test.each([
    [24, MONTHS, 24],
    ["24", MONTHS, 24],
    [" 24 ", MONTHS, 24],
    ["+24", MONTHS, 24],
    [1, MONTHS, 1],
    [60, MONTHS, 60],
    [24.0, MONTHS, 24],
    ["24.0", MONTHS, 24],
    [1999.5, DISTANCE, 1999.5],
    ["1999.5", DISTANCE, 1999.5],
    [".5", DAYS, 0.5],
    [0.5, DAYS, 0.5],
    [0.001, DISTANCE, 0.001],
  ])("%p (%o) → %s", (value, rule, number) => {
    expect(numberArgument("x", value, rule)).toBe(number);
  });
});

describe("numberArgument refuses, naming the argument and what it accepts", () => {
  const wanted = "months must be a number of months, a whole number from 1 to 60";

  test.each([
    [null, "the cell is blank"],
    [undefined, "the cell is blank"],
    ["", "the cell is blank"],
    ["   ", "the cell is blank"],
    [0, "got 0"], // a blank cell on Excel desktop arrives as 0
    [-3, "got -3"],
    [61, "got 61"],
    [24.5, "got 24.5"],
    ["24.5", 'got "24.5"'],
    ["abc", 'got "abc"'],
    ["24 months", 'got "24 months"'],
    ["1e3", 'got "1e3"'],
    ["2,5", 'got "2,5"'],
    [true, "got true"],
    [false, "got false"],
    [NaN, "got NaN"],
    [Infinity, "got Infinity"],
  ])("%p → …; %s.", (value, got) => {
    expect(refusal(() => numberArgument("months", value, MONTHS)).message).toBe(
      `${wanted}; ${got}.`,
    );
  });

  test("a rule with no maximum says 'or more'", () => {
    expect(refusal(() => numberArgument("distanceKm", -5, DISTANCE)).message).toBe(
      "distanceKm must be a one-way distance in km, 0.001 or more; got -5.",
    );
  });

  test("non-integer values pass when the rule allows them, but not under its minimum", () => {
    expect(numberArgument("days", 2.5, DAYS)).toBe(2.5);
    expect(refusal(() => numberArgument("days", 0.25, DAYS)).message).toBe(
      "days must be a number of working days, 0.5 or more; got 0.25.",
    );
  });
});

describe("optionalCount", () => {
  // 0 too: Excel on Windows passes a blank cell as 0, the web as null.
  test.each([null, undefined, "", "  ", 0])("%p → the default", (value) => {
    expect(optionalCount("participants", value, 1)).toBe(1);
    expect(optionalCount("participants", value, 7)).toBe(7);
  });

  test.each([
    [3, 3],
    ["12", 12],
  ])("%p → %s", (value, count) => {
    expect(optionalCount("participants", value, 1)).toBe(count);
  });

  test.each([
    [-1, "got -1"],
    [2.5, "got 2.5"],
    ["abc", 'got "abc"'],
    [true, "got true"],
  ])("%p is refused: %s", (value, got) => {
    expect(refusal(() => optionalCount("participants", value, 1)).message).toBe(
      `participants must be a number of participants, a whole number 1 or more; ${got}.`,
    );
  });
});

describe("wordArgument", () => {
  test.each([
    ["coordinator", "coordinator"],
    ["Koordinators", "coordinator"],
    ["partneris", "partner"],
  ])("role %p → %s", (value, code) => {
    expect(wordArgument("role", value, roles)).toBe(code);
  });

  test.each([
    ["pētnieks", "teacher"],
    ["Youth worker", "teacher"],
    ["Vadītājs", "manager"],
  ])("category %p → %s", (value, code) => {
    expect(wordArgument("category", value, staffCategories)).toBe(code);
  });

  test.each([
    ["boss", 'got "boss"'],
    [null, "the cell is blank"],
    [undefined, "the cell is blank"],
    ["", "the cell is blank"],
    [0, "got 0"],
    [1, "got 1"],
    [true, "got true"],
  ])("role %p is refused: %s", (value, got) => {
    expect(refusal(() => wordArgument("role", value, roles)).message).toBe(
      `role must be a role: coordinator, partner; ${got}.`,
    );
  });

  test("the staff-category message lists all four categories", () => {
    expect(refusal(() => wordArgument("category", "professor", staffCategories)).message).toBe(
      'category must be a staff category: manager, teacher, technician, admin; got "professor".',
    );
  });
});

describe("countryArgument", () => {
  test.each([
    ["LV", "LV"],
    ["Latvija", "LV"],
    ["Czech Republic", "CZ"],
    ["former Yugoslav Republic of Macedonia", "MK"],
    ["EL", "GR"],
    ["Šveice", "CH"],
  ])("%p → %s", (value, code) => {
    expect(countryArgument("country", value, book)).toBe(code);
  });

  const accepted =
    "country must be a country: an ISO code or its English or Latvian name (LV, Latvia, Latvija)";

  test.each([
    ["Latvla", 'got "Latvla"'],
    ["", "the cell is blank"],
    [null, "the cell is blank"],
    [371, "got 371"],
    [true, "got true"],
  ])("%p is refused: %s", (value, got) => {
    expect(refusal(() => countryArgument("country", value, book)).message).toBe(
      `${accepted}; ${got}.`,
    );
  });
});

describe("ArgumentError", () => {
  test("is an Error with its own name, its message as data and the key as its plain message", () => {
    const error = new ArgumentError({ key: "argument/no-participants", params: {} });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ArgumentError");
    expect(error.text).toEqual({ key: "argument/no-participants", params: {} });
    expect(error.message).toBe("argument/no-participants");
  });
});

describe("data types (rich values) are read by their plain value", () => {
  test.each([
    [{ type: "FormattedNumber", basicValue: 24, numberFormat: "0" }, 24],
    [{ type: "Double", basicValue: 24 }, 24],
    [{ type: "String", basicValue: "24" }, 24],
  ])("%o → %s", (value, number) => {
    expect(numberArgument("months", value, MONTHS)).toBe(number);
  });

  test("an entity by the text it shows", () => {
    const latvia = { type: "LinkedEntity", text: "Latvia", basicValue: "#VALUE!", properties: {} };
    expect(countryArgument("country", latvia, book)).toBe("LV");
    expect(wordArgument("role", { type: "Entity", text: "Partneris" }, roles)).toBe("partner");
  });

  test("an empty value is blank", () => {
    expect(optionalCount("participants", { type: "Empty", basicValue: "" }, 1)).toBe(1);
  });
});

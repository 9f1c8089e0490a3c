import * as ka2 from "../../src/functions/functions";
import * as sheet from "../../src/domain/worksheet-functions";
import { ArgumentError } from "../../src/domain/arguments";
import type { ResultText } from "../../src/domain/function-text";
import { functionText } from "../../src/messages/function-messages";

/*
 * Every KA2.* custom function by hand-worked figures from the 2014 unit costs, every message
 * it shows on #VALUE!, blank cells (null on the web, 0 on desktop) and the Latvian words a
 * finance officer types.
 */

/** The #VALUE! error a call throws (fails the test when it does not throw one). */
function valueError(call: () => unknown): CustomFunctions.Error {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(CustomFunctions.Error);
  const error = thrown as CustomFunctions.Error;
  expect(error.code).toBe(CustomFunctions.ErrorCode.invalidValue);
  return error;
}

const monthsWanted = "months must be a number of months, a whole number from 1 to 60";
const distanceWanted = "distanceKm must be a one-way distance in km, 0.001 or more";
const participantsWanted =
  "participants must be a number of participants, a whole number 1 or more";
const countryWanted =
  "must be a country: an ISO code or its English or Latvian name (LV, Latvia, Latvija)";
const categoryWanted = "category must be a staff category: manager, teacher, technician, admin";

describe("KA2.MGMT(role, months)", () => {
  it.each([
    ["coordinator", 24, 12000], // 24 × 500
    ["partner", 24, 6000], // 24 × 250
    ["coordinator", 36, 18000], // 36 × 500
    ["partner", 1, 250],
    ["koordinators", 24, 12000],
    ["Partneris", 36, 9000],
    ["  COORDINATOR ", 12, 6000],
    ["applicant", "24", 12000], // numeric text from an imported sheet
  ])("%s for %s months = %s EUR", (role, months, amount) => {
    expect(ka2.mgmt(role, months)).toBe(amount);
  });

  it("with a Rates range, a figure's first row counts, as in the checker: 24 × 600 = 14,400", () => {
    const rates = [
      ["management.coordinatorPerMonth", 600],
      ["Management.CoordinatorPerMonth", 700], // a duplicate the checker reports and ignores
    ];
    expect(ka2.mgmt("coordinator", 24, rates)).toBe(14400);
  });

  it("names the role and the accepted words", () => {
    expect(valueError(() => ka2.mgmt("leader", 24)).message).toBe(
      'role must be a role: coordinator, partner; got "leader".',
    );
  });

  it.each([
    [null, "the cell is blank"], // blank cell on the web
    [0, "got 0"], // blank cell on desktop
    ["", "the cell is blank"],
    [-24, "got -24"],
    [24.5, "got 24.5"],
    [61, "got 61"],
    ["abc", 'got "abc"'],
    [true, "got true"],
  ])("refuses months %p: %s", (months, got) => {
    expect(valueError(() => ka2.mgmt("coordinator", months)).message).toBe(
      `${monthsWanted}; ${got}.`,
    );
  });

  it.each([
    [null, "the cell is blank"],
    [0, "got 0"],
  ])("refuses a blank role (%p)", (role, got) => {
    expect(valueError(() => ka2.mgmt(role, 24)).message).toBe(
      `role must be a role: coordinator, partner; ${got}.`,
    );
  });
});

describe("KA2.MEETING(distanceKm, participants)", () => {
  it.each([
    [1999, 2, 1150], // 2 × 575, 100–1,999 km
    [2000, 1, 760], // 2,000 km and more
    [2000, 3, 2280], // 3 × 760
    [100, 1, 575],
    [99, 2, 0], // under 100 km: not funded
    [99.9, 1, 0],
    ["1999", "2", 1150],
  ])("%s km × %s participants = %s EUR", (km, participants, amount) => {
    expect(ka2.meeting(km, participants)).toBe(amount);
  });

  it.each([
    [null, "the cell is blank"],
    [0, "got 0"],
    [-5, "got -5"],
    ["far", 'got "far"'],
  ])("refuses distanceKm %p", (km, got) => {
    expect(valueError(() => ka2.meeting(km, 2)).message).toBe(`${distanceWanted}; ${got}.`);
  });

  it.each([
    [null, "the cell is blank"],
    [0, "got 0"],
    [1.5, "got 1.5"],
  ])("refuses participants %p", (participants, got) => {
    expect(valueError(() => ka2.meeting(1999, participants)).message).toBe(
      `${participantsWanted}; ${got}.`,
    );
  });
});

describe("KA2.DISSEM(local, foreign)", () => {
  it.each([
    [10, 5, 2000], // 10 × 100 + 5 × 200
    [0, 5, 1000],
    [10, 0, 1000],
    [null, 5, 1000], // a blank count is 0 on every platform (desktop passes 0, the web null)
    [10, "", 1000],
    [150, 50, 25000],
  ])("%s local, %s foreign = %s EUR", (local, foreign, amount) => {
    expect(ka2.dissem(local, foreign)).toBe(amount);
  });

  it.each([
    [-1, 5, "local", "got -1"],
    [2.5, 5, "local", "got 2.5"],
    [10, "many", "foreign", 'got "many"'],
  ])("refuses %p, %p (%s)", (local, foreign, name, got) => {
    expect(valueError(() => ka2.dissem(local, foreign)).message).toBe(
      `${name} must be a number of participants, a whole number 0 or more; ${got}.`,
    );
  });

  it.each([
    [0, 0],
    [null, null],
    [null, 0],
  ])("refuses an event with no participant (%p, %p)", (local, foreign) => {
    expect(valueError(() => ka2.dissem(local, foreign)).message).toBe(
      "local and foreign are both 0 or blank; a multiplier event needs at least one participant.",
    );
  });
});

describe("KA2.STAFF(category, country, days)", () => {
  it.each([
    ["teacher", "LV", 10, 740], // group 4 teacher 74 × 10
    ["skolotājs", "Latvija", 10, 740],
    ["researcher", "Latvia", 0.5, 37],
    ["manager", "DE", 5, 1400], // group 2 manager 280 × 5
    ["Vadītājs", "Vācija", 5, 1400],
    ["youth worker", "Denmark", 2, 482], // group 1 teacher 241 × 2
    ["technician", "UK", 1, 162], // 2014: United Kingdom in group 2
    ["admin", "former Yugoslav Republic of Macedonia", 3, 141], // group 4 admin 47 × 3
    ["manager", "CH", 1, 294], // Switzerland: Partner Country, row 1
    ["teacher", "Ukraine", 1, 74], // other Partner Countries: row 4
  ])("%s in %s × %s days = %s EUR", (category, country, days, amount) => {
    expect(ka2.staff(category, country, days)).toBe(amount);
  });

  it("names the category", () => {
    expect(valueError(() => ka2.staff("boss", "LV", 10)).message).toBe(
      `${categoryWanted}; got "boss".`,
    );
  });

  it.each([
    ["Atlantis", 'got "Atlantis"'],
    [null, "the cell is blank"],
    [0, "got 0"],
  ])("refuses country %p", (country, got) => {
    expect(valueError(() => ka2.staff("teacher", country, 10)).message).toBe(
      `country ${countryWanted}; ${got}.`,
    );
  });

  it.each([
    [null, "the cell is blank"],
    [0, "got 0"],
    [0.25, "got 0.25"],
  ])("refuses days %p", (days, got) => {
    expect(valueError(() => ka2.staff("teacher", "LV", days)).message).toBe(
      `days must be a number of working days, 0.5 or more; ${got}.`,
    );
  });
});

describe("KA2.RATE(category, country)", () => {
  it.each([
    ["teacher", "LV", 74],
    ["pasniedzējs", "Latvija", 74],
    ["manager", "Vācija", 280],
    ["technician", "NL", 190],
    ["admin", "ES", 78],
    ["Administratīvais personāls", "Čehija", 78],
  ])("%s in %s = %s EUR/day", (category, country, rate) => {
    expect(ka2.rate(category, country)).toBe(rate);
  });

  it("refuses a blank category", () => {
    expect(valueError(() => ka2.rate(null, "LV")).message).toBe(
      `${categoryWanted}; the cell is blank.`,
    );
  });
});

describe("KA2.COUNTRYGROUP(country)", () => {
  it.each([
    ["LV", 4],
    ["Latvija", 4],
    ["DE", 2],
    ["Norway", 1],
    ["Čehija", 3],
    ["UK", 2],
    ["EL", 3], // Greece by its EU code
    ["CH", 1],
    ["JP", 2],
    ["Brazil", 4],
  ])("%s is in group %s", (country, group) => {
    expect(ka2.countryGroup(country)).toBe(group);
  });

  it.each([
    ["Atlantis", 'got "Atlantis"'],
    [null, "the cell is blank"],
    [0, "got 0"],
  ])("refuses %p", (country, got) => {
    expect(valueError(() => ka2.countryGroup(country)).message).toBe(
      `country ${countryWanted}; ${got}.`,
    );
  });
});

describe("KA2.TRAVEL(distanceKm, [participants])", () => {
  it.each([
    [99, null, 0], // under 100 km: not funded
    [100, null, 275],
    [499, 2, 550], // 2 × 275
    [500, null, 275],
    [1999, 1, 275],
    [2000, 3, 1080], // 3 × 360
    [3000, null, 360],
    [8000, 1, 360],
    [100, 3, 825], // 3 × 275
    [2500, 2, 720], // 2 × 360
  ])("%s km × %s participants = %s EUR", (km, participants, amount) => {
    expect(ka2.travel(km, participants)).toBe(amount);
  });

  it("counts one participant when the argument is left out", () => {
    expect(ka2.travel(100)).toBe(275);
  });

  it("refuses a blank distance", () => {
    expect(valueError(() => ka2.travel(null)).message).toBe(
      `${distanceWanted}; the cell is blank.`,
    );
  });

  it("counts one participant for a blank participants cell, 0 on Windows as null on the web", () => {
    // 100 km is in the 100–1,999 km band: 275 EUR for one participant.
    expect(ka2.travel(100, 0)).toBe(275);
    expect(ka2.travel(100, null)).toBe(275);
  });

  it("refuses a negative participants count", () => {
    expect(valueError(() => ka2.travel(100, -1)).message).toBe(`${participantsWanted}; got -1.`);
  });
});

describe("KA2.BAND(distanceKm)", () => {
  it.each([
    [99, "under 100 km (not funded)"],
    [100, "100–1,999 km"],
    [1999.5, "100–1,999 km"],
    [2000, "2,000 km and more"],
    [8000, "2,000 km and more"],
  ])("%s km is in %s", (km, band) => {
    expect(ka2.band(km)).toBe(band);
  });

  it("refuses a blank distance", () => {
    expect(valueError(() => ka2.band(0)).message).toBe(`${distanceWanted}; got 0.`);
  });
});

describe("KA2.SUPPORT(type, duration, [participants], [receivingCountry])", () => {
  it.each([
    ["staff-training", 15, null, null, 1470], // 14 × 100 + 1 × 70
    ["staff-training", 15, 2, null, 2940],
    ["staff training", 5, null, null, 500],
    ["Īstermiņa kopīgs personāla mācību pasākums", 15, null, null, 1470],
    ["staff-training", 60, null, null, 4620], // 14 × 100 + 46 × 70
    ["staff-training", 61, null, null, 4620], // days after the 60th are not paid
    ["accompanying", 5, null, null, 500],
    ["pupil-exchange", 14, null, null, 770], // 14 × 55
    ["pupil-exchange", 20, null, null, 1010], // 14 × 55 + 6 × 40
    ["blended-mobility", 10, 3, null, 1650], // 3 × 10 × 55
    ["intensive-study", 10, null, null, 550],
    ["teaching-assignment", 3, null, "LV", 6120], // 3 × 2,040
    ["pupil-long-term", 10, null, "Latvija", 800], // 10 × 80
    ["pupil-long-term", 10, 2, "Vācija", 2200], // 2 × 10 × 110
  ])("%s, %s, %s participants, %s = %s EUR", (type, duration, participants, country, amount) => {
    expect(ka2.support(type, duration, participants, country)).toBe(amount);
  });

  it("counts one participant when the optional arguments are left out", () => {
    expect(ka2.support("staff-training", 15)).toBe(1470);
  });

  it("names the activity types", () => {
    expect(valueError(() => ka2.support("trip", 3)).message).toBe(
      "type must be an activity type: staff-training, teaching-assignment, pupil-exchange, " +
        'pupil-long-term, blended-mobility, intensive-study, intensive-study-staff, accompanying; got "trip".',
    );
  });

  it.each([
    ["staff-training", null, "days, a whole number from 1 to 366; the cell is blank"],
    ["staff-training", 0, "days, a whole number from 1 to 366; got 0"],
    ["pupil-long-term", 13, "months, a whole number from 1 to 12; got 13"],
  ])("refuses a %s lasting %p", (type, duration, wanted) => {
    expect(valueError(() => ka2.support(type, duration, null, "LV")).message).toBe(
      `duration must be the activity's length in ${wanted}.`,
    );
  });

  it("needs the receiving country of a long-term activity", () => {
    expect(valueError(() => ka2.support("teaching-assignment", 3)).message).toBe(
      `receivingCountry ${countryWanted}; the cell is blank.`,
    );
  });

  it("refuses a receiving country without a monthly rate", () => {
    expect(valueError(() => ka2.support("teaching-assignment", 3, 1, "CH")).message).toBe(
      'receivingCountry must be a Programme Country with a monthly rate for teaching-assignment; got "CH".',
    );
  });
});

describe("KA2.LINGUISTIC(months, [participants])", () => {
  it.each([
    [1, null, 0], // under 2 months: not eligible
    [2, null, 150],
    [12, null, 150],
    [13, null, 0], // over 12 months: not eligible
    [6, 3, 450],
  ])("%s months × %s participants = %s EUR", (months, participants, amount) => {
    expect(ka2.linguistic(months, participants)).toBe(amount);
  });

  it.each([
    [null, "the cell is blank"],
    [0, "got 0"],
  ])("refuses months %p", (months, got) => {
    expect(valueError(() => ka2.linguistic(months)).message).toBe(`${monthsWanted}; ${got}.`);
  });
});

describe("KA2.EXCEPTIONAL(realCost) and KA2.SPECIALNEEDS(realCost)", () => {
  it.each([
    [10000, 7500], // 75 %
    ["10000", 7500],
    [100000, 75000], // the 50,000 EUR project cap is the checker's, not the line's
    [0.01, 0.01], // 0.0075 rounds to a whole cent
    [1234.57, 925.93], // 925.9275
  ])("EXCEPTIONAL(%s) = %s EUR", (realCost, amount) => {
    expect(ka2.exceptional(realCost)).toBe(amount);
  });

  it.each([
    [1234.56, 1234.56], // 100 %
    [500, 500],
  ])("SPECIALNEEDS(%s) = %s EUR", (realCost, amount) => {
    expect(ka2.specialNeeds(realCost)).toBe(amount);
  });

  it.each([
    [null, "the cell is blank"],
    [0, "got 0"],
    [-5, "got -5"],
  ])("refuse realCost %p", (realCost, got) => {
    const message = `realCost must be a real cost in EUR, 0.01 or more; ${got}.`;
    expect(valueError(() => ka2.exceptional(realCost)).message).toBe(message);
    expect(valueError(() => ka2.specialNeeds(realCost)).message).toBe(message);
  });
});

describe("KA2.MAXGRANT(action, months)", () => {
  it.each([
    ["SP", 24, 300000], // 150,000 × 2 years
    ["SP", 36, 450000],
    ["SP", 30, 375000], // pro rata: 150,000 × 30 / 12
    ["KA", 24, 700000],
    ["KA", 36, 1000000],
    ["SSA", 24, 700000],
    ["SSA", 36, 1000000],
    ["sp", 24, 300000],
    ["Stratēģiskā partnerība", 24, 300000],
    ["Zināšanu apvienība", 36, 1000000],
  ])("%s for %s months = %s EUR", (action, months, amount) => {
    expect(ka2.maxGrant(action, months)).toBe(amount);
  });

  it("names the actions", () => {
    expect(valueError(() => ka2.maxGrant("KA3", 24)).message).toBe(
      'action must be an action: SP, KA, SSA; got "KA3".',
    );
  });

  it.each([
    [null, "the cell is blank"],
    [0, "got 0"],
  ])("refuses months %p", (months, got) => {
    expect(valueError(() => ka2.maxGrant("SP", months)).message).toBe(`${monthsWanted}; ${got}.`);
  });
});

describe("the wrappers", () => {
  const wrappers = {
    MGMT: ka2.mgmt,
    MEETING: ka2.meeting,
    DISSEM: ka2.dissem,
    STAFF: ka2.staff,
    RATE: ka2.rate,
    COUNTRYGROUP: ka2.countryGroup,
    TRAVEL: ka2.travel,
    BAND: ka2.band,
    SUPPORT: ka2.support,
    LINGUISTIC: ka2.linguistic,
    EXCEPTIONAL: ka2.exceptional,
    SPECIALNEEDS: ka2.specialNeeds,
    MAXGRANT: ka2.maxGrant,
    DISTANCE: ka2.distance, // asynchronous: test/functions/place-functions.test.ts
    PLACE: ka2.place,
  } satisfies Record<sheet.WorksheetFunctionName, unknown>;

  it("cover every worksheet function the command line knows", () => {
    expect(Object.keys(wrappers).sort()).toEqual(Object.keys(sheet.worksheetFunctions).sort());
  });

  it("give the command line's figures and messages", () => {
    type CellFunctionName = Exclude<sheet.WorksheetFunctionName, "DISTANCE" | "PLACE">;
    const samples: [CellFunctionName, (string | number | null)[]][] = [
      ["MGMT", ["partner", 30]],
      ["MEETING", [2500, 4]],
      ["DISSEM", [40, 12]],
      ["STAFF", ["technician", "Portugal", 7]],
      ["RATE", ["manager", "IS"]],
      ["COUNTRYGROUP", ["Lietuva"]],
      ["TRAVEL", [650, 2]],
      ["BAND", [4100]],
      ["SUPPORT", ["pupil-exchange", 12, 20, null]],
      ["LINGUISTIC", [3, 2]],
      ["EXCEPTIONAL", [999.99]],
      ["SPECIALNEEDS", [2500]],
      ["MAXGRANT", ["SSA", 36]],
      ["MGMT", ["boss", 30]],
      ["STAFF", ["teacher", "Narnia", 1]],
    ];
    for (const [name, args] of samples) {
      const viaCell = outcome(() => (wrappers[name] as (...a: unknown[]) => unknown)(...args));
      const viaCli = outcome(() =>
        (sheet.worksheetFunctions[name].run as (...a: unknown[]) => unknown)(...args),
      );
      expect([name, viaCell]).toEqual([name, viaCli]);
    }
  });

  it("let an unexpected error through unchanged instead of dressing it as #VALUE!", () => {
    const bug = new TypeError("rulebook row missing");
    const spy = jest.spyOn(sheet, "MGMT").mockImplementation(() => {
      throw bug;
    });
    try {
      expect(() => ka2.mgmt("coordinator", 24)).toThrow(bug);
    } finally {
      spy.mockRestore();
    }
  });
});

/**
 * A result or the message of the error, to compare the cell with the command line: the
 * domain's data (a refusal, a text result) worded in English, as the command line words it.
 */
function outcome(call: () => unknown): unknown {
  try {
    const result = call();
    return typeof result === "object" ? functionText(result as ResultText, "en") : result;
  } catch (error) {
    if (error instanceof ArgumentError) return { error: functionText(error.text, "en") };
    return { error: (error as Error).message };
  }
}

describe("messages in the language of Excel's interface", () => {
  const withDisplayLanguage = (displayLanguage: string | undefined, call: () => unknown) => {
    const global = globalThis as { Office?: unknown };
    const before = global.Office;
    global.Office = displayLanguage === undefined ? undefined : { context: { displayLanguage } };
    try {
      return call();
    } finally {
      global.Office = before;
    }
  };

  it("are Latvian when Excel's interface is Latvian (lv-LV)", () => {
    withDisplayLanguage("lv-LV", () => {
      expect(valueError(() => ka2.mgmt("coordinator", null)).message).toBe(
        "Argumentam months jābūt mēnešu skaitam — veselam skaitlim no 1 līdz 60; šūna ir tukša.",
      );
      expect(valueError(() => ka2.mgmt("vadītājs", 24)).message).toBe(
        "Argumentam role jābūt lomai: coordinator, partner; saņemts “vadītājs”.",
      );
      expect(valueError(() => ka2.staff("teacher", "Narnija", 1)).message).toBe(
        "Argumentam country jābūt valstij: ISO kodam vai valsts nosaukumam angliski vai latviski (LV, Latvia, Latvija); saņemts “Narnija”.",
      );
      expect(valueError(() => ka2.staff("teacher", "LV", 0.25)).message).toBe(
        "Argumentam days jābūt darba dienu skaitam — 0,5 vai vairāk; saņemts 0.25.",
      );
      expect(valueError(() => ka2.dissem(0, null)).message).toBe(
        "local un foreign abi ir 0 vai tukši; rezultātu izplatīšanas pasākumam vajag vismaz vienu dalībnieku.",
      );
      expect(valueError(() => ka2.mgmt("partner", 24, [["management.bogus", 1]])).message).toBe(
        "rates 1. rinda: “management.bogus” nav noteikumu rādītājs; tos uzskaita komanda ka2-budget rates.",
      );
      expect(ka2.band(2500)).toBe("2\u00a0000 km un vairāk");
      expect(ka2.band(50)).toBe("mazāk par 100 km (netiek finansēts)");
    });
  });

  it("are English for an English interface, and while Office has not told the language", () => {
    for (const language of ["en-US", "de-DE", undefined]) {
      withDisplayLanguage(language, () => {
        expect(valueError(() => ka2.mgmt("coordinator", null)).message).toBe(
          `${monthsWanted}; the cell is blank.`,
        );
        expect(ka2.band(2500)).toBe("2,000 km and more");
      });
    }
    const global = globalThis as { Office?: unknown };
    const before = global.Office;
    global.Office = {}; // office.js loaded, not yet initialised: no context
    try {
      expect(ka2.band(150)).toBe("100–1,999 km");
    } finally {
      global.Office = before;
    }
  });
});

import { getRulebook, knownRulebookYears, RulebookSchema, type Rulebook } from "../../src/rules";
import { ka2Rulebook2014 } from "../../src/rules/ka2-2014";

/*
 * Every expected figure below is copied by hand from the 2014 rules reference the rulebook was
 * transcribed from (its section given in each test), never read back from the data under test.
 */

function rulebook(): Rulebook {
  const book = getRulebook("2014");
  if (!book) throw new Error("the 2014 rulebook did not load");
  return book;
}

/** A deep copy of the data file that a test may corrupt freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function corruptible(): any {
  return structuredClone(ka2Rulebook2014);
}

describe("loading", () => {
  test("the 2014 data file validates against RulebookSchema", () => {
    const result = RulebookSchema.safeParse(ka2Rulebook2014);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  // getRulebook does not parse its data at run time; this is where every year is validated.
  test.each(knownRulebookYears)("the %s rulebook getRulebook returns validates", (year) => {
    expect(RulebookSchema.safeParse(getRulebook(year)).error?.issues ?? []).toEqual([]);
  });

  test("a year that is an Object.prototype name is not a rulebook", () => {
    expect(getRulebook("toString")).toBeUndefined();
    expect(getRulebook("__proto__")).toBeUndefined();
  });

  test("getRulebook knows 2014 only, caches it, and is undefined for other years", () => {
    expect(knownRulebookYears).toEqual(["2014"]);
    expect(getRulebook()).toBe(getRulebook("2014"));
    expect(getRulebook("2015")).toBeUndefined();
    expect(getRulebook("")).toBeUndefined();
    expect(rulebook().year).toBe(2014);
    expect(rulebook().currency).toBe("EUR");
  });
});

describe("countries (§8)", () => {
  const eu28 = [
    ...["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE"],
    ...["IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB"],
  ];

  test("28 EU Member States of 2014, the United Kingdom among them", () => {
    const eu = rulebook().countries.euMemberStates.value;
    expect(eu).toHaveLength(28);
    expect(new Set(eu).size).toBe(28);
    expect([...eu].sort()).toEqual([...eu28].sort());
  });

  test("33 Programme Countries: the 28 plus Iceland, Liechtenstein, Norway, FYROM, Turkey", () => {
    const programme = rulebook().countries.programme.value;
    expect(programme).toHaveLength(33);
    expect(new Set(programme).size).toBe(33);
    expect([...programme].sort()).toEqual([...eu28, "IS", "LI", "NO", "MK", "TR"].sort());
  });

  test("Switzerland is a Partner Country in 2014 and Serbia is not a Programme Country", () => {
    const { programme, euMemberStates } = rulebook().countries;
    expect(programme.value).not.toContain("CH");
    expect(programme.value).not.toContain("RS");
    expect(euMemberStates.value).not.toContain("CH");
    expect(euMemberStates.value).not.toContain("RS");
  });
});

describe("staff rates (§3)", () => {
  test("the four rows: manager / teacher / technician / admin in EUR per day", () => {
    expect(rulebook().staffRates.rows.value).toEqual({
      "1": { manager: 294, teacher: 241, technician: 190, admin: 157 },
      "2": { manager: 280, teacher: 214, technician: 162, admin: 131 },
      "3": { manager: 164, teacher: 137, technician: 102, admin: 78 },
      "4": { manager: 88, teacher: 74, technician: 55, admin: 47 },
    });
  });

  test("Programme Countries by group, exactly as the reference lists them", () => {
    const group = (row: string, codes: string[]) => codes.map((code) => [code, row]);
    const expected = Object.fromEntries([
      // Denmark, Ireland, Luxembourg, Netherlands, Austria, Sweden, Liechtenstein, Norway
      ...group("1", ["DK", "IE", "LU", "NL", "AT", "SE", "LI", "NO"]),
      // Belgium, Germany, France, Italy, Finland, United Kingdom, Iceland
      ...group("2", ["BE", "DE", "FR", "IT", "FI", "GB", "IS"]),
      // Czech Republic, Greece, Spain, Cyprus, Malta, Portugal, Slovenia
      ...group("3", ["CZ", "GR", "ES", "CY", "MT", "PT", "SI"]),
      // Bulgaria, Estonia, Croatia, Latvia, Lithuania, Hungary, Poland, Romania, Slovakia,
      // former Yugoslav Republic of Macedonia, Turkey
      ...group("4", ["BG", "EE", "HR", "LV", "LT", "HU", "PL", "RO", "SK", "MK", "TR"]),
    ]);
    expect(rulebook().staffRates.programmeCountryRows.value).toEqual(expected);
  });

  test.each([
    ["DK", "1"],
    ["GB", "2"],
    ["MT", "3"],
    ["LV", "4"],
    ["MK", "4"],
    ["TR", "4"],
  ])("%s is in row %s", (code, row) => {
    expect(rulebook().staffRates.programmeCountryRows.value[code]).toBe(row);
  });

  test("every Programme Country has a row; Serbia and Switzerland have no Programme row", () => {
    const rows = rulebook().staffRates.programmeCountryRows.value;
    expect(Object.keys(rows).sort()).toEqual([...rulebook().countries.programme.value].sort());
    expect(rows.RS).toBeUndefined();
    expect(rows.CH).toBeUndefined();
  });

  test("Partner Countries by row; Switzerland in row 1; all others row 4", () => {
    const group = (row: string, codes: string[]) => codes.map((code) => [code, row]);
    const expected = Object.fromEntries([
      // Australia, Canada, Kuwait, Macao, Monaco, Qatar, San Marino, Switzerland, United States
      ...group("1", ["AU", "CA", "KW", "MO", "MC", "QA", "SM", "CH", "US"]),
      // Andorra, Brunei, Japan, New Zealand, Singapore, United Arab Emirates, Vatican City State
      ...group("2", ["AD", "BN", "JP", "NZ", "SG", "AE", "VA"]),
      // Bahamas, Bahrain, Hong Kong, Israel, Korea (Republic of), Oman, Saudi Arabia, Taiwan
      ...group("3", ["BS", "BH", "HK", "IL", "KR", "OM", "SA", "TW"]),
    ]);
    const { partnerCountryRows, otherPartnerCountryRow } = rulebook().staffRates;
    expect(partnerCountryRows.value).toEqual(expected);
    expect(partnerCountryRows.value.CH).toBe("1");
    expect(partnerCountryRows.value.RS).toBeUndefined();
    expect(otherPartnerCountryRow.value).toBe("4");
  });
});

describe("project management (§1)", () => {
  test("500 coordinator, 250 partner, 2,750 a month, at most 10 organisations", () => {
    const { management } = rulebook();
    expect(management.coordinatorPerMonth.value).toBe(500);
    expect(management.partnerPerMonth.value).toBe(250);
    expect(management.projectCapPerMonth.value).toBe(2750);
    expect(management.maxFundedOrganisations.value).toBe(10);
  });
});

describe("transnational project meetings (§2)", () => {
  test("100–1,999 km 575; 2,000 km and more 760; no band under 100 km; 23,000 a year", () => {
    const { meetings } = rulebook();
    expect(meetings.bands.value).toEqual([
      { fromKm: 100, toKm: 2000, amount: 575 },
      { fromKm: 2000, amount: 760 },
    ]);
    expect(meetings.capPerProjectYear.value).toBe(23000);
  });
});

describe("multiplier events (§4)", () => {
  test("100 local, 200 international, 30,000 per project", () => {
    const { multiplierEvents } = rulebook();
    expect(multiplierEvents.localParticipant.value).toBe(100);
    expect(multiplierEvents.foreignParticipant.value).toBe(200);
    expect(multiplierEvents.capPerProject.value).toBe(30000);
  });
});

describe("learning, teaching and training activities (§5)", () => {
  test("travel: the 2014 SP two bands 275 / 360 [S], nothing under 100 km", () => {
    const { travel } = rulebook();
    expect(travel.bands.value).toEqual([
      { fromKm: 100, toKm: 2000, amount: 275 },
      { fromKm: 2000, amount: 360 },
    ]);
    expect(travel.bands.mark).toBe("S");
    // The 360 amount itself is from memory: a part of the [S] table marked [M].
    expect(travel.bands.partMarks).toEqual({ "2.amount": "M" });
    expect(travel.bands.sources).toContain("sp-2016-budget-note");
  });

  test("KA and SSA activity travel: the same bands, marked unverified [M]", () => {
    expect(rulebook().travel.sameBandsFor).toMatchObject({ value: ["KA", "SSA"], mark: "M" });
  });

  test("none of the six KA1 bands (180, 530, 820, 1,100) is in the SP table", () => {
    const amounts = rulebook().travel.bands.value.map((band) => band.amount);
    for (const ka1 of [180, 530, 820, 1100]) expect(amounts).not.toContain(ka1);
  });

  test("none of the 2021–27 travel amounts crept in (23, 211, 309, 1,500 …)", () => {
    const amounts = rulebook().travel.bands.value.map((band) => band.amount);
    for (const later of [23, 28, 211, 309, 395, 580, 1188, 1500, 1735]) {
      expect(amounts).not.toContain(later);
    }
  });

  test("staff 100 EUR a day for days 1–14, 70 for days 15–60", () => {
    expect(rulebook().individualSupport.staff.value).toEqual({
      firstDays: 14,
      firstRate: 100,
      laterRate: 70,
      maxDays: 60,
    });
  });

  test("learners 55 EUR a day for days 1–14, 40 for days 15–60", () => {
    expect(rulebook().individualSupport.learner.value).toEqual({
      firstDays: 14,
      firstRate: 55,
      laterRate: 40,
      maxDays: 60,
    });
  });

  test("long-term monthly amounts, staff / pupil, for all 33 receiving countries", () => {
    const m = (staff: number, pupil: number) => ({ staff, pupil });
    expect(rulebook().individualSupport.longTermMonthly.value).toEqual({
      // Belgium 2,340 / 110; Bulgaria 2,160 / 70; Czech Republic 2,280 / 90; Denmark 2,640 / 145;
      // Germany 2,220 / 110; Estonia 2,040 / 85; Ireland 2,460 / 125.
      BE: m(2340, 110),
      BG: m(2160, 70),
      CZ: m(2280, 90),
      DK: m(2640, 145),
      DE: m(2220, 110),
      EE: m(2040, 85),
      IE: m(2460, 125),
      // Greece 2,100 / 100; Spain 2,100 / 105; France 2,340 / 115; Croatia 2,220 / 90;
      // Italy 2,340 / 115; Cyprus 2,580 / 110; Latvia 2,040 / 80.
      GR: m(2100, 100),
      ES: m(2100, 105),
      FR: m(2340, 115),
      HR: m(2220, 90),
      IT: m(2340, 115),
      CY: m(2580, 110),
      LV: m(2040, 80),
      // Lithuania 2,160 / 80; Luxembourg 2,640 / 110; Hungary 2,400 / 90; Malta 2,400 / 110;
      // Netherlands 2,580 / 125; Austria 2,400 / 115; Poland 2,100 / 85.
      LT: m(2160, 80),
      LU: m(2640, 110),
      HU: m(2400, 90),
      MT: m(2400, 110),
      NL: m(2580, 125),
      AT: m(2400, 115),
      PL: m(2100, 85),
      // Portugal 2,160 / 100; Romania 2,040 / 60; Slovenia 2,040 / 85; Slovakia 2,280 / 95;
      // Finland 2,580 / 125; Sweden 2,640 / 115; United Kingdom 2,460 / 140.
      PT: m(2160, 100),
      RO: m(2040, 60),
      SI: m(2040, 85),
      SK: m(2280, 95),
      FI: m(2580, 125),
      SE: m(2640, 115),
      GB: m(2460, 140),
      // former Yugoslav Republic of Macedonia 1,740 / 65; Iceland 2,280 / 125;
      // Liechtenstein 2,340 / 140; Norway 2,400 / 130; Turkey 2,280 / 80.
      MK: m(1740, 65),
      IS: m(2280, 125),
      LI: m(2340, 140),
      NO: m(2400, 130),
      TR: m(2280, 80),
    });
  });

  test.each([
    ["LV", 2040, 80],
    ["MK", 1740, 65],
    ["DK", 2640, 145],
  ])("long-term monthly to %s: staff %d, pupil %d", (code, staff, pupil) => {
    expect(rulebook().individualSupport.longTermMonthly.value[code]).toEqual({ staff, pupil });
  });

  test("activity lengths: short-term 5 days – 2 months, long-term 2–12 months, pupils 14+", () => {
    const { activities } = rulebook();
    expect(activities["staff-training"].duration.value).toEqual({ unit: "days", min: 5, max: 60 });
    expect(activities["pupil-exchange"].duration.value).toEqual({ unit: "days", min: 5, max: 60 });
    expect(activities["intensive-study"].duration.value).toEqual({
      unit: "days",
      min: 5,
      max: 60,
    });
    expect(activities["teaching-assignment"].duration.value).toEqual({
      unit: "months",
      min: 2,
      max: 12,
    });
    expect(activities["pupil-long-term"].duration.value).toEqual({
      unit: "months",
      min: 2,
      max: 12,
    });
    expect(activities["pupil-long-term"].minAge?.value).toBe(14);
  });

  test("which rate each activity is paid at", () => {
    const support = Object.fromEntries(
      Object.entries(rulebook().activities).map(([type, rule]) => [type, rule.support]),
    );
    expect(support).toEqual({
      "staff-training": { kind: "daily", rate: "staff" },
      accompanying: { kind: "daily", rate: "staff" },
      "pupil-exchange": { kind: "daily", rate: "learner" },
      "blended-mobility": { kind: "daily", rate: "learner" },
      "intensive-study": { kind: "daily", rate: "learner" },
      "intensive-study-staff": { kind: "daily", rate: "staff" },
      "teaching-assignment": { kind: "monthly", rate: "staff" },
      "pupil-long-term": { kind: "monthly", rate: "pupil" },
    });
  });

  test("linguistic support 150 EUR per participant, activities of 2–12 months", () => {
    const { linguistic } = rulebook();
    expect(linguistic.perParticipant.value).toBe(150);
    expect(linguistic.months.value).toEqual({ min: 2, max: 12 });
  });
});

describe("exceptional costs and special needs (§6)", () => {
  test("exceptional 75% up to 50,000 per project; special needs 100%", () => {
    const { exceptional, specialNeeds } = rulebook();
    expect(exceptional.rate.value).toBe(0.75);
    expect(exceptional.capPerProject.value).toBe(50000);
    expect(specialNeeds.rate.value).toBe(1);
  });
});

describe("actions: durations and maximum grants (§7, §9)", () => {
  test("SP: 24–36 months, 150,000 EUR per project year", () => {
    const sp = rulebook().actions.SP;
    expect(sp.duration.value).toEqual({ min: 24, max: 36 });
    expect(sp.maxGrant.value).toEqual({ kind: "per-project-year", amount: 150000 });
  });

  test.each(["KA", "SSA"] as const)(
    "%s: 24 or 36 months, 700,000 for two years, 1,000,000 for three",
    (action) => {
      const rule = rulebook().actions[action];
      expect(rule.duration.value).toEqual({ min: 24, max: 36, allowedMonths: [24, 36] });
      expect(rule.maxGrant.value).toEqual({
        kind: "by-duration",
        amounts: { "24": 700000, "36": 1000000 },
      });
    },
  );

  test("SP funds all nine categories; KA and SSA have no SP-only categories", () => {
    const { actions } = rulebook();
    expect([...actions.SP.categories.value].sort()).toEqual(
      [
        "management",
        "meetings",
        "outputs",
        "events",
        "travel",
        "support",
        "linguistic",
        "exceptional",
        "specialNeeds",
      ].sort(),
    );
    for (const action of ["KA", "SSA"] as const) {
      for (const spOnly of ["management", "meetings", "events"] as const) {
        expect(actions[action].categories.value).not.toContain(spOnly);
      }
    }
  });
});

describe("consortium minimums (§7, §8)", () => {
  test("SP standard: 3 organisations from 3 Programme Countries", () => {
    const rule = rulebook().actions.SP.consortium.standard;
    expect(rule?.minOrganisations.value).toBe(3);
    expect(rule?.minCountries.value).toBe(3);
  });

  test("SP schools only: 2 schools from 2 Programme Countries", () => {
    const rule = rulebook().actions.SP.consortium["schools-only"];
    expect(rule?.minOrganisations.value).toBe(2);
    expect(rule?.minCountries.value).toBe(2);
    expect(rule?.onlyTypes?.value).toEqual(["SCHOOL"]);
  });

  test("SP regional cooperation: 2 school authorities from 2 Programme Countries", () => {
    const rule = rulebook().actions.SP.consortium["school-regional"];
    expect(rule?.minOrganisations.value).toBe(2);
    expect(rule?.minCountries.value).toBe(2);
    expect(rule?.requiredTypes?.value).toEqual({ AUTHORITY: 2 });
  });

  test("KA: 6 organisations from 3 Programme Countries, at least 2 HEIs and 2 enterprises", () => {
    const rule = rulebook().actions.KA.consortium.standard;
    expect(rule?.minOrganisations.value).toBe(6);
    expect(rule?.minCountries.value).toBe(3);
    expect(rule?.requiredTypes?.value).toEqual({ HEI: 2, ENTERPRISE: 2 });
  });

  test("SSA: 9 organisations from 3 Programme Countries, 2 EU, a VET, a sector and a regulator body", () => {
    const rule = rulebook().actions.SSA.consortium.standard;
    expect(rule?.minOrganisations.value).toBe(9);
    expect(rule?.minCountries.value).toBe(3);
    expect(rule?.minEuMemberStates?.value).toBe(2);
    expect(rule?.requiredTypes?.value).toEqual({ VET: 1, SECTOR: 1, REGULATOR: 1 });
  });
});

describe("confidence marks match the reference", () => {
  const book = () => rulebook();
  // [M] in the reference: unverified memory of the 2014 Guide.
  test.each([
    ["meeting bands 575 / 760", () => book().meetings.bands.mark],
    ["staff rate rows", () => book().staffRates.rows.mark],
    ["Programme Country groups", () => book().staffRates.programmeCountryRows.mark],
    ["Partner Country rows", () => book().staffRates.partnerCountryRows.mark],
    ["other Partner Countries row 4", () => book().staffRates.otherPartnerCountryRow.mark],
    ["management cap 2,750 a month", () => book().management.projectCapPerMonth.mark],
    ["linguistic 150 EUR", () => book().linguistic.perParticipant.mark],
    ["exceptional rate 0.75", () => book().exceptional.rate.mark],
    ["special needs rate 1.00", () => book().specialNeeds.rate.mark],
    ["staff daily 100 / 70", () => book().individualSupport.staff.mark],
    ["learner daily 55 / 40", () => book().individualSupport.learner.mark],
    ["long-term monthly table", () => book().individualSupport.longTermMonthly.mark],
    ["KA budget model", () => book().actions.KA.categories.mark],
    ["SSA budget model", () => book().actions.SSA.categories.mark],
  ])("%s is [M]", (_name, mark) => {
    expect(mark()).toBe("M");
  });

  // [D] in the reference: stated in the VIAA deck.
  test.each([
    ["management 500 coordinator", () => book().management.coordinatorPerMonth.mark],
    ["management 250 partner", () => book().management.partnerPerMonth.mark],
    ["meetings cap 23,000", () => book().meetings.capPerProjectYear.mark],
    ["multiplier 100 local", () => book().multiplierEvents.localParticipant.mark],
    ["multiplier 200 international", () => book().multiplierEvents.foreignParticipant.mark],
    ["multiplier cap 30,000", () => book().multiplierEvents.capPerProject.mark],
    ["exceptional cap 50,000", () => book().exceptional.capPerProject.mark],
    ["linguistic 2–12 months", () => book().linguistic.months.mark],
    ["SP maximum grant", () => book().actions.SP.maxGrant.mark],
    ["KA maximum grant", () => book().actions.KA.maxGrant.mark],
    ["SSA maximum grant", () => book().actions.SSA.maxGrant.mark],
    [
      "SP minimum 3 organisations",
      () => book().actions.SP.consortium.standard?.minOrganisations.mark,
    ],
    [
      "KA minimum 6 organisations",
      () => book().actions.KA.consortium.standard?.minOrganisations.mark,
    ],
    [
      "SSA minimum 9 organisations",
      () => book().actions.SSA.consortium.standard?.minOrganisations.mark,
    ],
  ])("%s is [D]", (_name, mark) => {
    expect(mark()).toBe("D");
  });

  // [S] in the reference: secondary sources only.
  test.each([
    ["travel bands", () => book().travel.bands.mark],
    ["Programme Countries", () => book().countries.programme.mark],
  ])("%s is [S]", (_name, mark) => {
    expect(mark()).toBe("S");
  });
});

describe("sources", () => {
  interface FoundFigure {
    path: string;
    mark: unknown;
    sources: unknown;
  }

  /** Every { value, mark, sources } object anywhere in the rulebook, with its path. */
  function figures(node: unknown, path: string, found: FoundFigure[]): FoundFigure[] {
    if (Array.isArray(node)) {
      node.forEach((item, index) => figures(item, `${path}[${index}]`, found));
    } else if (typeof node === "object" && node !== null) {
      const record = node as Record<string, unknown>;
      if ("mark" in record && "sources" in record && "value" in record) {
        found.push({ path, mark: record.mark, sources: record.sources });
      }
      for (const [key, child] of Object.entries(record)) figures(child, `${path}.${key}`, found);
    }
    return found;
  }

  test("every figure's sources are listed in `sources`", () => {
    const book = rulebook();
    const all = figures(book, "rulebook", []);
    // 60-odd figures: a walk that finds few means the walk is broken, not the data clean.
    expect(all.length).toBeGreaterThan(50);
    const known = new Set(Object.keys(book.sources));
    const unknown = all.flatMap((figure) =>
      (figure.sources as string[])
        .filter((source) => !known.has(source))
        .map((source) => `${figure.path}: ${source}`),
    );
    expect(unknown).toEqual([]);
  });

  test("every [M] figure cites the (unread) 2014 Guide", () => {
    const memory = figures(rulebook(), "rulebook", []).filter((figure) => figure.mark === "M");
    expect(memory.length).toBeGreaterThan(10);
    for (const figure of memory)
      expect([figure.path, figure.sources]).toEqual([
        figure.path,
        expect.arrayContaining(["guide-2014"]),
      ]);
  });
});

describe("RulebookSchema rejects a corrupted copy", () => {
  /** Rejected, with an issue at (or under) the corrupted path. */
  const rejects = (data: unknown, path: (string | number)[]) => {
    const result = RulebookSchema.safeParse(data);
    expect(result.success).toBe(false);
    const paths = (result.error?.issues ?? []).map((issue) => issue.path.slice(0, path.length));
    expect(paths).toContainEqual(path);
  };

  test("the untouched copy is accepted (so each rejection below is the corruption's doing)", () => {
    expect(RulebookSchema.safeParse(corruptible()).success).toBe(true);
  });

  test("a negative staff rate", () => {
    const data = corruptible();
    data.staffRates.rows.value["2"].teacher = -214;
    rejects(data, ["staffRates", "rows", "value", "2", "teacher"]);
  });

  test("a staff category missing from a row", () => {
    const data = corruptible();
    delete data.staffRates.rows.value["1"].admin;
    rejects(data, ["staffRates", "rows", "value", "1", "admin"]);
  });

  test("a missing staff-rate row", () => {
    const data = corruptible();
    delete data.staffRates.rows.value["4"];
    rejects(data, ["staffRates", "rows", "value", "4"]);
  });

  test("no meeting bands at all", () => {
    const data = corruptible();
    data.meetings.bands.value = [];
    rejects(data, ["meetings", "bands", "value"]);
  });

  test("a travel band without its amount", () => {
    const data = corruptible();
    delete data.travel.bands.value[1].amount;
    rejects(data, ["travel", "bands", "value", 1, "amount"]);
  });

  test("an unknown confidence mark", () => {
    const data = corruptible();
    data.meetings.capPerProjectYear.mark = "X";
    rejects(data, ["meetings", "capPerProjectYear", "mark"]);
  });

  test("a figure without sources", () => {
    const data = corruptible();
    data.exceptional.capPerProject.sources = [];
    rejects(data, ["exceptional", "capPerProject", "sources"]);
  });

  test("an exceptional-cost rate above 100%", () => {
    const data = corruptible();
    data.exceptional.rate.value = 75;
    rejects(data, ["exceptional", "rate", "value"]);
  });

  test("a country name where an ISO code belongs", () => {
    const data = corruptible();
    data.countries.programme.value.push("Latvia");
    rejects(data, ["countries", "programme", "value", 33]);
  });

  test("an unknown rate row for a country", () => {
    const data = corruptible();
    data.staffRates.programmeCountryRows.value.LV = "5";
    rejects(data, ["staffRates", "programmeCountryRows", "value", "LV"]);
  });

  test("an amount given as text", () => {
    const data = corruptible();
    data.management.coordinatorPerMonth.value = "500";
    rejects(data, ["management", "coordinatorPerMonth", "value"]);
  });

  test("an unknown field (a typo is not silently ignored)", () => {
    const data = corruptible();
    data.management.coordinatorPerMonht = data.management.coordinatorPerMonth;
    rejects(data, ["management"]);
  });

  test("a currency other than EUR", () => {
    const data = corruptible();
    data.currency = "LVL";
    rejects(data, ["currency"]);
  });
});

describe("source ids", () => {
  it("a figure citing a source the rulebook does not list is rejected", () => {
    const copy = structuredClone(ka2Rulebook2014);
    copy.meetings.capPerProjectYear.sources = ["deck", "no-such-source"];
    const result = RulebookSchema.safeParse(copy);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      message: 'unknown source id "no-such-source"',
      path: ["meetings", "capPerProjectYear", "sources", 1],
    });
  });
});

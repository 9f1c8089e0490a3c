import { checkBudget } from "../../../src/domain/check-budget";
import { checkChanged, setCell, withRule, messageOf, rendered } from "../../support/findings";
import { rawWorkbook } from "../../support/raw-workbook";

function partnersOnly(
  action: string,
  months: number,
  partners: [string, string, string, string][],
  format?: string,
  field?: string,
) {
  return checkBudget(
    rawWorkbook({
      Project: {
        headers: ["Setting", "Value"],
        rows: [
          ["Action", action],
          ["Months", months],
          ...(format ? [["Format", format]] : []),
          ...(field !== undefined ? [["Field", field]] : []),
        ],
      },
      Partners: {
        headers: ["ID", "Organisation", "Country", "Type", "Role"],
        rows: partners.map(([id, country, type, role]) => [id, `Org ${id}`, country, type, role]),
      },
    }),
  );
}

describe("project.duration", () => {
  it.each([
    [23, true],
    [24, false],
    [36, false],
    [37, true],
  ])("SP of %i months → finding: %s", (months, expected) => {
    const result = checkChanged((data) => setCell(data, "Project", 2, "Value", months));
    expect(withRule(result, "project.duration").length > 0).toBe(expected);
  });

  it("points at the Months setting", () => {
    const result = checkChanged((data) => setCell(data, "Project", 2, "Value", 40));
    expect(withRule(result, "project.duration")[0]).toMatchObject({
      table: "Project",
      row: 2,
      column: "Value",
    });
  });

  it.each([
    [24, false],
    [30, true],
    [36, false],
  ])("KA of %i months → finding: %s", (months, expected) => {
    const ka = partnersOnly("KA", months, [
      ["A", "LV", "HEI", "coordinator"],
      ["B", "EE", "HEI", "partner"],
      ["C", "LT", "ENTERPRISE", "partner"],
      ["D", "LT", "ENTERPRISE", "partner"],
      ["E", "FI", "NGO", "partner"],
      ["F", "FI", "NGO", "partner"],
    ]);
    expect(withRule(ka, "project.duration").length > 0).toBe(expected);
    expect(ka.findings.filter((f) => f.rule.startsWith("consortium"))).toEqual([]);
  });
});

describe("consortium rules", () => {
  it("consortium.min-organisations and min-countries count Programme Countries only", () => {
    const result = partnersOnly("SP", 24, [
      ["A", "LV", "SCHOOL", "coordinator"],
      ["B", "EE", "SCHOOL", "partner"],
      ["C", "Switzerland", "SCHOOL", "partner"],
    ]);
    expect(messageOf(withRule(result, "consortium.min-organisations")[0])).toContain(
      "this one has 2",
    );
    expect(messageOf(withRule(result, "consortium.min-countries")[0])).toContain("this one has 2");
  });

  it("3 organisations from 3 Programme Countries are enough for SP", () => {
    const result = partnersOnly("SP", 24, [
      ["A", "LV", "SCHOOL", "coordinator"],
      ["B", "EE", "SCHOOL", "partner"],
      ["C", "former Yugoslav Republic of Macedonia", "NGO", "partner"],
    ]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("schools-only: 2 schools from 2 countries pass; any other type breaks the format", () => {
    const ok = partnersOnly(
      "SP",
      24,
      [
        ["A", "LV", "SCHOOL", "coordinator"],
        ["B", "EE", "SCHOOL", "partner"],
      ],
      "schools-only",
    );
    expect(ok.findings.filter((f) => f.severity === "error")).toEqual([]);
    const withNgo = partnersOnly(
      "SP",
      24,
      [
        ["A", "LV", "SCHOOL", "coordinator"],
        ["B", "EE", "NGO", "partner"],
      ],
      "schools-only",
    );
    expect(withRule(withNgo, "consortium.required-types")).toEqual([
      expect.objectContaining({ table: "Partners", row: 2, column: "Type" }),
    ]);
  });

  it("school-regional: each country needs an authority and a school", () => {
    const result = partnersOnly(
      "SP",
      24,
      [
        ["A", "LV", "AUTHORITY", "coordinator"],
        ["B", "LV", "SCHOOL", "partner"],
        ["C", "EE", "AUTHORITY", "partner"],
      ],
      "school-regional",
    );
    const types = withRule(result, "consortium.required-types");
    expect(types).toHaveLength(1);
    expect(messageOf(types[0])).toContain("Estonia");
  });

  it("consortium.coordinator: none, or two", () => {
    const none = checkChanged((data) => setCell(data, "Partners", 1, "Role", "partner"));
    expect(withRule(none, "consortium.coordinator")).toHaveLength(1);
    const two = checkChanged((data) => setCell(data, "Partners", 2, "Role", "coordinator"));
    expect(messageOf(withRule(two, "consortium.coordinator")[0])).toContain("rows 1, 2");
  });

  it("consortium.coordinator-programme-country: a Swiss coordinator in 2014", () => {
    const result = checkChanged((data) => setCell(data, "Partners", 1, "Country", "CH"));
    expect(withRule(result, "consortium.coordinator-programme-country")).toEqual([
      expect.objectContaining({ table: "Partners", row: 1, column: "Country" }),
    ]);
  });

  it("consortium.required-types: a KA needs 2 HEIs and 2 enterprises", () => {
    const result = partnersOnly("KA", 24, [
      ["A", "LV", "HEI", "coordinator"],
      ["B", "EE", "HEI", "partner"],
      ["C", "LT", "ENTERPRISE", "partner"],
      ["D", "LT", "NGO", "partner"],
      ["E", "FI", "NGO", "partner"],
      ["F", "FI", "NGO", "partner"],
    ]);
    const [types] = withRule(result, "consortium.required-types");
    expect(messageOf(types)).toContain("at least 2 organisations of type ENTERPRISE");
    expect(messageOf(types)).toContain("this one has 1");
  });

  it("consortium.eu-member-states: an SSA needs 2 EU Member States", () => {
    const nine: [string, string, string, string][] = [
      ["A", "NO", "VET", "coordinator"],
      ["B", "NO", "SECTOR", "partner"],
      ["C", "NO", "REGULATOR", "partner"],
      ["D", "IS", "VET", "partner"],
      ["E", "IS", "NGO", "partner"],
      ["F", "IS", "NGO", "partner"],
      ["G", "LV", "NGO", "partner"],
      ["H", "LV", "NGO", "partner"],
      ["I", "LV", "NGO", "partner"],
    ];
    const result = partnersOnly("SSA", 36, nine);
    expect(messageOf(withRule(result, "consortium.eu-member-states")[0])).toContain(
      "this one has 1",
    );
    nine[8] = ["I", "EE", "NGO", "partner"];
    expect(withRule(partnersOnly("SSA", 36, nine), "consortium.eu-member-states")).toEqual([]);
  });

  it("consortium.required-types: an SSA warns per country without its VET, SECTOR and REGULATOR", () => {
    const nine: [string, string, string, string][] = [
      ["A", "LV", "VET", "coordinator"],
      ["B", "LV", "SECTOR", "partner"],
      ["C", "LV", "REGULATOR", "partner"],
      ["D", "EE", "VET", "partner"],
      ["E", "EE", "SECTOR", "partner"],
      ["F", "EE", "REGULATOR", "partner"],
      ["G", "LT", "VET", "partner"],
      ["H", "LT", "NGO", "partner"],
      ["I", "LT", "NGO", "partner"],
    ];
    const types = withRule(partnersOnly("SSA", 24, nine), "consortium.required-types");
    expect(types).toEqual([
      expect.objectContaining({ severity: "warning", table: "Partners", column: "Type" }),
    ]);
    expect(messageOf(types[0])).toMatch(
      /^In Lithuania the partnership has no organisation of type SECTOR, REGULATOR;/,
    );
    expect(messageOf(types[0], "lv")).toMatch(/^Valstī Lietuva partnerībā nav/);
  });

  it("consortium.min-organisations: an SSA needs 9", () => {
    const result = partnersOnly("SSA", 24, [
      ["A", "LV", "VET", "coordinator"],
      ["B", "EE", "SECTOR", "partner"],
      ["C", "LT", "REGULATOR", "partner"],
    ]);
    expect(messageOf(withRule(result, "consortium.min-organisations")[0])).toContain("at least 9");
  });
});

describe("an empty Partners table", () => {
  it("is below every minimum rather than silently clean", () => {
    const result = partnersOnly("SP", 24, []);
    expect(messageOf(withRule(result, "consortium.min-organisations")[0])).toContain(
      "this one has 0",
    );
    expect(withRule(result, "consortium.coordinator")).toHaveLength(1);
  });
});

describe("the Field setting: youth-field Strategic Partnerships", () => {
  const latvianAndEstonian: [string, string, string, string][] = [
    ["A", "LV", "NGO", "coordinator"],
    ["B", "EE", "NGO", "partner"],
  ];
  const sp = (months: number, field: string | undefined, partners = latvianAndEstonian) =>
    partnersOnly("SP", months, partners, undefined, field);
  const problems = (result: ReturnType<typeof partnersOnly>) =>
    result.findings.filter((f) => f.severity !== "info");

  it("a youth SP of 2 partners from Latvia and Estonia lasting 12 months breaks no rule", () => {
    const result = sp(12, "youth");
    expect(problems(result)).toEqual([]);
    expect(result.project.field).toBe("youth");
  });

  it("a youth SP of 3 months is outside 6–24 months, and says the youth rule applied", () => {
    const [duration] = withRule(sp(3, "youth"), "project.duration");
    expect(duration).toMatchObject({ severity: "error", table: "Project", row: 2 });
    expect(messageOf(duration)).toBe(
      "A Strategic Partnership in the youth field lasts 6 to 24 months; this project lasts 3 months.",
    );
    expect(messageOf(duration, "lv")).toBe(
      "Darbības “Stratēģiskā partnerība” projekts jaunatnes jomā ilgst no 6 līdz 24 mēnešiem; šī projekta ilgums ir 3 mēneši.",
    );
  });

  it.each([
    [5, true],
    [6, false],
    [24, false],
    [25, true],
    [36, true],
  ])("a youth SP of %i months → duration finding: %s", (months, expected) => {
    expect(withRule(sp(months, "youth"), "project.duration").length > 0).toBe(expected);
  });

  it("a school SP of 2 partners is held to 3 organisations from 3 Programme Countries", () => {
    const result = sp(24, "school");
    const [organisations] = withRule(result, "consortium.min-organisations");
    const [countries] = withRule(result, "consortium.min-countries");
    expect(messageOf(organisations)).toBe(
      "A Strategic Partnership in school education (3 organisations from 3 Programme Countries) needs at least 3 organisations from Programme Countries; this one has 2.",
    );
    expect(messageOf(countries)).toContain("at least 3 Programme Countries; this one has 2");
    expect(messageOf(organisations, "lv")).toBe(
      "Partnerībai “Stratēģiskā partnerība skolu izglītībā (3 organizācijas no 3 programmas valstīm)” vajag vismaz 3 organizācijas no programmas valstīm; šajā ir 2 organizācijas.",
    );
  });

  it("a school SP keeps 24–36 months: 12 months is a finding citing 24 to 36", () => {
    const [duration] = withRule(sp(12, "school"), "project.duration");
    expect(messageOf(duration)).toBe(
      "A Strategic Partnership in school education lasts 24 to 36 months; this project lasts 12 months.",
    );
  });

  it("a youth SP of 2 partners from one country breaks the 2-country minimum", () => {
    const result = sp(12, "youth", [
      ["A", "LV", "NGO", "coordinator"],
      ["B", "LV", "PUBLIC", "partner"],
    ]);
    expect(withRule(result, "consortium.min-organisations")).toEqual([]);
    const [countries] = withRule(result, "consortium.min-countries");
    expect(countries).toMatchObject({ severity: "error", table: "Partners" });
    expect(messageOf(countries)).toBe(
      "A Strategic Partnership in the youth field (2 organisations from 2 Programme Countries) needs organisations from at least 2 Programme Countries; this one has 1.",
    );
  });

  it("a youth SP counts Programme Countries only: Latvia and Switzerland are one", () => {
    const result = sp(12, "youth", [
      ["A", "LV", "NGO", "coordinator"],
      ["B", "CH", "NGO", "partner"],
    ]);
    expect(messageOf(withRule(result, "consortium.min-organisations")[0])).toContain(
      "at least 2 organisations from Programme Countries; this one has 1",
    );
  });

  it("accepts the Latvian names, any case and without diacritics", () => {
    for (const word of ["Jaunatne", "JAUNATNES JOMA", "jaunatnes joma", "Youth"]) {
      expect([word, sp(12, word).project.field]).toEqual([word, "youth"]);
    }
    expect(sp(24, "Profesionālā izglītība un mācības").project.field).toBe("vet");
    expect(sp(24, "profesionala izglitiba").project.field).toBe("vet");
    expect(sp(24, "augstākā izglītība").project.field).toBe("higher-education");
    expect(sp(24, "Pieaugušo izglītība").project.field).toBe("adult");
    expect(sp(24, "skolu izglitiba").project.field).toBe("school");
  });

  it("a blank Field is not youth: 12 months is a finding, 2 partners are too few", () => {
    const result = sp(12, "");
    expect(result.project.field).toBeUndefined();
    expect(messageOf(withRule(result, "project.duration")[0])).toBe(
      "A Strategic Partnership lasts 24 to 36 months; this project lasts 12 months.",
    );
    expect(withRule(result, "consortium.min-organisations")).toHaveLength(1);
  });

  it("an unknown Field is an error on its cell naming the accepted fields", () => {
    const result = sp(24, "sport", [
      ["A", "LV", "NGO", "coordinator"],
      ["B", "EE", "NGO", "partner"],
      ["C", "LT", "NGO", "partner"],
    ]);
    const [unknown] = withRule(result, "input.unknown-value");
    expect(unknown).toMatchObject({ severity: "error", table: "Project", row: 3, column: "Value" });
    expect(messageOf(unknown)).toBe(
      'Project Field is "sport"; use one of: school, vet, higher-education, adult, youth, or leave it blank. The rules of the education and training fields were used.',
    );
    expect(messageOf(unknown, "lv")).toContain("school, vet, higher-education, adult, youth");
    expect(result.findings.filter((f) => f.severity === "error")).toHaveLength(1);
  });

  it("a Field on a Knowledge Alliance is a warning and its rules stay the KA's", () => {
    const result = partnersOnly(
      "KA",
      24,
      [
        ["A", "LV", "HEI", "coordinator"],
        ["B", "EE", "HEI", "partner"],
        ["C", "LT", "ENTERPRISE", "partner"],
        ["D", "LT", "ENTERPRISE", "partner"],
        ["E", "FI", "NGO", "partner"],
        ["F", "FI", "NGO", "partner"],
      ],
      undefined,
      "youth",
    );
    expect(rendered(problems(result))).toEqual([
      {
        rule: "input.not-in-action",
        severity: "warning",
        table: "Project",
        row: 3,
        column: "Value",
        message:
          'Project Field "youth" applies to Strategic Partnerships only; the KA rules were used.',
      },
    ]);
    expect(result.project.field).toBeUndefined();
  });

  it("a youth SP with the schools-only format warns and follows the youth rule", () => {
    const result = partnersOnly("SP", 12, latvianAndEstonian, "schools-only", "youth");
    expect(rendered(problems(result))).toEqual([
      {
        rule: "input.not-in-action",
        severity: "warning",
        table: "Project",
        row: 3,
        column: "Value",
        message:
          'Project Format "schools-only" is an exception of school education; a Strategic Partnership in the youth field follows its field\'s own consortium rule, which was used.',
      },
    ]);
  });

  it("a field without rules of its own keeps the format: school education, schools-only", () => {
    const result = partnersOnly("SP", 24, latvianAndEstonian, "schools-only", "school");
    expect(result.findings.filter((item) => item.rule === "input.not-in-action")).toEqual([]);
    expect(result.project.format).toBe("schools-only");
  });
});

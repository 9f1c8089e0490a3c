import { checkBudget } from "../../../src/domain/check-budget";
import { checkChanged, setCell, withRule, messageOf } from "../../support/findings";
import { rawWorkbook } from "../../support/raw-workbook";

function partnersOnly(
  action: string,
  months: number,
  partners: [string, string, string, string][],
  format?: string,
) {
  return checkBudget(
    rawWorkbook({
      Project: {
        headers: ["Setting", "Value"],
        rows: [["Action", action], ["Months", months], ...(format ? [["Format", format]] : [])],
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
    expect(messageOf(types)).toContain("at least 2 organisation(s) of type ENTERPRISE");
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

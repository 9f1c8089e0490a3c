import { checkBudget } from "../../src/domain/check-budget";
import { applyRates } from "../../src/domain/rates/apply-rates";
import { figureCatalogue, findFigure } from "../../src/domain/rates/figure-ids";
import { defaultRulebook } from "../../src/rules";
import { messageOf, rendered, withRule } from "../support/findings";
import { cleanStrategicPartnership, rawWorkbook, type WorkbookData } from "../support/raw-workbook";
import type { CellValue } from "../../src/domain/workbook";

const book = defaultRulebook();

/** The clean 24-month SP of four organisations with a Rates table of the given rows. */
function withRates(rows: CellValue[][], change?: (data: WorkbookData) => void) {
  const data = structuredClone(cleanStrategicPartnership());
  data.Rates = { headers: ["Figure", "Value", "Source"], rows };
  change?.(data);
  return checkBudget(rawWorkbook(data));
}

describe("figure ids", () => {
  test.each([
    ["management.coordinatorPerMonth", 500, "D"],
    ["meetings.bands.2.amount", 760, "M"],
    ["staffRates.rows.4.teacher", 74, "M"],
    ["individualSupport.longTermMonthly.LV.staff", 2040, "M"],
    ["linguistic.perParticipant", 150, "M"],
    ["actions.SP.maxGrant.amount", 150000, "D"],
    ["travel.bands.1.amount", 275, "S"],
    ["travel.bands.2.fromKm", 2000, "S"],
    ["travel.bands.2.amount", 360, "M"], // a part of the [S] table marked on its own
    ["actions.KA.maxGrant.amounts.36", 1000000, "D"],
    ["actions.SP.fields.youth.duration.min", 6, "S"],
    ["actions.SP.fields.youth.duration.max", 24, "S"],
    ["actions.SP.fields.youth.consortium.minOrganisations", 2, "S"],
    ["actions.SP.fields.youth.consortium.minCountries", 2, "S"],
  ])("%s is %d [%s]", (id, value, mark) => {
    expect(figureCatalogue(book).get(id)).toMatchObject({ id, value, mark });
  });

  test("only numbers are figures: country lists and the sources table are not", () => {
    const ids = [...figureCatalogue(book).keys()];
    expect(ids.some((id) => id.startsWith("sources") || id.startsWith("countries"))).toBe(false);
    expect(ids).not.toContain("staffRates.otherPartnerCountryRow"); // "4" is a row name, not a number
    expect(ids).not.toContain("year");
  });

  test("an id is matched ignoring case, spaces and a trailing .value", () => {
    expect(findFigure(book, " Management.CoordinatorPerMonth.value ")?.id).toBe(
      "management.coordinatorPerMonth",
    );
    expect(findFigure(book, "meetings.bands.3.amount")).toBeUndefined(); // two bands only
    expect(findFigure(book, "meetings.bands.0.amount")).toBeUndefined(); // counted from 1
  });
});

describe("youth-field figures in the Rates table", () => {
  /** The clean SP (four organisations from LV, EE, LT, FI) in the youth field, of some months. */
  const youth = (months: number, rows: CellValue[][]) =>
    withRates(rows, (data) => {
      data.Project?.rows.push(["Field", "youth"]);
      const monthsRow = data.Project?.rows.find((row) => row[0] === "Months");
      if (monthsRow) monthsRow[1] = months;
    });

  test("a 30-month youth SP breaks 6–24 months until Rates sets the maximum to 30", () => {
    expect(withRule(youth(30, []), "project.duration")).toHaveLength(1);
    expect(
      withRule(youth(30, [["actions.SP.fields.youth.duration.max", 30]]), "project.duration"),
    ).toEqual([]);
  });

  test("Rates can ask a youth SP for 5 countries: four are then too few", () => {
    const result = youth(12, [["actions.SP.fields.youth.consortium.minCountries", 5]]);
    // The rule's name states the minimums the check applied: the Rates table's 5, not 2.
    expect(rendered(withRule(result, "consortium.min-countries"))).toEqual([
      expect.objectContaining({
        message:
          "A Strategic Partnership in the youth field (2 organisations from 5 Programme Countries) needs organisations from at least 5 Programme Countries; this one has 4.",
      }),
    ]);
  });
});

describe("consortium minimums in the Rates table", () => {
  test("a standard SP asked for 5 organisations: its rule is named with 5, in both languages", () => {
    const result = withRates([["actions.SP.consortium.standard.minOrganisations", 5]]);
    const [found] = withRule(result, "consortium.min-organisations");
    expect(messageOf(found)).toBe(
      "A Strategic Partnership (5 organisations from 3 Programme Countries) needs at least 5 organisations from Programme Countries; this one has 4.",
    );
    expect(messageOf(found, "lv")).toBe(
      "Partnerībai “Stratēģiskā partnerība (5 organizācijas no 3 programmas valstīm)” vajag vismaz 5 organizācijas no programmas valstīm; šajā ir 4 organizācijas.",
    );
  });

  test("the minimums travel with the finding, for tools that word it themselves", () => {
    const result = withRates([
      ["actions.SP.consortium.standard.minOrganisations", 5],
      ["actions.SP.consortium.standard.minCountries", 4],
    ]);
    const [found] = withRule(result, "consortium.min-organisations");
    expect(found?.text.params).toMatchObject({
      consortium: {
        action: "SP",
        format: "standard",
        minimums: { organisations: 5, countries: 4 },
      },
    });
  });
});

describe("applyRates", () => {
  test("replaces a figure in a copy and leaves the bundled rulebook alone", () => {
    const { rulebook, applied, problems } = applyRates(book, [
      { figure: "meetings.bands.2.amount", value: 800, row: 1 },
    ]);
    expect(rulebook.meetings.bands.value[1]?.amount).toBe(800);
    expect(book.meetings.bands.value[1]?.amount).toBe(760);
    expect(applied.map((rate) => rate.previous.id)).toEqual(["meetings.bands.2.amount"]);
    expect(problems).toEqual([]);
  });

  test("a value the rulebook's schema refuses is not applied; the others are", () => {
    const { rulebook, problems } = applyRates(book, [
      { figure: "exceptional.rate", value: 1.5, row: 1 }, // a share: 0 to 1
      { figure: "linguistic.perParticipant", value: 160, row: 2 },
    ]);
    expect(rulebook.exceptional.rate.value).toBe(0.75);
    expect(rulebook.linguistic.perParticipant.value).toBe(160);
    expect(problems).toMatchObject([{ kind: "rejected", override: { row: 1 } }]);
  });

  test("says why a value is refused by the figure's bounds, as a message part", () => {
    const { problems } = applyRates(book, [
      { figure: "exceptional.rate", value: 1.5, row: 1 },
      { figure: "linguistic.perParticipant", value: -5, row: 2 },
      { figure: "actions.SP.consortium.standard.minOrganisations", value: 2.5, row: 3 },
      { figure: "staffRates.rows.1.manager", value: Infinity, row: 4 },
    ]);
    expect(problems.map((problem) => problem.kind === "rejected" && problem.reason)).toEqual([
      { key: "rate-reason/at-most", params: { max: 1 } },
      { key: "rate-reason/at-least", params: { min: 0 } },
      { key: "rate-reason/whole", params: {} },
      { key: "rate-reason/finite", params: {} },
    ]);
  });
});

describe("the Rates table in a check", () => {
  test("600 EUR a month for the coordinator: management 24 × (600 + 3 × 250) = 32,400", () => {
    const result = withRates([["management.coordinatorPerMonth", 600, "NA table 2014"]], (data) => {
      data.Partners!.rows[0]![6] = 14400; // 24 × 600, as KA2.MGMT with the Rates range gives
    });
    expect(result.totals.management).toBe(32400);
    expect(rendered(result.findings)).toEqual([
      {
        rule: "rates.override",
        severity: "info",
        message:
          "management.coordinatorPerMonth is 600 from the Rates table (row 1) instead of the rulebook's 500 [D].",
        table: "Rates",
        row: 1,
        column: "Value",
      },
    ]);
    expect(result.overridden).toEqual(["management.coordinatorPerMonth"]);
  });

  test("a stored amount of the bundled figure is then a mismatch", () => {
    const result = withRates([["management.coordinatorPerMonth", 600]]);
    expect(withRule(result, "amount.mismatch")).toMatchObject([
      { table: "Partners", row: 1, column: "Management" },
    ]);
  });

  test("an unknown figure is an error on its row and changes nothing", () => {
    const result = withRates([["management.coordinatorPerMonht", 600]]);
    expect(withRule(result, "rates.unknown-figure")).toMatchObject([
      { severity: "error", table: "Rates", row: 1, column: "Figure" },
    ]);
    expect(result.totals.management).toBe(30000); // 24 × (500 + 3 × 250)
  });

  test("a value that is not a number, a refused value and a figure set twice", () => {
    const result = withRates([
      ["linguistic.perParticipant", "one hundred"],
      ["exceptional.rate", 2],
      ["linguistic.perParticipant", 160],
      ["LINGUISTIC.perParticipant", 170],
    ]);
    expect(withRule(result, "input.invalid-number").map((f) => [f.row, f.column])).toEqual([
      [1, "Value"],
      [2, "Value"],
    ]);
    const [, refused] = withRule(result, "input.invalid-number");
    expect(messageOf(refused)).toBe(
      "Rates row 2, Value 2 cannot be exceptional.rate (must be 1 or less); the rulebook's 0.75 was used.",
    );
    expect(messageOf(refused, "lv")).toBe(
      "Rates, 2. rinda, Value: 2 nevar būt exceptional.rate vērtība (jābūt 1 vai mazāk); tika izmantota noteikumu vērtība 0,75.",
    );
    expect(withRule(result, "input.duplicate-id")).toMatchObject([{ row: 4, column: "Figure" }]);
    expect(withRule(result, "rates.override")).toMatchObject([{ row: 3 }]);
    // A2's 150 EUR linguistic support was stored with the bundled figure: now 160.
    expect(result.totals.linguistic).toBe(160);
  });

  test("an empty Rates table (one blank row) changes nothing and reports nothing", () => {
    const result = withRates([[null, null, null]]);
    expect(result.findings).toEqual([]);
    expect(result.overridden).toEqual([]);
  });
});

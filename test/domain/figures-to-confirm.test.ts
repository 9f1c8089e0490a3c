import { BudgetLines } from "../../src/domain/budget-lines";
import { checkBudget } from "../../src/domain/check-budget";
import { figureCatalogue } from "../../src/domain/rates/figure-ids";
import { figuresToConfirm } from "../../src/domain/rates/figures-to-confirm";
import { defaultRulebook } from "../../src/rules";
import type { CellValue } from "../../src/domain/workbook";
import { checkChanged } from "../support/findings";
import { cleanStrategicPartnership, rawWorkbook, type WorkbookData } from "../support/raw-workbook";

/*
 * The clean 24-month SP of test/support/raw-workbook.ts, its lines worked out by hand:
 *   Partners     P1 coordinator 12,000; P2, P3, P4 partner 6,000 each    (management rates [D])
 *   Meetings     M1-P2 2,900 km 1,520 (band 2); M1-P3 1,100 km 1,150 and M2-P4 280 km 575 (band 1)
 *   Outputs      P1 LV teacher 1,480 (row 4); P3 DE manager 1,400 (row 2); P2 ES technician 1,020 (row 3)
 *   Events       E1 5,000 (local and foreign rates [D])
 *   Activities   A1 travel 3 × 360 = 1,080 (band 2: its amount [M], the bands [S]), support 5 days × 3 × 100 = 1,500;
 *                A2 travel 275, support LV pupil 3 × 80 = 240, linguistic 150
 *   OtherCosts   X1 exceptional 75% of 4,000 = 3,000; X2 special needs 100% of 500 = 500
 * The management cap per month [M] holds the four management lines: 30,000.
 */

const clean = () => checkBudget(rawWorkbook(cleanStrategicPartnership()));

function withRates(rows: CellValue[][]) {
  const data: WorkbookData = structuredClone(cleanStrategicPartnership());
  data.Rates = { headers: ["Figure", "Value", "Source"], rows };
  return checkBudget(rawWorkbook(data));
}

describe("the figure ids recorded on each line", () => {
  const lines = [...clean().lines];
  const figuresOf = (table: string, row: number, column = "Amount") =>
    lines.find((line) => line.table === table && line.row === row && line.column === column)
      ?.figures;

  test.each([
    [
      "Partners",
      1,
      "Management",
      ["management.coordinatorPerMonth", "management.projectCapPerMonth"],
    ],
    ["Partners", 2, "Management", ["management.partnerPerMonth", "management.projectCapPerMonth"]],
    ["Meetings", 1, "Amount", ["meetings.bands.2.amount", "meetings.capPerProjectYear"]],
    ["Meetings", 3, "Amount", ["meetings.bands.1.amount", "meetings.capPerProjectYear"]],
    ["Outputs", 1, "Amount", ["staffRates.rows.4.teacher"]],
    ["Outputs", 2, "Amount", ["staffRates.rows.2.manager"]],
    [
      "Events",
      1,
      "Amount",
      [
        "multiplierEvents.localParticipant",
        "multiplierEvents.foreignParticipant",
        "multiplierEvents.capPerProject",
      ],
    ],
    ["Activities", 1, "Travel", ["travel.bands.2.amount"]],
    ["Activities", 1, "Support", ["individualSupport.staff.firstRate"]],
    ["Activities", 2, "Support", ["individualSupport.longTermMonthly.LV.pupil"]],
    ["Activities", 2, "Linguistic", ["linguistic.perParticipant"]],
    ["OtherCosts", 1, "Amount", ["exceptional.rate", "exceptional.capPerProject"]],
    ["OtherCosts", 2, "Amount", ["specialNeeds.rate"]],
  ])("%s row %d %s: %j and the maximum grant", (table, row, column, ids) => {
    expect(figuresOf(table, row, column)).toEqual([...ids, "actions.SP.maxGrant.amount"]);
  });

  test("every recorded id is a figure of the rulebook", () => {
    const catalogue = new Set(figureCatalogue(defaultRulebook()).keys());
    for (const line of lines) for (const id of line.figures) expect(catalogue).toContain(id);
  });

  test("support beyond 14 days rests on the later rate and the 14 days too; beyond 60, on 60", () => {
    const check = checkChanged((data) => {
      data.Activities!.rows[0]![6] = 20; // A1: 20 days
    });
    const support = [...check.lines].find(
      (l) => l.table === "Activities" && l.column === "Support",
    );
    expect(support?.figures).toEqual([
      "individualSupport.staff.firstRate",
      "individualSupport.staff.firstDays",
      "individualSupport.staff.laterRate",
      "actions.SP.maxGrant.amount",
    ]);
    // 3 × (14 × 100 + 6 × 70) = 3 × 1,820 = 5,460
    expect(support?.amount).toBe(5460);

    const long = [
      ...checkChanged((data) => {
        data.Activities!.rows[0]![6] = 70; // beyond 60 days: ineligible, so 0 rests on it
      }).lines,
    ].find((l) => l.table === "Activities" && l.column === "Support");
    expect(long?.figures).toContain("individualSupport.staff.maxDays");
    expect(long?.amount).toBe(0);
  });

  test("a KA's maximum grant is the amount for its duration", () => {
    const check = checkChanged((data) => {
      data.Project!.rows[0]![1] = "KA";
      data.Project!.rows[1]![1] = 36;
    });
    const outputs = [...check.lines].find((l) => l.table === "Outputs");
    expect(outputs?.figures).toEqual([
      "staffRates.rows.4.teacher",
      "actions.KA.maxGrant.amounts.36",
    ]);
  });

  test("lines computed from the same figures share one list", () => {
    const partners = lines.filter((line) => line.table === "Partners" && line.row > 1);
    expect(partners).toHaveLength(3);
    expect(partners[1]!.figures).toBe(partners[0]!.figures);
    expect(Object.isFrozen(partners[0]!.figures)).toBe(true);
  });
});

describe("figures to confirm with the National Agency", () => {
  test("each [M] figure with the amount resting on it, largest first", () => {
    expect(clean().figures.map((f) => [f.figure, f.value, f.restingAmount, f.lines])).toEqual([
      ["management.projectCapPerMonth", 2750, 30000, 4], // 12,000 + 3 × 6,000
      ["exceptional.rate", 0.75, 3000, 1],
      ["meetings.bands.1.amount", 575, 1725, 2], // 1,150 + 575
      ["meetings.bands.2.amount", 760, 1520, 1],
      ["individualSupport.staff.firstRate", 100, 1500, 1],
      ["staffRates.rows.4.teacher", 74, 1480, 1],
      ["staffRates.rows.2.manager", 280, 1400, 1],
      ["travel.bands.2.amount", 360, 1080, 1], // 3 participants × 360, 2,000 km and more
      ["staffRates.rows.3.technician", 102, 1020, 1],
      ["specialNeeds.rate", 1, 500, 1],
      ["individualSupport.longTermMonthly.LV.pupil", 80, 240, 1],
      ["linguistic.perParticipant", 150, 150, 1],
    ]);
  });

  test("an entry carries its mark, sources in words and tables", () => {
    const [meetings] = clean().figures.filter((f) => f.figure === "meetings.bands.1.amount");
    expect(meetings).toEqual({
      figure: "meetings.bands.1.amount",
      value: 575,
      mark: "M",
      sources: ["guide-2014", "signteach", "ec-wiki-meetings"],
      source:
        "Erasmus+ Programme Guide 2014 — from memory, funding tables not read (unverified); signteach.eu — workshops, seminars, summer courses; EC wiki — transnational project meetings",
      restingAmount: 1725,
      lines: 2,
      tables: ["Meetings"],
    });
  });

  test("[D] and [S] figures are never listed, however much rests on them", () => {
    const ids = clean().figures.map((f) => f.figure);
    expect(ids).not.toContain("management.coordinatorPerMonth"); // [D], 12,000
    expect(ids).not.toContain("travel.bands.1.amount"); // [S], 275
    expect(ids).not.toContain("actions.SP.maxGrant.amount"); // [D], every line
    expect(clean().figures.every((f) => f.mark === "M")).toBe(true);
  });

  test("a figure the Rates table set is the National Agency's: it leaves the list", () => {
    const check = withRates([["meetings.bands.1.amount", 575, "National Agency"]]);
    const ids = check.figures.map((f) => f.figure);
    expect(ids).not.toContain("meetings.bands.1.amount");
    expect(ids).toContain("meetings.bands.2.amount");
    expect(check.figures).toHaveLength(11);
  });

  test("two overridden figures both leave; the others keep their amounts", () => {
    const check = withRates([
      ["individualSupport.staff.firstRate", 1000],
      ["staffRates.rows.4.teacher", 80],
    ]);
    expect(check.figures.map((f) => f.figure)).not.toContain("individualSupport.staff.firstRate");
    expect(check.figures.map((f) => f.figure)).not.toContain("staffRates.rows.4.teacher");
    expect(check.figures.map((f) => [f.figure, f.restingAmount]).slice(0, 3)).toEqual([
      ["management.projectCapPerMonth", 30000],
      ["exceptional.rate", 3000],
      ["meetings.bands.1.amount", 1725],
    ]);
    expect(check.figures).toHaveLength(10);
  });

  test("a figure two tables rest on adds both: the staff rate of row 4 in Outputs", () => {
    const check = checkChanged((data) => {
      // Two more LV teacher lines: 74 × 10 = 740 and 74 × 3 = 222; 1,480 + 740 + 222 = 2,442.
      data.Outputs!.rows.push(["O2", "P1", "teacher", 10, 740], ["O3", "P1", "teacher", 3, 222]);
    });
    expect(check.figures.find((f) => f.figure === "staffRates.rows.4.teacher")).toMatchObject({
      restingAmount: 2442,
      lines: 3,
      tables: ["Outputs"],
    });
  });

  test("the function on its own: lines, the rulebook and the overridden ids", () => {
    const book = defaultRulebook();
    const lines = new BudgetLines();
    const line = (amount: number, figures: string[], table: "Meetings" | "Outputs") =>
      lines.add({
        table,
        row: 1,
        column: "Amount",
        category: "meetings",
        partner: "P1",
        amount,
        figures,
      });
    line(1150.5, ["meetings.bands.1.amount"], "Meetings");
    line(575.25, ["meetings.bands.1.amount", "linguistic.perParticipant"], "Meetings");
    line(2000, ["linguistic.perParticipant", "management.coordinatorPerMonth"], "Outputs");
    expect(
      figuresToConfirm(lines, book, []).map((f) => [f.figure, f.restingAmount, f.tables]),
    ).toEqual([
      ["linguistic.perParticipant", 2575.25, ["Meetings", "Outputs"]],
      ["meetings.bands.1.amount", 1725.75, ["Meetings"]],
    ]);
    expect(figuresToConfirm(lines, book, ["linguistic.perParticipant"])).toHaveLength(1);
    expect(figuresToConfirm(new BudgetLines(), book, [])).toEqual([]);
  });
});

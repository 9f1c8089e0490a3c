import { anyText } from "../support/findings";
import { checkBudget } from "../../src/domain/check-budget";
import type { Finding } from "../../src/domain/findings";
import { fileStem } from "../../src/taskpane/export/download";
import { capState } from "../../src/taskpane/components/CapBar";
import {
  countBySeverity,
  countListed,
  groupFindings,
  limitGroups,
} from "../../src/taskpane/state/finding-groups";
import { totalsView } from "../../src/domain/totals-view";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";

const workbook = rawWorkbook(cleanStrategicPartnership());

describe("the findings list's groups", () => {
  const findings: Finding[] = [
    {
      rule: "distance.under-100km",
      severity: "warning",
      text: anyText,
      table: "Meetings",
      row: 1,
      column: "DistanceKm",
    },
    {
      rule: "input.unknown-country",
      severity: "error",
      text: anyText,
      table: "Partners",
      row: 2,
      column: "Country",
    },
    {
      rule: "amount.mismatch",
      severity: "error",
      text: anyText,
      table: "Meetings",
      row: 1,
      column: "Amount",
    },
    { rule: "cap.grant", severity: "error", text: anyText },
    {
      rule: "input.duplicate-id",
      severity: "error",
      text: anyText,
      table: "Partners",
      row: 3,
      column: "ID",
    },
  ];

  it("go by severity, then by table in the schema's order, whole-budget findings first", () => {
    const groups = limitGroups(groupFindings(findings), 100, workbook);
    expect(groups.map((group) => [group.severity, group.count])).toEqual([
      ["error", 4],
      ["warning", 1],
    ]);
    expect(groups[0]?.tables.map((group) => group.table)).toEqual([
      undefined,
      "Partners",
      "Meetings",
    ]);
    expect(groups[0]?.tables[1]?.findings.map((item) => [item.index, item.address])).toEqual([
      [1, "Partners!C3"],
      [4, "Partners!A4"],
    ]);
    expect(groups[0]?.tables[0]?.findings[0]?.address).toBeUndefined();
  });

  it("leave out severities the filter hides", () => {
    expect(groupFindings(findings, new Set(["warning"])).map((g) => g.severity)).toEqual([
      "warning",
    ]);
    expect(countBySeverity(findings)).toEqual({ error: 4, warning: 1, info: 0 });
  });

  it("are cut to the first findings in list order for drawing a page of them", () => {
    const groups = groupFindings(findings);
    const page = limitGroups(groups, 3, workbook);
    // The whole-budget error, then the two Partners errors; Meetings and the warning wait.
    expect(
      page.map((group) => group.tables.map((table) => table.findings.map((f) => f.index))),
    ).toEqual([[[3], [1, 4]]]);
    expect(page[0]?.count).toBe(4); // the heading still says how many errors there are
    expect(countListed(page)).toBe(3);
    expect(countListed(limitGroups(groups, 100, workbook))).toBe(5);
  });
});

describe("the totals view", () => {
  it("lists the action's categories with their caps, meetings per project year", () => {
    const view = totalsView(checkBudget(workbook));
    expect(view.total).toBe(48890);
    // No cap is reached: what the lines ask for is what counts.
    expect([view.linesRequested, view.requested]).toEqual([48890, 48890]);
    expect(view.maxGrant).toBe(300000);
    expect(view.outputsAreSupport).toBe(false);
    const management = view.rows.find((row) => row.key === "management");
    expect(management).toMatchObject({ requested: 30000, counted: 30000, limit: 66000 });
    expect(view.rows.filter((row) => row.year !== undefined).map((row) => row.year)).toEqual([
      1, 2,
    ]);
    expect(view.rows.find((row) => row.key === "travel")?.limit).toBeUndefined();
  });

  it("colours a cap by how much of it is asked for", () => {
    expect(capState(50, 100)).toBe("under");
    expect(capState(90, 100)).toBe("near");
    expect(capState(100, 100)).toBe("near");
    expect(capState(100.01, 100)).toBe("over");
  });
});

describe("export file names", () => {
  it("come from the project title, in plain letters", () => {
    expect(fileStem("Rīgas skolas: digitālās prasmes")).toBe("rigas-skolas-digitalas-prasmes");
    expect(fileStem(undefined)).toBe("ka2-budget");
    expect(fileStem("!!!")).toBe("ka2-budget");
    expect(fileStem("a".repeat(60))).toHaveLength(40);
  });

  it("cut a long title after a whole word, never inside one", () => {
    // 42 letters: "...partnership" would be cut to "...partners" at 40.
    expect(fileStem("Digital skills for small rural school partnership")).toBe(
      "digital-skills-for-small-rural-school",
    );
    expect(fileStem("Digital skills for small rural schools now")).toBe(
      "digital-skills-for-small-rural-schools",
    );
  });
});

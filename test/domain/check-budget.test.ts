import { checkBudget } from "../../src/domain/check-budget";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";

describe("checkBudget on a clean Strategic Partnership", () => {
  const result = checkBudget(rawWorkbook(cleanStrategicPartnership()));

  it("finds nothing wrong", () => {
    expect(result.findings).toEqual([]);
  });

  it("gives the hand-worked totals", () => {
    expect(result.totals).toEqual({
      management: 30000,
      meetings: 3245,
      outputs: 3900,
      events: 5000,
      travel: 1355,
      support: 1740,
      linguistic: 150,
      exceptional: 3000,
      specialNeeds: 500,
      total: 48890,
      maxGrant: 300000,
    });
  });

  it("summarises the project", () => {
    expect(result.action).toBe("SP");
    expect(result.rulebook).toBe("2014");
    expect(result.months).toBe(24);
    expect(result.project).toMatchObject({ partners: 4, countries: ["LV", "ES", "DE", "FI"] });
  });

  it("reports cap usage", () => {
    expect(result.caps.find((cap) => cap.id === "management")).toEqual({
      id: "management",
      label: "Project management and implementation",
      requested: 30000,
      limit: 66000,
      granted: 30000,
    });
    expect(result.caps.find((cap) => cap.id === "meetings-year-1")?.requested).toBe(2670);
  });
});

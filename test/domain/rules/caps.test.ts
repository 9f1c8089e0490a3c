import { checkChanged, setCell, withRule, messageOf } from "../../support/findings";

describe("caps", () => {
  it("cap.management: 10 organisations reach 2,750 EUR/month exactly; 11 are capped", () => {
    const addPartners = (count: number) =>
      checkChanged((data) => {
        for (let n = 5; n <= count; n++) {
          data.Partners!.rows.push([`P${n}`, `Org ${n}`, "EE", "NGO", "partner", null, 6000]);
        }
      });
    const ten = addPartners(10);
    expect(ten.totals.management).toBe(66000); // 24 × (500 + 9 × 250)
    expect(withRule(ten, "cap.management")).toEqual([]);

    const eleven = addPartners(11);
    expect(eleven.totals.management).toBe(66000); // 72,000 asked, 2,750 × 24 granted
    const [cap] = withRule(eleven, "cap.management");
    expect(cap).toMatchObject({ severity: "warning", table: "Partners" });
    expect(messageOf(cap)).toContain("72,000 EUR");
    expect(messageOf(cap)).toContain("66,000 EUR");
  });

  it("cap.meetings-per-year: 23,000 EUR in a year passes, 23,575 is capped", () => {
    const atCap = checkChanged((data) => {
      data.Meetings!.rows = [["M1", "P2", 1, 40, 1500, 23000]]; // 40 × 575
    });
    expect(withRule(atCap, "cap.meetings-per-year")).toEqual([]);
    const over = checkChanged((data) => {
      data.Meetings!.rows = [
        ["M1", "P2", 1, 40, 1500, 23000],
        ["M2", "P3", 1, 1, 1500, 575],
        ["M3", "P3", 2, 1, 1500, 575],
      ];
    });
    const [cap] = withRule(over, "cap.meetings-per-year");
    expect(messageOf(cap)).toBe(
      "Meetings in project year 1 total 23,575 EUR; the cap is 23,000 EUR per project year.",
    );
    expect(over.totals.meetings).toBe(23575);
    expect(over.caps.find((c) => c.id === "meetings-year-1")?.granted).toBe(23000);
  });

  it("counts capped year 1 and uncapped year 2 separately", () => {
    const over = checkChanged((data) => {
      data.Meetings!.rows = [
        ["M1", "P2", 1, 41, 1500, 23575],
        ["M3", "P3", 2, 1, 1500, 575],
      ];
    });
    expect(over.totals.meetings).toBe(23000 + 575);
  });

  it("cap.events: 30,000 EUR passes; 30,100 is capped", () => {
    const atCap = checkChanged((data) => setCell(data, "Events", 1, "Local", 100));
    expect(atCap.totals.events).toBe(12000);
    const exactly = checkChanged((data) => {
      setCell(data, "Events", 1, "Local", 300);
      setCell(data, "Events", 1, "Foreign", 0);
      setCell(data, "Events", 1, "Amount", 30000);
    });
    expect(withRule(exactly, "cap.events")).toEqual([]);
    const over = checkChanged((data) => {
      setCell(data, "Events", 1, "Local", 301);
      setCell(data, "Events", 1, "Foreign", 0);
      setCell(data, "Events", 1, "Amount", 30100);
    });
    expect(withRule(over, "cap.events")[0]).toMatchObject({ severity: "error", table: "Events" });
    expect(over.totals.events).toBe(30000);
  });

  it("cap.exceptional: 75% of 66,666.67 is 50,000 and passes; 66,668 is capped", () => {
    const exactly = checkChanged((data) => {
      setCell(data, "OtherCosts", 1, "RealCost", 66666.67);
      setCell(data, "OtherCosts", 1, "Amount", 50000);
    });
    expect(withRule(exactly, "cap.exceptional")).toEqual([]);
    expect(exactly.totals.exceptional).toBe(50000);
    const over = checkChanged((data) => {
      setCell(data, "OtherCosts", 1, "RealCost", 66668);
      setCell(data, "OtherCosts", 1, "Amount", 50001);
    });
    expect(messageOf(withRule(over, "cap.exceptional")[0])).toContain("50,001 EUR");
    expect(over.totals.exceptional).toBe(50000);
  });

  it("cap.grant: a 24-month SP above 300,000 EUR", () => {
    // Manager in Denmark (row 1): 294 EUR × 1,000 days = 294,000, replacing 1,480; the pupil
    // hosted by P1 now gets Denmark's 145 EUR/month instead of 80: 3 × 65 = +195.
    // 48,890 − 1,480 + 294,000 + 195 = 341,605.
    const over = checkChanged((data) => {
      setCell(data, "Partners", 1, "Country", "DK");
      setCell(data, "Outputs", 1, "Category", "manager");
      setCell(data, "Outputs", 1, "Days", 1000);
      setCell(data, "Outputs", 1, "Amount", 294000);
    });
    expect(over.totals.total).toBe(341605);
    const [cap] = withRule(over, "cap.grant");
    expect(messageOf(cap)).toBe(
      "The budget totals 341,605 EUR; the maximum grant of a 24-month Strategic Partnership is 300,000 EUR.",
    );
  });

  it("the maximum grant follows the months: 30 months → 375,000 EUR", () => {
    const result = checkChanged((data) => setCell(data, "Project", 2, "Value", 30));
    expect(result.totals.maxGrant).toBe(375000);
  });
});

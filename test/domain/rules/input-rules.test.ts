import { checkChanged, setCell, withRule, messageOf } from "../../support/findings";

describe("input.* rules", () => {
  it("input.missing-table: no Partners table is an error, no Meetings table an info", () => {
    const result = checkChanged((data) => {
      delete data.Partners;
      delete data.Meetings;
    });
    const missing = withRule(result, "input.missing-table");
    expect(missing).toContainEqual(
      expect.objectContaining({ severity: "error", table: "Partners" }),
    );
    expect(missing).toContainEqual(
      expect.objectContaining({ severity: "info", table: "Meetings" }),
    );
  });

  it("input.missing-table: no Project table assumes SP and says so", () => {
    const result = checkChanged((data) => delete data.Project);
    expect(withRule(result, "input.missing-table")[0]).toMatchObject({
      severity: "error",
      table: "Project",
    });
    expect(result.action).toBeUndefined();
  });

  it("input.missing-column: a table without a required header is named with the column", () => {
    const result = checkChanged((data) => {
      data.Partners!.headers[2] = "Land";
    });
    expect(withRule(result, "input.missing-column")).toEqual([
      expect.objectContaining({ severity: "error", table: "Partners", column: "Country" }),
    ]);
  });

  it("matches headers case-insensitively, ignoring spaces, and by alias, in any order", () => {
    const result = checkChanged((data) => {
      const partners = data.Partners!;
      partners.headers = ["role", "Valsts", "I D", "Organization", "TYPE", "Months", "Management"];
      partners.rows = partners.rows.map(([id, org, country, type, role, months, amount]) => [
        ...[role ?? null, country ?? null, id ?? null, org ?? null, type ?? null],
        ...[months ?? null, amount ?? null],
      ]);
    });
    expect(result.findings).toEqual([]);
    expect(result.totals.management).toBe(30000);
  });

  it("input.missing-value: a blank required cell points at its row and column", () => {
    const result = checkChanged((data) => setCell(data, "Partners", 2, "Country", "  "));
    expect(withRule(result, "input.missing-value")).toEqual([
      expect.objectContaining({ table: "Partners", row: 2, column: "Country", severity: "error" }),
    ]);
  });

  it("input.invalid-number: text and negatives in number cells, blank is not 0", () => {
    const result = checkChanged((data) => {
      setCell(data, "Meetings", 1, "Participants", "two");
      setCell(data, "Meetings", 2, "DistanceKm", -5);
    });
    const invalid = withRule(result, "input.invalid-number");
    expect(invalid).toEqual([
      expect.objectContaining({ table: "Meetings", row: 1, column: "Participants" }),
      expect.objectContaining({ table: "Meetings", row: 2, column: "DistanceKm" }),
    ]);
    expect(messageOf(invalid[0])).toContain('"two"');
    // Both lines are left out of the totals: 575 remains from row 3.
    expect(result.totals.meetings).toBe(575);
  });

  it("accepts a number typed as text", () => {
    const result = checkChanged((data) => setCell(data, "Meetings", 1, "Participants", " 2 "));
    expect(result.findings).toEqual([]);
  });

  it("input.invalid-number: an error value in an input cell is reported, not thrown", () => {
    const result = checkChanged((data) => setCell(data, "Outputs", 1, "Days", { error: "#REF!" }));
    expect(withRule(result, "input.invalid-number")[0]).toMatchObject({
      table: "Outputs",
      row: 1,
      column: "Days",
    });
    expect(messageOf(withRule(result, "input.invalid-number")[0])).toContain("#REF!");
  });

  it("input.unknown-value: a role outside the list names the accepted words", () => {
    const result = checkChanged((data) => setCell(data, "Partners", 3, "Role", "boss"));
    const [unknown] = withRule(result, "input.unknown-value");
    expect(unknown).toMatchObject({ table: "Partners", row: 3, column: "Role" });
    expect(messageOf(unknown)).toContain("coordinator, partner");
  });

  it("accepts Latvian words and names", () => {
    const result = checkChanged((data) => {
      setCell(data, "Partners", 1, "Role", "koordinators");
      setCell(data, "Partners", 1, "Country", "Latvija");
      setCell(data, "Outputs", 1, "Category", "pētnieks");
    });
    expect(result.findings).toEqual([]);
  });

  it("input.unknown-country", () => {
    const result = checkChanged((data) => setCell(data, "Partners", 4, "Country", "Finlnd"));
    expect(withRule(result, "input.unknown-country")).toEqual([
      expect.objectContaining({ table: "Partners", row: 4, column: "Country", severity: "error" }),
    ]);
  });

  it("input.unknown-partner", () => {
    const result = checkChanged((data) => setCell(data, "Meetings", 2, "Partner", "P9"));
    expect(withRule(result, "input.unknown-partner")).toEqual([
      expect.objectContaining({ table: "Meetings", row: 2, column: "Partner" }),
    ]);
  });

  it("input.duplicate-id: the second use is reported and not counted", () => {
    const result = checkChanged((data) => setCell(data, "Meetings", 2, "ID", "m1-p2 "));
    const [duplicate] = withRule(result, "input.duplicate-id");
    expect(duplicate).toMatchObject({ table: "Meetings", row: 2, column: "ID" });
    expect(messageOf(duplicate)).toContain("row 1");
    expect(result.totals.meetings).toBe(1520 + 575);
  });

  it("skips blank rows but keeps row numbers of the table", () => {
    const result = checkChanged((data) => {
      data.Meetings!.rows.splice(1, 0, [null, "", "  ", null, null, 0]);
      setCell(data, "Meetings", 3, "Partner", "P9");
    });
    expect(withRule(result, "input.unknown-partner")[0]).toMatchObject({ row: 3 });
    expect(result.findings).toHaveLength(1);
  });

  it("input.not-in-action: SP categories in a Knowledge Alliance are not counted", () => {
    const result = checkChanged((data) => setCell(data, "Project", 1, "Value", "KA"));
    const notInAction = withRule(result, "input.not-in-action");
    expect(notInAction.map((f) => f.table)).toEqual(
      expect.arrayContaining(["Partners", "Meetings", "Events", "OtherCosts"]),
    );
    expect(result.totals.management).toBe(0);
    expect(result.totals.meetings).toBe(0);
    expect(result.totals.outputs).toBe(3900);
  });
});

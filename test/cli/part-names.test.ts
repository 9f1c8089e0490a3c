import {
  partNamePlan,
  relativeTarget,
  renamedRelationships,
  resolveTarget,
} from "../../src/cli/part-names";

const rels = (...items: [type: string, target: string][]) =>
  `<Relationships>${items
    .map(
      ([type, target], index) =>
        `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`,
    )
    .join("")}</Relationships>`;

describe("part names exceljs reads", () => {
  test("targets resolve against their part's folder, absolute or relative", () => {
    expect(resolveTarget("xl/worksheets/", "../tables/table1.xml")).toBe("xl/tables/table1.xml");
    expect(resolveTarget("xl/", "/xl/sheets/./a.xml")).toBe("xl/sheets/a.xml");
    expect(relativeTarget("xl/worksheets/", "xl/tables/table1.xml")).toBe("../tables/table1.xml");
    expect(relativeTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });

  test("a workbook whose parts have exceljs's names needs no plan", () => {
    const parts: Record<string, string> = {
      "xl/_rels/workbook.xml.rels": rels(
        ["worksheet", "worksheets/sheet1.xml"],
        ["styles", "styles.xml"],
      ),
      "xl/worksheets/_rels/sheet1.xml.rels": rels(["table", "../tables/table1.xml"]),
    };
    expect(partNamePlan((name) => parts[name])).toBeUndefined();
  });

  test("sheets, tables and strings named freely are renamed, and the relationships follow", () => {
    const parts: Record<string, string> = {
      "xl/_rels/workbook.xml.rels": rels(
        ["worksheet", "/xl/data/b.xml"],
        ["worksheet", "data/a.xml"],
        ["sharedStrings", "strings.xml"],
      ),
      "xl/data/_rels/a.xml.rels": rels(["table", "../lists/partners.xml"]),
    };
    const plan = partNamePlan((name) => parts[name]);
    expect(Object.fromEntries(plan?.renamed ?? [])).toEqual({
      "xl/data/b.xml": "xl/worksheets/sheet1.xml",
      "xl/data/_rels/b.xml.rels": "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/data/a.xml": "xl/worksheets/sheet2.xml",
      "xl/data/_rels/a.xml.rels": "xl/worksheets/_rels/sheet2.xml.rels",
      "xl/lists/partners.xml": "xl/tables/table1.xml",
      "xl/strings.xml": "xl/sharedStrings.xml",
    });
    const renamed = plan!.renamed;
    expect(
      renamedRelationships(parts["xl/data/_rels/a.xml.rels"]!, renamed, {
        from: "xl/data/a.xml",
        to: "xl/worksheets/sheet2.xml",
      }),
    ).toContain('Target="../tables/table1.xml"');
    const workbook = renamedRelationships(parts["xl/_rels/workbook.xml.rels"]!, renamed, {
      from: "xl/workbook.xml",
      to: "xl/workbook.xml",
    });
    expect(workbook.match(/Target="[^"]*"/g)).toEqual([
      'Target="worksheets/sheet1.xml"',
      'Target="worksheets/sheet2.xml"',
      'Target="sharedStrings.xml"',
    ]);
  });

  test("external targets are left alone", () => {
    const xml =
      '<Relationship Id="rId1" Type="…/hyperlink" Target="https://example.org/a" TargetMode="External"/>';
    expect(renamedRelationships(xml, new Map(), { from: "xl/a.xml", to: "xl/b/c.xml" })).toBe(xml);
  });
});

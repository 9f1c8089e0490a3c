import { formWording } from "../../../src/messages/messages";
import Papa from "papaparse";
import { checkBudget } from "../../../src/domain/check-budget";
import { applicationForm } from "../../../src/domain/form/application-form";
import { formToCsv, formToJson, neutralise } from "../../../src/domain/form/form-csv";
import { checkChanged, setCell } from "../../support/findings";
import { cleanStrategicPartnership, rawWorkbook } from "../../support/raw-workbook";

const english = formWording("en");

const hostile = [
  '=HYPERLINK("http://evil","click")',
  "+SUM(1,2)",
  "-2+3",
  "@cmd",
  "\tTabbed",
  "\rReturn",
  'He said "hello", then left',
  "Line one\nline two",
  "Rīgas Tehniskā universitāte; ārkārtas izmaksas",
];

function parse(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: false }).data;
}

describe("formToCsv", () => {
  it("neutralises formula prefixes and nothing else", () => {
    expect(hostile.map(neutralise)).toEqual([
      '\'=HYPERLINK("http://evil","click")',
      "'+SUM(1,2)",
      "'-2+3",
      "'@cmd",
      "'\tTabbed",
      "'\rReturn",
      'He said "hello", then left',
      "Line one\nline two",
      "Rīgas Tehniskā universitāte; ārkārtas izmaksas",
    ]);
  });

  it("round-trips hostile descriptions through a CSV parser, never as formulas", () => {
    // The checker trims cells, so hostile text is put into the form directly.
    const form = applicationForm(checkBudget(rawWorkbook(cleanStrategicPartnership())), english);
    const specialNeeds = form.sections.find((section) => section.id === "specialNeeds")!;
    specialNeeds.rows = hostile.map((description, index) => ({
      ...specialNeeds.rows[0],
      cost: `H${index + 1}`,
      description,
    }));
    const rows = parse(formToCsv(form));
    const descriptions = rows.filter((row) => row[0]?.startsWith("H")).map((row) => row[2]);
    expect(descriptions).toEqual(hostile.map(neutralise));
    for (const row of rows) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it.each([",", ";"] as const)(
    "with %s as separator, a field holding either separator is quoted and no piece starts a formula",
    (separator) => {
      const form = applicationForm(checkBudget(rawWorkbook(cleanStrategicPartnership())), english);
      const specialNeeds = form.sections.find((section) => section.id === "specialNeeds")!;
      const text = "Acme;=cmd|' /C calc'!A0, +1";
      specialNeeds.rows = [{ ...specialNeeds.rows[0], cost: "H1", description: text }];
      const csv = formToCsv(form, separator);
      expect(csv).toContain(`"Acme;'=cmd|' /C calc'!A0, '+1"`);
      const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: separator }).data;
      expect(rows.find((row) => row[0] === "H1")?.[2]).toBe("Acme;'=cmd|' /C calc'!A0, '+1");
      // A reader that ignores quotes and splits on either separator still sees no formula.
      for (const piece of csv.split(/[,;\r\n]/)) {
        expect(piece.replace(/^"/, "").trimStart()).not.toMatch(/^[=+\-@]/);
      }
    },
  );

  it("writes amounts as plain numbers with two decimals", () => {
    const rows = parse(
      formToCsv(applicationForm(checkBudget(rawWorkbook(cleanStrategicPartnership())), english)),
    );
    expect(rows).toContainEqual(["Total grant", "48890.00"]);
    const header = rows.findIndex((row) => row[0] === "Meeting");
    expect(rows[header + 1]).toEqual([
      "M1-P2",
      "P2 — Universidad de Valencia",
      "1",
      "2,000 km and more",
      "2",
      "1520.00",
      "1520.00",
    ]);
  });

  it("says plainly when the budget breaks rules", () => {
    const check = checkChanged((data) => setCell(data, "Partners", 1, "Management", 1));
    const rows = parse(formToCsv(applicationForm(check, english)));
    expect(rows).toContainEqual(["The budget breaks 1 rule:"]);
    expect(rows.some((row) => row[0] === "amount.mismatch")).toBe(true);
  });

  it("writes headings, labels and messages in Latvian when asked", () => {
    const check = checkChanged((data) => setCell(data, "Partners", 1, "Management", 1));
    const rows = parse(formToCsv(applicationForm(check, formWording("lv"))));
    expect(rows).toContainEqual(["Budžets pārkāpj 1 noteikumu:"]);
    expect(rows).toContainEqual(["Projekta vadība un īstenošana"]);
    expect(rows).toContainEqual(["Starptautiskās projekta sanāksmes"]);
    expect(rows.some((row) => row[0] === "Kopējais finansējums")).toBe(true);
    expect(rows.some((row) => row[0] === "Kopā")).toBe(true);
    const mismatch = rows.find((row) => row[0] === "amount.mismatch");
    expect(mismatch?.[1]).toMatch(/^Partners, 1\. rinda, Management: šūnā ir 1 EUR; /);
    const header = rows.findIndex((row) => row[0] === "Organizācija");
    expect(rows[header]).toEqual([
      "Organizācija",
      "Valsts",
      "Loma",
      "Mēneši",
      "Summa pēc vienības izmaksām",
      "Finansējums",
    ]);
    expect(rows[header + 1]?.slice(1, 3)).toEqual(["Latvija", "Koordinators"]);
  });

  it("gives the project's Field after the Action, by name, in either language", () => {
    const check = checkChanged((data) => data.Project?.rows.push(["Field", "vet"]));
    const rows = parse(formToCsv(applicationForm(check, english)));
    expect(rows.slice(1, 4)).toEqual([
      ["Action", "SP"],
      ["Field", "Vocational education and training"],
      ["Months", "24"],
    ]);
    const latvian = parse(formToCsv(applicationForm(check, formWording("lv"))));
    expect(latvian[2]).toEqual(["Joma", "Profesionālā izglītība un mācības"]);
    // Without a Field setting the row is there, blank, so the rows stay where tools expect them.
    const blank = parse(
      formToCsv(applicationForm(checkBudget(rawWorkbook(cleanStrategicPartnership())), english)),
    );
    expect(blank[2]).toEqual(["Field", ""]);
  });

  it("exports JSON that parses back to the same form", () => {
    const form = applicationForm(checkBudget(rawWorkbook(cleanStrategicPartnership())), english);
    expect(JSON.parse(formToJson(form))).toEqual(form);
  });
});

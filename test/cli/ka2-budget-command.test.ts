import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MGMT } from "../../src/domain/worksheet-functions";
import type { ArgumentError } from "../../src/domain/arguments";
import { functionText } from "../../src/messages/function-messages";
import { totalCategories } from "../../src/domain/budget-check";
import { ruleIds, severities } from "../../src/domain/findings";
import { budgetWithMistakes, cleanBudget } from "../../scripts/example-budgets";
import type { BudgetRows, RowInput } from "../../src/cli/budget-workbook";
import { buildTimeoutMs, processTestTimeoutMs } from "../support/build-timeout";
import { buildCli, runCli } from "./run-cli";
import { temporaryFolder, writeBudget, writeTables } from "./workbook-files";

/**
 * The built `ka2-budget` command (node bin/ka2-budget.js, after npm run build:cli) on
 * workbooks generated into a temporary folder: exit codes, the JSON contract, the report's
 * cell addresses, unreadable files, the template and fn.
 */

jest.setTimeout(processTestTimeoutMs);
const folder = temporaryFolder();
beforeAll(() => buildCli(), buildTimeoutMs);
afterAll(() => folder.remove());

const cleanFile = (): Promise<string> => writeBudget(folder.path("clean.xlsx"), cleanBudget());

function withRows(table: keyof BudgetRows, rows: RowInput[]): BudgetRows {
  return { ...cleanBudget(), [table]: rows };
}

interface JsonResult {
  action: unknown;
  field: unknown;
  rulebook: unknown;
  months: unknown;
  totals: Record<string, unknown>;
  findings: { rule: string; severity: string; message: string; [key: string]: unknown }[];
}

function checkJson(path: string): { code: number | null; result: JsonResult; stderr: string } {
  const run = runCli(["check", path, "--json"]);
  return { code: run.code, result: JSON.parse(run.stdout) as JsonResult, stderr: run.stderr };
}

function expectOneSentence(stderr: string): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(lines[0]).toMatch(/\.$/);
}

describe("check", () => {
  test("a clean budget: exit 0, a report without findings, totals against caps", async () => {
    const run = runCli(["check", await cleanFile()]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("No findings");
    expect(run.stdout).toContain(
      "Strategic Partnership (SP), school education, 36 months, 2014 rules",
    );
    expect(run.stdout).toMatch(/Project management and implementation\s+54,000\.00 EUR/);
    expect(run.stdout).toMatch(/project year 1\s+[\d,.]+ EUR\s+[\d,.]+ EUR\s+23,000\.00 EUR/);
    expect(run.stdout).toMatch(/Total \(maximum grant\).*450,000\.00 EUR/);
  });

  test("--json prints exactly { action, field, rulebook, months, totals, findings, figures }", async () => {
    const run = runCli(["check", await cleanFile(), "--json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as JsonResult;
    expect(Object.keys(result)).toEqual([
      "action",
      "field",
      "rulebook",
      "months",
      "totals",
      "findings",
      "figures",
    ]);
    expect(result).toMatchObject({
      action: "SP",
      field: "school",
      rulebook: "2014",
      months: 36,
      findings: [],
    });
    expect(Object.keys(result.totals).sort()).toEqual(
      [...totalCategories, "total", "maxGrant"].sort(),
    );
    expect(result.totals.maxGrant).toBe(450000);
  });

  test("a budget with mistakes: exit 1, findings by severity with cell addresses", async () => {
    const path = await writeBudget(folder.path("mistakes.xlsx"), budgetWithMistakes());
    const run = runCli(["check", path]);
    expect(run.code).toBe(1);
    // P2's typed-over Management: Partners data row 2 is sheet row 3, column G.
    expect(run.stdout).toMatch(
      /Partners!G3 +Partners row 2, Management holds 10,000 EUR.*\[amount\.mismatch\]/,
    );
    expect(run.stdout).toMatch(/Partners!C5 +.*"Finnland".*\[input\.unknown-country\]/);
    expect(run.stdout).toMatch(/Outputs!D13 +.*"twenty".*\[input\.invalid-number\]/);
    const errors = run.stdout.indexOf("Errors (");
    const warnings = run.stdout.indexOf("Warnings (");
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(run.stdout).toMatch(/over by 3,700\.00 EUR/);
    expect(run.stdout).toMatch(/The budget breaks the rules\. \d+ errors/);
    // A cap points at its column's cells, as the task pane shows it: Amount is column H.
    expect(run.stdout).toMatch(
      /\n {2}Meetings!H2:H27 +Meetings in project year 2 total 26,700 EUR/,
    );
  });

  test("the Total row adds up the categories above it, column by column", async () => {
    const path = await writeBudget(folder.path("mistakes-totals.xlsx"), budgetWithMistakes());
    const report = runCli(["check", path]).stdout;
    const section = report.slice(
      report.indexOf("Totals against caps"),
      report.indexOf("The budget breaks the rules."),
    );
    const amounts = (line: string) =>
      [...line.matchAll(/([\d,]+\.\d\d) EUR/g)].map((match) => Number(match[1]!.replace(/,/g, "")));
    // Category lines start two spaces in; the project years under meetings four.
    const categories = section.split("\n").filter((line) => /^ {2}[A-Z]/.test(line));
    const total = categories.pop()!;
    expect(total).toMatch(/^ {2}Total \(maximum grant\)/);
    // Asked for: 54,000 + 46,210 + 40,316 + 13,600 + 5,585 + 15,100 + 150 + 3,000 + 600;
    // counted: the same with year 2's meetings cut from 26,700 to 23,000 (3,700 less).
    expect(amounts(total)).toEqual([178561, 174861, 450000]);
    const column = (index: number) =>
      Math.round(categories.reduce((sum, line) => sum + (amounts(line)[index] ?? 0) * 100, 0)) /
      100;
    expect([column(0), column(1)]).toEqual([178561, 174861]);
  });

  test("every JSON finding has the contract's shape and points at an existing row", async () => {
    const path = await writeBudget(folder.path("mistakes-json.xlsx"), budgetWithMistakes());
    const { code, result } = checkJson(path);
    expect(code).toBe(1);
    expect(result.findings.length).toBeGreaterThan(5);
    for (const finding of result.findings) {
      expect(
        Object.keys(finding).every((key) =>
          [
            "rule",
            "severity",
            "message",
            "table",
            "row",
            "column",
            "messageKey",
            "params",
          ].includes(key),
        ),
      ).toBe(true);
      expect(ruleIds).toContain(finding.rule);
      expect(severities).toContain(finding.severity);
      expect(typeof finding.message).toBe("string");
      if (finding.row !== undefined) expect(finding.row).toBeGreaterThanOrEqual(1);
    }
  });

  test("--lang lv (or a Latvian locale) words the report and the JSON messages in Latvian", async () => {
    const path = await writeBudget(folder.path("mistakes-lv.xlsx"), budgetWithMistakes());
    const json = runCli(["check", path, "--json", "--lang", "lv"]);
    const english = runCli(["check", path, "--json"]);
    type Listed = { rule: string; message: string; messageKey: string };
    const latvian = (JSON.parse(json.stdout) as { findings: Listed[] }).findings;
    const same = (JSON.parse(english.stdout) as { findings: Listed[] }).findings;
    // Same findings, same keys; only the words differ.
    expect(latvian.map((f) => [f.rule, f.messageKey])).toEqual(
      same.map((f) => [f.rule, f.messageKey]),
    );
    expect(latvian.map((f) => f.message)).not.toEqual(same.map((f) => f.message));
    expect(latvian.some((f) => /\d+\. rinda/.test(f.message))).toBe(true);

    const report = runCli(["check", path], { locale: { LANG: "lv_LV.UTF-8" } });
    expect(report.stdout).toMatch(/\d+\. rinda/);
    expect(report.stdout).toContain("Summas pret limitiem");
    expect(report.stdout).toMatch(
      /Kopā \(maksimālais finansējums\)\s+\d{1,3}(\u00a0\d{3})*,\d\d EUR/,
    );
    expect(report.stdout).not.toMatch(/Totals against caps|Errors \(/);
    const forced = runCli(["check", path, "--lang", "en"], { locale: { LANG: "lv_LV.UTF-8" } });
    expect(forced.stdout).not.toMatch(/\d+\. rinda/);
  });

  test("--lang accepts lv or en only", async () => {
    const run = runCli(["check", await cleanFile(), "--lang", "de"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('--lang must be lv or en; got "de".\n');
  });

  test("From and To stand in for a blank DistanceKm; an unknown place is reported at its cell", async () => {
    const meetings: RowInput[] = [
      { ID: "M1-P2", Partner: "P2", Year: 1, Participants: 2, From: "Valencia, ES", To: "Rīga" },
      { ID: "M1-P3", Partner: "P3", Year: 1, Participants: 2, From: "Rigaa", To: "Riga" },
      { ID: "M1-P4", Partner: "P4", Year: 1, Participants: 1, DistanceKm: 1200, From: "Atlantis" },
    ];
    const path = await writeBudget(folder.path("places.xlsx"), withRows("Meetings", meetings));
    const { code, result } = checkJson(path);
    expect(code).toBe(1);
    const meetingFindings = result.findings.filter((finding) => finding.table === "Meetings");
    // Row 1: 2,630 km computed, and the cached Amount (2 × 760) agrees: no finding.
    expect(meetingFindings.filter((finding) => finding.row === 1)).toEqual([]);
    expect(meetingFindings).toContainEqual(
      expect.objectContaining({ rule: "distance.unknown-place", row: 2, column: "From" }),
    );
    // Row 3's typed DistanceKm wins: its From is never looked up.
    expect(meetingFindings.filter((finding) => finding.row === 3)).toEqual([]);
    expect(runCli(["check", path]).stdout).toMatch(
      /Meetings!F3 +Meetings row 2, From is not a place/,
    );
  });

  test("blank rows are skipped; text and #REF! in number cells are findings with their cell", async () => {
    const meetings: RowInput[] = [
      { ID: "M1-P2", Partner: "P2", Year: 1, Participants: 2, DistanceKm: 2880 },
      {},
      { ID: "M1-P3", Partner: "P3", Year: 1, Participants: "two", DistanceKm: 1010 },
      { ID: "M1-P4", Partner: "P4", Year: 1, Participants: 2, DistanceKm: { error: "#REF!" } },
    ];
    const path = await writeBudget(folder.path("cells.xlsx"), withRows("Meetings", meetings));
    const { code, result } = checkJson(path);
    expect(code).toBe(1);
    const meetingFindings = result.findings.filter((finding) => finding.table === "Meetings");
    expect(meetingFindings.map((finding) => finding.row)).not.toContain(2);
    expect(meetingFindings).toContainEqual(
      expect.objectContaining({ rule: "input.invalid-number", row: 3, column: "Participants" }),
    );
    expect(meetingFindings).toContainEqual(
      expect.objectContaining({ row: 4, column: "DistanceKm" }),
    );

    const report = runCli(["check", path]).stdout;
    expect(report).toMatch(/Meetings!D4 /);
    expect(report).toMatch(/Meetings!E5 /);
  });

  test("a stored #REF! in an amount column is reported at its cell", async () => {
    const partners = (cleanBudget().Partners ?? []).map((row) =>
      row.ID === "P3" ? { ...row, Management: { error: "#REF!" } } : row,
    );
    const path = await writeBudget(folder.path("ref.xlsx"), withRows("Partners", partners));
    const { result } = checkJson(path);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ table: "Partners", row: 3, column: "Management" }),
    );
    expect(runCli(["check", path]).stdout).toMatch(/Partners!G4 /);
  });

  test("missing tables and a missing column: exit 1 with input findings", async () => {
    const noTables = await writeTables(folder.path("no-tables.xlsx"), [
      { name: "Shopping", sheet: "Sheet1", columns: [{ header: "Item" }], rows: [["bread"]] },
    ]);
    const missingTables = checkJson(noTables);
    expect(missingTables.code).toBe(1);
    expect(missingTables.result.findings).toContainEqual(
      expect.objectContaining({ rule: "input.missing-table", table: "Partners" }),
    );

    const partners = cleanBudget().Partners ?? [];
    const path = await writeTables(folder.path("no-country.xlsx"), [
      {
        name: "Project",
        sheet: "Project",
        columns: [{ header: "Setting" }, { header: "Value" }],
        rows: (cleanBudget().Project ?? []).map((row) => [
          row.Setting as string,
          row.Value as string | number,
        ]),
      },
      {
        name: "Partners",
        sheet: "Partners",
        columns: ["ID", "Organisation", "Type", "Role"].map((header) => ({ header })),
        rows: partners.map((row) => [
          row.ID as string,
          row.Organisation as string,
          row.Type as string,
          row.Role as string,
        ]),
      },
    ]);
    const missingColumn = checkJson(path);
    expect(missingColumn.code).toBe(1);
    expect(missingColumn.result.findings).toContainEqual(
      expect.objectContaining({
        rule: "input.missing-column",
        table: "Partners",
        column: "Country",
      }),
    );
  });

  test.each([
    ["not a zip", "budget.xlsx", Buffer.from("Setting,Value\nAction,SP\n"), /not a zip file/],
    ["an empty file", "empty.xlsx", Buffer.alloc(0), /is empty/],
    [
      "a password-protected workbook (OLE compound file)",
      "locked.xlsx",
      Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]),
      /password-protected/,
    ],
  ])("%s: exit 2 with one sentence and no stack trace", (_, name, bytes, message) => {
    const path = folder.path(name);
    writeFileSync(path, bytes);
    for (const args of [
      ["check", path],
      ["check", path, "--json"],
    ]) {
      const run = runCli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
      expectOneSentence(run.stderr);
    }
  });

  test("a missing file and a corrupted zip: exit 2", async () => {
    const missing = runCli(["check", folder.path("missing.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
    expectOneSentence(missing.stderr);

    const good = readFileSync(await cleanFile());
    writeFileSync(folder.path("corrupt.xlsx"), good.subarray(0, 2000));
    const corrupt = runCli(["check", folder.path("corrupt.xlsx")]);
    expect(corrupt.code).toBe(2);
    expectOneSentence(corrupt.stderr);
  });
});

describe("figures to confirm with the National Agency", () => {
  /*
   * A 24-month SP worked out by hand. Partners: P1 coordinator 24 × 500 = 12,000, P2 and P3
   * partners 24 × 250 = 6,000 each; the management cap per month [M] holds all three: 24,000.
   * Meetings in band 1 (575 [M]): 2 × 575 = 1,150 and 1 × 575 = 575, so 1,725 rests on it.
   * Outputs: P1 (LV, rate row 4) teacher 10 days × 74 [M] = 740.
   */
  const small = (rates?: RowInput[]): BudgetRows => ({
    Project: [
      { Setting: "Action", Value: "SP" },
      { Setting: "Months", Value: 24 },
    ],
    Partners: [
      { ID: "P1", Organisation: "Rīgas skola", Country: "LV", Type: "SCHOOL", Role: "coordinator" },
      { ID: "P2", Organisation: "Escuela", Country: "ES", Type: "SCHOOL", Role: "partner" },
      { ID: "P3", Organisation: "Schule", Country: "DE", Type: "SCHOOL", Role: "partner" },
    ],
    Meetings: [
      { ID: "M1", Partner: "P2", Year: 1, Participants: 2, DistanceKm: 1100 },
      { ID: "M2", Partner: "P3", Year: 1, Participants: 1, DistanceKm: 280 },
    ],
    Outputs: [{ Output: "O1", Partner: "P1", Category: "teacher", Days: 10 }],
    ...(rates ? { Rates: rates } : {}),
  });
  const figuresOf = (stdout: string) =>
    (JSON.parse(stdout) as { figures: Record<string, unknown>[] }).figures;

  test("the report ends with each [M] figure, its value and the amount resting on it", async () => {
    const path = await writeBudget(folder.path("figures.xlsx"), small());
    const run = runCli(["check", path, "--lang", "en"]);
    expect(run.code).toBe(0);
    const section = run.stdout.slice(
      run.stdout.indexOf("Figures to confirm with your National Agency"),
    );
    expect(section.length).toBeGreaterThan(0);
    expect(run.stdout.indexOf("No rule errors.")).toBeLessThan(run.stdout.indexOf(section));
    expect(section.trimEnd().split("\n").slice(3)).toEqual([
      "  management.projectCapPerMonth  2,750  24,000.00 EUR  3 lines (Partners)",
      "  meetings.bands.1.amount          575   1,725.00 EUR  2 lines (Meetings)",
      "  staffRates.rows.4.teacher         74     740.00 EUR  1 line (Outputs)",
    ]);
  });

  test("--json has them as figures, with stable keys", async () => {
    const path = await writeBudget(folder.path("figures-json.xlsx"), small());
    const figures = figuresOf(runCli(["check", path, "--json"]).stdout);
    expect(figures.map((figure) => Object.keys(figure))).toEqual(
      figures.map(() => [
        "figure",
        "value",
        "mark",
        "source",
        "sources",
        "restingAmount",
        "lines",
        "tables",
      ]),
    );
    expect(figures[1]).toMatchObject({
      figure: "meetings.bands.1.amount",
      value: 575,
      mark: "M",
      restingAmount: 1725,
      lines: 2,
      tables: ["Meetings"],
    });
  });

  test("a figure set in the Rates table leaves the list; Latvian words it in Latvian", async () => {
    const rates = [{ Figure: "meetings.bands.1.amount", Value: 575, Source: "National Agency" }];
    const path = await writeBudget(folder.path("figures-rates.xlsx"), small(rates));
    const json = runCli(["check", path, "--json"]);
    expect(figuresOf(json.stdout).map((figure) => figure.figure)).toEqual([
      "management.projectCapPerMonth",
      "staffRates.rows.4.teacher",
    ]);
    const report = runCli(["check", path, "--lang", "lv"]).stdout;
    expect(report).toContain("Skaitļi, kas jāsaskaņo ar jūsu Nacionālo aģentūru");
    expect(report).toMatch(/staffRates\.rows\.4\.teacher +74 +740,00 EUR {2}1 rinda \(Outputs\)/);
  });

  test("a budget that rests on no unverified figure says so in one line", async () => {
    const path = await writeBudget(folder.path("figures-none.xlsx"), {
      Project: small().Project,
      Partners: small().Partners!.slice(0, 1),
    });
    const run = runCli(["check", path, "--lang", "en"]);
    // One partner: its 12,000 rests on the management cap [M] … unless the Rates table sets it.
    expect(run.stdout).toContain("management.projectCapPerMonth");
    const set = await writeBudget(folder.path("figures-none-rates.xlsx"), {
      Project: small().Project,
      Partners: small().Partners!.slice(0, 1),
      Rates: [{ Figure: "management.projectCapPerMonth", Value: 2750 }],
    });
    const none = runCli(["check", set, "--lang", "en"]);
    expect(none.stdout.trimEnd().split("\n").pop()).toBe(
      "Figures to confirm with your National Agency: none (the budget rests on no unverified figure).",
    );
    expect(figuresOf(runCli(["check", set, "--json"]).stdout)).toEqual([]);
  });
});

describe("a Rates table's consortium minimums", () => {
  test("the report and --json name the rule with the Rates figures, not the bundled 3 and 3", async () => {
    // The clean SP (school education) has five schools from five Programme Countries; the
    // Rates rows ask for six.
    const path = await writeBudget(folder.path("consortium-rates.xlsx"), {
      ...cleanBudget(),
      Rates: [
        { Figure: "actions.SP.consortium.standard.minOrganisations", Value: 6 },
        { Figure: "actions.SP.consortium.standard.minCountries", Value: 6 },
      ],
    });
    const report = runCli(["check", path, "--lang", "en"]);
    expect(report.code).toBe(1);
    expect(report.stdout).toContain(
      "A Strategic Partnership in school education (6 organisations from 6 Programme Countries) needs at least 6 organisations from Programme Countries; this one has 5. [consortium.min-organisations]",
    );
    expect(report.stdout).toContain(
      "A Strategic Partnership in school education (6 organisations from 6 Programme Countries) needs organisations from at least 6 Programme Countries; this one has 5. [consortium.min-countries]",
    );
    expect(report.stdout).not.toContain("3 organisations from 3");
    const latvian = runCli(["check", path, "--lang", "lv"]).stdout;
    expect(latvian).toContain(
      "Partnerībai “Stratēģiskā partnerība skolu izglītībā (6 organizācijas no 6 programmas valstīm)” vajag vismaz 6 organizācijas no programmas valstīm; šajā ir 5 organizācijas.",
    );
    const { result } = checkJson(path);
    const minimum = result.findings.find((item) => item.rule === "consortium.min-organisations");
    expect(minimum?.message).toMatch(
      /^A Strategic Partnership in school education \(6 organisations from 6 /,
    );
    expect(minimum?.params).toMatchObject({
      consortium: { minimums: { organisations: 6, countries: 6 } },
    });
  });
});

describe("template", () => {
  test("writes every table; the new workbook reads back and checks", () => {
    const path = folder.path("new.xlsx");
    const run = runCli(["template", path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Project, Partners, Meetings, Outputs, Events, Activities, OtherCosts",
    );
    const { code, result } = checkJson(path);
    expect(code).not.toBe(2);
    expect(result).toMatchObject({ action: "SP", months: 24, rulebook: "2014" });
    expect(result.findings.filter((f) => f.rule.startsWith("input.missing"))).toEqual([]);
  });

  test("--action and --months fill the Project table", () => {
    const path = folder.path("ka.xlsx");
    expect(runCli(["template", path, "--action", "KA", "--months", "36"]).code).toBe(0);
    expect(checkJson(path).result).toMatchObject({ action: "KA", months: 36 });
  });

  test("keeps an existing file unless --force", () => {
    const path = folder.path("existing.xlsx");
    writeFileSync(path, "my work");
    const refused = runCli(["template", path]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(readFileSync(path, "utf8")).toBe("my work");
    expect(runCli(["template", path, "--force"]).code).toBe(0);
    expect(statSync(path).size).toBeGreaterThan(1000);
  });

  test("refuses a duration or action the rules do not allow", () => {
    const months = runCli(["template", folder.path("x.xlsx"), "--action", "KA", "--months", "30"]);
    expect(months.code).toBe(2);
    expect(months.stderr).toMatch(/--months must be 24 or 36 for KA/);
    const action = runCli(["template", folder.path("y.xlsx"), "--action", "KA3"]);
    expect(action.code).toBe(2);
    expect(action.stderr).toMatch(/--action must be SP, KA, SSA/);
  });
});

describe("template --field", () => {
  test("--field youth writes the Field row; the check holds the budget to the youth rules", () => {
    const path = folder.path("youth.xlsx");
    const run = runCli(["template", path, "--field", "jaunatne", "--months", "12"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("a 12-month SP (youth field) budget");
    const written = runCli([
      "template",
      folder.path("lv.xlsx"),
      "--field",
      "youth",
      "--lang",
      "lv",
    ]);
    expect(written.stdout).toMatch(/: 6 mēnešu SP budžets jaunatnes jomā ar tabulām Project, /);
    const report = runCli(["check", path]).stdout;
    expect(report).toContain("Strategic Partnership (SP), youth, 12 months, 2014 rules");
    expect(report).not.toContain("months; this project lasts");
    expect(report).toContain(
      "A Strategic Partnership in the youth field (2 organisations from 2 Programme Countries) needs at least 2 organisations from Programme Countries; this one has 0.",
    );
    const latvian = runCli(["check", path, "--lang", "lv"]).stdout;
    expect(latvian).toContain("Stratēģiskā partnerība jaunatnes jomā (2 organizācijas");
    // --json gives the field's code, whatever language the cell was typed in ("jaunatne").
    expect(checkJson(path).result.field).toBe("youth");
  });

  test("without --field the Field row is blank and reads back without an input finding", () => {
    const path = folder.path("blank-field.xlsx");
    expect(runCli(["template", path]).code).toBe(0);
    const { result } = checkJson(path);
    expect(result.months).toBe(24);
    expect(result.field).toBeNull();
    expect(result.findings.filter((f) => f.rule.startsWith("input."))).toEqual([]);
  });

  test("refuses an unknown field, a field outside SP, and months outside the field's range", () => {
    const field = runCli(["template", folder.path("f.xlsx"), "--field", "sport"]);
    expect(field.code).toBe(2);
    expect(field.stderr).toBe(
      '--field must be school, vet, higher-education, adult, youth; got "sport".\n',
    );
    const ka = runCli(["template", folder.path("k.xlsx"), "--action", "KA", "--field", "youth"]);
    expect(ka.code).toBe(2);
    expect(ka.stderr).toMatch(/--field applies to Strategic Partnerships/);
    const months = runCli([
      "template",
      folder.path("m.xlsx"),
      "--field",
      "youth",
      "--months",
      "30",
    ]);
    expect(months.code).toBe(2);
    expect(months.stderr).toMatch(/--months must be 6 to 24 for SP in the youth field; got "30"/);
  });
});

describe("fn", () => {
  test("prints the result alone", () => {
    expect(runCli(["fn", "MGMT", "coordinator", "24"])).toEqual({
      code: 0,
      stdout: "12000\n",
      stderr: "",
    });
    expect(runCli(["fn", "BAND", "1500"]).stdout).toBe("100–1,999 km\n");
    expect(runCli(["fn", "TRAVEL", "499", "2"]).stdout).toBe("550\n"); // 2 × 275
    expect(runCli(["fn", "TRAVEL", "1999", "1"]).stdout).toBe("275\n");
    expect(runCli(["fn", "TRAVEL", "2000", "3"]).stdout).toBe("1080\n"); // 3 × 360
    expect(runCli(["fn", "TRAVEL", "8000", "1"]).stdout).toBe("360\n");
    expect(runCli(["fn", "meeting", "99", "2"]).stdout).toBe("0\n");
  });

  test("a refused argument prints the worksheet function's message and exits 1", () => {
    let expected = "";
    try {
      MGMT("boss", 24);
    } catch (error) {
      expected = functionText((error as ArgumentError).text, "en");
    }
    expect(expected).not.toBe("");
    expect(runCli(["fn", "MGMT", "boss", "24"])).toEqual({
      code: 1,
      stdout: "",
      stderr: `${expected}\n`,
    });
    const negative = runCli(["fn", "MEETING", "-5", "2"]);
    expect(negative.code).toBe(1);
    expect(negative.stderr).toMatch(/distanceKm/);
  });

  test("DISTANCE and PLACE read the places list", () => {
    expect(runCli(["fn", "DISTANCE", "Riga", "Brussels"])).toEqual({
      code: 0,
      stdout: "1454\n",
      stderr: "",
    });
    expect(runCli(["fn", "KA2.DISTANCE", "Rīga, LV", "56.95, 24.11"]).stdout).toBe("1\n");
    expect(runCli(["fn", "PLACE", "Valencia, Venecuēla"]).stdout).toBe(
      "Valencia, Venezuela (VE)\n",
    );
    const unknown = runCli(["fn", "DISTANCE", "Riga", "Rigaa"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^to must be a place: .*"Rigaa" is not a city the add-in knows/);
  });

  test("a wrong command line (no name, an unknown name, too many arguments) exits 2", () => {
    const unknown = runCli(["fn", "GRANT", "1"]);
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toMatch(/no KA2 function "GRANT".*MGMT, MEETING/);
    expectOneSentence(unknown.stderr);
    const nameless = runCli(["fn"]);
    expect(nameless).toMatchObject({ code: 2, stdout: "" });
    expect(nameless.stderr).toMatch(/^Give a function name: MGMT, MEETING/);
    const extra = runCli(["fn", "MGMT", "coordinator", "24", "7", "8"]);
    expect(extra).toMatchObject({ code: 2, stdout: "" });
    expect(extra.stderr).toMatch(/^MGMT takes at most \d+ arguments/);
  });
  test("--rate replaces a rulebook figure: 24 × 600 = 14,400 for the coordinator", () => {
    const rate = "management.coordinatorPerMonth=600";
    expect(runCli(["fn", "MGMT", "coordinator", "24", "--rate", rate])).toEqual({
      code: 0,
      stdout: "14400\n",
      stderr: "",
    });
    // Before the arguments, as --rate=…, and two at once: 2 × 800 for the upper meeting band.
    const meeting = ["--rate=meetings.bands.2.amount=800", "--rate", "linguistic.perParticipant=1"];
    expect(runCli(["fn", "MEETING", ...meeting, "2500", "2"]).stdout).toBe("1600\n");
    // A left-out optional argument before the rates: 1 participant at 300.
    expect(runCli(["fn", "TRAVEL", "150", "--rate", "travel.bands.1.amount=300"]).stdout).toBe(
      "300\n",
    );
  });

  test("an unknown figure, a malformed --rate or a refused value exits 1", () => {
    const unknown = runCli(["fn", "MGMT", "coordinator", "24", "--rate", "management.boss=600"]);
    expect(unknown).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "--rate management.boss: not a figure of the rulebook; ka2-budget rates lists them.\n",
    });
    expect(runCli(["fn", "MGMT", "coordinator", "24", "--rate", "600"]).code).toBe(1);
    const refused = runCli(["fn", "EXCEPTIONAL", "1000", "--rate", "exceptional.rate=2"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^rates row 1: exceptional\.rate cannot be 2 /);
  });
});

describe("fn in Latvian", () => {
  test("--lang lv words the text results and messages in Latvian", () => {
    expect(runCli(["fn", "BAND", "1500", "--lang", "lv"]).stdout).toBe("100–1\u00a0999 km\n");
    expect(runCli(["fn", "--lang=lv", "BAND", "2500"]).stdout).toBe("2\u00a0000 km un vairāk\n");
    expect(runCli(["fn", "PLACE", "Valencia, ES", "--lang", "lv"]).stdout).toBe(
      "Valencia, Spānija (ES)\n",
    );
    expect(runCli(["fn", "MGMT", "boss", "24", "--lang", "lv"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "Argumentam role jābūt lomai: coordinator, partner; saņemts “boss”.\n",
    });
    const unknown = runCli(["fn", "DISTANCE", "Riga", "Rigaa", "--lang", "lv"]);
    expect(unknown.stderr).toMatch(/^Argumentam to jābūt vietai: .*pilsēta “Rigaa” nav zināma/);
    const rate = runCli(["fn", "MGMT", "coordinator", "24", "--rate", "management.boss=1"], {
      locale: { LANG: "lv_LV.UTF-8" },
    });
    expect(rate.stderr).toBe(
      "--rate management.boss: noteikumos nav tāda rādītāja; tos uzskaita komanda ka2-budget rates.\n",
    );
  });

  test("the command line's own errors too, and --lang overrides the locale", () => {
    const latvian = { locale: { LC_ALL: "lv_LV.UTF-8" } };
    expect(runCli(["fn", "GRANT"], latvian).stderr).toMatch(/^KA2 funkcijas “GRANT” nav; /);
    expect(runCli(["fn"], latvian).stderr).toMatch(/^Norādiet funkcijas nosaukumu: MGMT/);
    expect(runCli(["fn", "MGMT", "coordinator", "24", "7", "8"], latvian).stderr).toMatch(
      /^MGMT pieņem ne vairāk kā 2 argumentus \(role, months\) un --rate opcijas; saņemti 4\./,
    );
    expect(runCli(["fn", "BAND", "50", "--lang", "en"], latvian).stdout).toBe(
      "under 100 km (not funded)\n",
    );
    const wrong = runCli(["fn", "BAND", "50", "--lang", "de"]);
    expect(wrong).toMatchObject({ code: 2, stdout: "" });
    expect(wrong.stderr).toMatch(/--lang must be lv or en/);
  });
});

describe("rates", () => {
  test("lists every figure id with its value, mark and sources", () => {
    const run = runCli(["rates"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^management\.coordinatorPerMonth +500 +\[D\] +deck, /m);
    // The 360 amount is [M] within the [S] band table.
    expect(run.stdout).toMatch(/^travel\.bands\.2\.amount +360 +\[M\] /m);
  });

  test("--json gives the same figures as data", () => {
    const figures = JSON.parse(runCli(["rates", "--json"]).stdout) as {
      id: string;
      value: number;
      mark: string;
    }[];
    expect(figures.find((figure) => figure.id === "meetings.bands.2.amount")).toMatchObject({
      value: 760,
      mark: "M",
    });
    expect(runCli(["rates", "budget.xlsx"]).code).toBe(2);
  });

  test("--lang lv words the heading, the columns and the last line in Latvian", () => {
    const run = runCli(["rates", "--lang", "lv"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/: \d+ skaitļi\. \[M\]: nav pārbaudīts, saskaņojiet /);
    expect(run.stdout).toMatch(/^skaitlis +vērtība +atzīme +avoti$/m);
    expect(run.stdout).toMatch(/^management\.coordinatorPerMonth +500 +\[D\] +deck, /m);
    expect(run.stdout).toContain("Skaitli nosaka budžeta tabulā Rates (Figure, Value)");
    const english = runCli(["rates"]).stdout;
    expect(english).toMatch(/^figure +value +mark +sources$/m);
    // Values as `check` writes figures in each language: a decimal comma and space groups in
    // Latvian, where "0.75" and "150,000" would read as other numbers.
    expect(run.stdout).toMatch(/^exceptional\.rate +0,75 +\[/m);
    expect(run.stdout).toMatch(/^actions\.SP\.maxGrant\.amount +150\u00a0000 +\[/m);
    expect(english).toMatch(/^exceptional\.rate +0\.75 +\[/m);
    expect(english).toMatch(/^actions\.SP\.maxGrant\.amount +150,000 +\[/m);
  });
});

describe("the committed examples", () => {
  test("sp-clean.xlsx checks clean and sp-mistakes.xlsx with errors; npm run demo succeeds", () => {
    expect(runCli(["check", "examples/sp-clean.xlsx"]).code).toBe(0);
    expect(runCli(["check", "examples/sp-mistakes.xlsx"]).code).toBe(1);
    const demo = spawnSync(process.execPath, ["scripts/demo.js"], {
      cwd: join(__dirname, "..", ".."),
      encoding: "utf8",
    });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain("Partners!G3");
  });
});

describe("command line", () => {
  test("--help prints the usage; a wrong command or option exits 2", () => {
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("ka2-budget check FILE.xlsx [--json]");
    expect(runCli([]).code).toBe(2);
    const unknown = runCli(["chek", "x.xlsx"]);
    expect(unknown.code).toBe(2);
    expectOneSentence(unknown.stderr);
    const option = runCli(["check", "x.xlsx", "--jsn"]);
    expect(option.code).toBe(2);
    expectOneSentence(option.stderr);
  });

  test("the usage and a wrong command line are in the locale's or --lang's language", () => {
    const latvian = { locale: { LANG: "lv_LV.UTF-8" } };
    const help = runCli(["--help"], latvian);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Lietošana:$/m);
    expect(help.stdout).toContain("ka2-budget check FILE.xlsx [--json] [--lang lv|en]");
    expect(runCli(["check", "--help", "--lang", "en"], latvian).stdout).toMatch(/^Usage:$/m);
    expect(runCli(["--help", "--lang", "lv"]).stdout).toMatch(/^Lietošana:$/m);
    expect(runCli([], latvian)).toMatchObject({ code: 2, stdout: "" });
    expect(runCli([], latvian).stderr).toMatch(/^Lietošana:$/m);

    expect(runCli(["check", "x.xlsx", "--jsn"], latvian)).toMatchObject({
      code: 2,
      stderr: "Nezināma opcija “--jsn”. Skatiet ka2-budget --help.\n",
    });
    expect(runCli(["check", "x.xlsx", "--jsn"]).stderr).toBe(
      "Unknown option '--jsn'. See ka2-budget --help.\n",
    );
    expect(runCli(["check", "--lang"]).stderr).toBe(
      "Option '--lang <value>' argument missing. See ka2-budget --help.\n",
    );
    expect(runCli(["chek"], latvian).stderr).toMatch(/^Nezināma komanda “chek”; komandas ir check/);
    expect(runCli(["check", "a.xlsx", "b.xlsx", "--lang", "lv"]).stderr).toBe(
      "ka2-budget check FILE.xlsx pieņem vienu failu; saņemts arī “b.xlsx”.\n",
    );
    expect(runCli(["export", "a.xlsx", "--lang", "lv"]).stderr).toBe(
      "Norādiet rakstāmo failu: ka2-budget export FILE.xlsx --out PATH.\n",
    );
    expect(runCli(["template", "t.xlsx", "--months", "99"], latvian)).toMatchObject({
      code: 2,
      stderr: "Darbībai SP --months vērtībai jābūt no 24 līdz 36; saņemts “99”.\n",
    });
  });
});

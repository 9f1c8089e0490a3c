import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { enableCalculatedColumns } from "../../src/cli/exceljs-calculated-columns";
import { buildTimeoutMs, processTestTimeoutMs } from "../support/build-timeout";
import { buildCli, runCli } from "./run-cli";
import { temporaryFolder } from "./workbook-files";

const examples = join(__dirname, "..", "..", "examples");
const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

jest.setTimeout(processTestTimeoutMs);

describe("ka2-budget export", () => {
  const folder = temporaryFolder();
  beforeAll(() => buildCli(), buildTimeoutMs);
  afterAll(() => folder.remove());

  it.each([
    ["sp-clean.xlsx", 0, "175,301.00 EUR"],
    ["sp-mistakes.xlsx", 1, "174,861.00 EUR"],
  ])("exports %s in every format and leaves the input's bytes alone", (example, code, total) => {
    const input = join(examples, example);
    const before = digest(input);
    for (const format of ["csv", "json", "xlsx"]) {
      const out = folder.path(`${example}.${format}`);
      const run = runCli(["export", input, "--format", format, "--out", out]);
      expect(run.stderr === "" ? 0 : 1).toBe(code);
      expect(run.code).toBe(code);
      expect(run.stdout).toContain(`Wrote ${out}`);
      // The total as ka2-budget check prints it.
      expect(run.stdout).toContain(`, total ${total}.`);
    }
    expect(digest(input)).toBe(before);
  });

  it("writes CSV that Excel reads as UTF-8 and a parser reads back", () => {
    const out = folder.path("clean.csv");
    runCli(["export", join(examples, "sp-clean.xlsx"), "--out", out]);
    const text = readFileSync(out, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1)).data;
    expect(rows).toContainEqual(["Total grant", "175301.00"]);
    // The example is a school-education SP: the Field follows the Action.
    expect(rows.slice(1, 3)).toEqual([
      ["Action", "SP"],
      ["Field", "School education"],
    ]);
    expect(rows.some((row) => row[0] === "Project management and implementation")).toBe(true);
  });

  it("writes JSON whose total is the checker's", () => {
    const out = folder.path("mistakes.json");
    runCli(["export", join(examples, "sp-mistakes.xlsx"), "--out", out]);
    const form = JSON.parse(readFileSync(out, "utf8")) as {
      field: string;
      fieldName: string;
      total: { granted: number };
      errors: { rule: string }[];
    };
    const check = JSON.parse(
      runCli(["check", join(examples, "sp-mistakes.xlsx"), "--json"]).stdout,
    ) as {
      totals: { total: number };
    };
    expect(form.total.granted).toBe(check.totals.total);
    expect([form.field, form.fieldName]).toEqual(["school", "School education"]);
    expect(form.errors.map((error) => error.rule)).toContain("cap.meetings-per-year");
  });

  it("adds a Form summary sheet to a copy that still checks the same", async () => {
    const out = folder.path("copy.xlsx");
    runCli(["export", join(examples, "sp-mistakes.xlsx"), "--out", out]);
    enableCalculatedColumns(); // exceljs cannot read tables with formula columns without it
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Form summary");
    expect(sheet).toBeDefined();
    expect(String(sheet!.getCell("A4").value)).toContain("This budget breaks");
    expect([sheet!.getCell("C2").value, sheet!.getCell("D2").value]).toEqual([
      "Field",
      "School education",
    ]);
    const original = JSON.parse(
      runCli(["check", join(examples, "sp-mistakes.xlsx"), "--json"]).stdout,
    );
    const copy = JSON.parse(runCli(["check", out, "--json"]).stdout);
    expect(copy).toEqual(original);
  });

  it("never writes over its input or an existing file without --force", () => {
    const input = join(examples, "sp-clean.xlsx");
    const same = runCli(["export", input, "--out", input]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("never writes over the workbook it reads");
    const out = folder.path("twice.csv");
    expect(runCli(["export", input, "--out", out]).code).toBe(0);
    expect(runCli(["export", input, "--out", out]).code).toBe(2);
    expect(runCli(["export", input, "--out", out, "--force"]).code).toBe(0);
  });

  it("refuses an unknown format in one sentence", () => {
    const run = runCli(["export", join(examples, "sp-clean.xlsx"), "--out", folder.path("x.pdf")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('--format must be csv, json or xlsx; got "pdf".');
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { budgetWithMistakes, cleanBudget } from "../../scripts/example-budgets";
import { buildTimeoutMs, processTestTimeoutMs } from "../support/build-timeout";
import { englishLines } from "../support/english-words";
import { buildCli, runCli } from "./run-cli";
import { temporaryFolder } from "./workbook-files";

/*
 * A Latvian user reads no English: everything the command line prints or writes with --lang lv
 * is searched for common English words. What is not the tool's own text is taken out first:
 * the workbook's cell text (titles, names, descriptions), rule ids and the file's path. Table
 * and column names (Partners, Amount) are the workbook's contract and start with a capital;
 * the words searched for are lower case.
 */

/** Every text cell of the example budgets: data the user typed, not the tool's words. */
const userText = [cleanBudget(), budgetWithMistakes()]
  .flatMap((budget) => Object.values(budget))
  .flatMap((rows) => rows ?? [])
  .flatMap((row) => Object.values(row))
  .filter((value): value is string => typeof value === "string" && value.length > 3);

jest.setTimeout(processTestTimeoutMs);

describe("Latvian output holds no English", () => {
  const folder = temporaryFolder();
  const examples = join(__dirname, "..", "..", "examples");
  beforeAll(() => buildCli(), buildTimeoutMs);
  afterAll(() => folder.remove());

  it("would catch an English sentence, and lets user text and rule ids through", () => {
    expect(englishLines("The budget breaks 9 rule(s); the export says so.")).toHaveLength(1);
    expect(englishLines("2,000 km and more")).toHaveLength(1);
    const typed = "Subcontracted translation of the O1 toolkit into four languages";
    expect(userText).toContain(typed);
    expect(englishLines(`${typed} [rule.events-need-outputs] Meetings!A2`, userText)).toEqual([]);
  });

  it.each(["sp-clean.xlsx", "sp-mistakes.xlsx"])("check --lang lv of %s", (example) => {
    const run = runCli(["check", join(examples, example), "--lang", "lv"]);
    expect(run.stdout).toMatch(/KA2 budžeta pārbaude/);
    expect(englishLines(run.stdout + run.stderr, userText)).toEqual([]);
  });

  it.each(["csv", "xlsx-free csv with ;"])("export --lang lv (%s)", (kind) => {
    const out = folder.path(`form-${kind.length}.csv`);
    const options = kind === "csv" ? [] : ["--separator", ";"];
    const input = join(examples, "sp-mistakes.xlsx");
    const run = runCli(["export", input, "--out", out, ...options, "--lang", "lv"]);
    expect(run.code).toBe(1);
    const written = readFileSync(out, "utf8");
    expect(written).toMatch(/2\u00a0000 km un vairāk/);
    expect(englishLines(run.stdout + run.stderr + written, userText)).toEqual([]);
  });

  it("--help and wrong command lines with --lang lv", () => {
    const help = runCli(["--help", "--lang", "lv"]);
    expect(help.stdout).toMatch(/^Lietošana:$/m);
    // What --json prints are the data's keys, the same in every language.
    const jsonKeys = "{ action, field, rulebook, months, totals, findings, figures }";
    expect(help.stdout).toContain(jsonKeys);
    const errors = [
      runCli(["chek", "--lang", "lv"]),
      runCli(["check", "x.xlsx", "--jsn", "--lang", "lv"]),
      runCli(["export", "a.xlsx", "--out", "a.xlsx", "--lang", "lv"]),
      runCli(["export", "a.xlsx", "--out", "a.pdf", "--lang", "lv"]),
      runCli(["template", folder.path("t.xlsx"), "--action", "KA3"], { locale: { LANG: "lv_LV" } }),
      runCli(["template", folder.path("t.xlsx"), "--action", "KA", "--field", "youth"], {
        locale: { LANG: "lv_LV" },
      }),
      runCli(["template", examples], { locale: { LANG: "lv_LV" } }),
    ];
    for (const run of errors) expect(run.code).toBe(2);
    const written = runCli(["template", folder.path("new.xlsx"), "--lang", "lv"]);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/Uzrakstīts .*: 24 mēnešu SP budžets ar tabulām/);
    const text = [
      help.stdout.replace(jsonKeys, ""),
      written.stdout.replace(folder.path("new.xlsx"), ""),
      ...errors.map((run) => run.stderr),
    ].join("\n");
    expect(englishLines(text, [...userText, examples])).toEqual([]);
  });

  it("fn --lang lv", () => {
    const outputs = [
      runCli(["fn", "BAND", "2500", "--lang", "lv"]),
      runCli(["fn", "BAND", "50", "--lang", "lv"]),
      runCli(["fn", "PLACE", "56.95, 24.11", "--lang", "lv"]),
      runCli(["fn", "MGMT", "coordinator", "", "--lang", "lv"]),
      runCli(["fn", "DISSEM", "0", "0", "--lang", "lv"]),
      runCli(["fn", "GRANT", "--lang", "lv"]),
      runCli(["fn", "EXCEPTIONAL", "1000", "--rate", "exceptional.rate=2", "--lang", "lv"]),
    ];
    const text = outputs.map((run) => run.stdout + run.stderr).join("\n");
    expect(text).toMatch(/mazāk par 100 km/);
    expect(text).toContain("exceptional.rate nevar būt 2 (jābūt 1 vai mazāk)");
    expect(englishLines(text, userText)).toEqual([]);
  });
});

import {
  commandErrorMessage,
  commandErrorText,
  type CommandErrorKey,
  type CommandErrorMessages,
  type CommandErrorText,
} from "../../src/cli/command-error-text";
import { CommandError } from "../../src/cli/command-io";
import { readErrorText } from "../../src/cli/read-error-text";
import { WorkbookReadError } from "../../src/cli/workbook-file";

const range = { key: "command/months-range", params: { min: 6, max: 24 } } as const;

/** One example of every command error, typed by key: a key without an example does not compile. */
const examples: { [K in CommandErrorKey]: CommandErrorMessages[K] } = {
  "command/unknown-command": { command: "chek" },
  "command/unknown-option": { option: "--jsn" },
  "command/option-needs-value": { option: "--lang" },
  "command/option-takes-no-value": { option: "--json" },
  "command/arguments": { detail: "Unexpected argument 'x'" },
  "command/missing-check": {},
  "command/missing-export": {},
  "command/missing-template": {},
  "command/extra-file": { usage: "check FILE.xlsx", extra: "b.xlsx" },
  "command/rates-no-file": { text: "budget.xlsx" },
  "command/lang": { text: "de" },
  "command/export-no-out": {},
  "command/export-over-input": { file: "budget.xlsx" },
  "command/separator-not-csv": {},
  "command/separator": { text: "|" },
  "command/format": { text: "pdf" },
  "command/action": { accepted: ["SP", "KA", "SSA"], text: "KA3" },
  "command/field": { accepted: ["school", "youth"], text: "sport" },
  "command/field-not-sp": {},
  "command/months": { range, action: "SP", text: "0x18" },
  "command/months-field": { range, action: "SP", field: "youth", text: "30" },
  "command/months-range": { min: 24, max: 36 },
  "command/months-one-of": { allowed: [24, 36] },
  "command/title-length": { max: 255, length: 40_000 },
  "command/title-characters": {},
  "write/exists": { path: "out.xlsx" },
  "write/no-folder": { path: "missing/out.xlsx" },
  "write/not-folder": { path: "file.txt/out.xlsx" },
  "write/is-folder": { path: "examples" },
  "write/permission": { path: "out.xlsx" },
  "write/disk-full": { path: "out.xlsx" },
  "write/too-large": { path: "out.xlsx" },
  "write/read-only": { path: "out.xlsx" },
  "write/other": { path: "out.xlsx", code: "EIO" },
  "write/unknown": { path: "out.xlsx" },
  "command/unexpected": { detail: "out of memory" },
};

describe("the command's own errors", () => {
  it("render every message in English and Latvian with every value filled in", () => {
    for (const [key, params] of Object.entries(examples)) {
      const text = { key, params } as CommandErrorText;
      const english = commandErrorMessage(text, "en");
      const latvian = commandErrorMessage(text, "lv");
      for (const rendered of [english, latvian]) {
        expect([
          key,
          /{{|}}|undefined|null|NaN|\[object|^(command|write)\//.test(rendered),
        ]).toEqual([key, false]);
      }
      expect([key, latvian === english]).toEqual([key, false]);
    }
  });

  it("fill the months a template may have into the sentence in the same language", () => {
    const youth = commandErrorText("command/months-field", {
      range,
      action: "SP",
      field: "youth",
      text: "30",
    });
    expect(commandErrorMessage(youth, "en")).toBe(
      '--months must be 6 to 24 for SP in the youth field; got "30".',
    );
    expect(commandErrorMessage(youth, "lv")).toBe(
      "Darbībai SP jaunatnes jomā --months vērtībai jābūt no 6 līdz 24; saņemts “30”.",
    );
    const ka = commandErrorText("command/months", {
      range: { key: "command/months-one-of", params: { allowed: [24, 36] } },
      action: "KA",
      text: "12",
    });
    expect(commandErrorMessage(ka, "en")).toBe('--months must be 24 or 36 for KA; got "12".');
    expect(commandErrorMessage(ka, "lv")).toBe(
      "Darbībai KA --months vērtībai jābūt 24 vai 36; saņemts “12”.",
    );
  });

  it("keep English as the error's message and give it in Latvian on request", () => {
    const error = new CommandError(commandErrorText("command/lang", { text: "de" }));
    expect(error.message).toBe('--lang must be lv or en; got "de".');
    expect(error.messageIn("lv")).toBe("--lang vērtībai jābūt lv vai en; saņemts “de”.");
    expect(error.exitCode).toBe(2);
  });

  it("count a file that cannot be read among them: one sentence, exit code 2", () => {
    const error = new WorkbookReadError(readErrorText("read/ole", { file: "budget.xls" }));
    expect(error).toBeInstanceOf(CommandError);
    expect(error.name).toBe("WorkbookReadError");
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/^budget\.xls /);
    expect(error.messageIn("lv")).toMatch(/^Fails budget\.xls ir aizsargāts ar paroli/);
    expect(error.messageIn("lv")).not.toBe(error.message);
  });
});

import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { main } from "../../src/cli/main";
import { writeOutputFile } from "../../src/cli/output-file";
import { cleanBudget } from "../../scripts/example-budgets";
import { temporaryFolder, writeBudget } from "./workbook-files";

const folder = temporaryFolder();
afterAll(() => folder.remove());

function files(): string[] {
  return readdirSync(folder.path("")).sort();
}

describe("writeOutputFile", () => {
  test("writes a new file and leaves no temporary file", async () => {
    await writeOutputFile(folder.path("new.csv"), Buffer.from("a,b"), false);
    expect(readFileSync(folder.path("new.csv"), "utf8")).toBe("a,b");
    expect(files().filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  test("without replace an existing file is kept and nothing else is left", async () => {
    writeFileSync(folder.path("mine.csv"), "my work");
    const before = files();
    await expect(writeOutputFile(folder.path("mine.csv"), Buffer.from("x"), false)).rejects.toThrow(
      /already exists; choose another name or add --force/,
    );
    expect(readFileSync(folder.path("mine.csv"), "utf8")).toBe("my work");
    expect(files()).toEqual(before);
  });

  test("with replace a symlink planted at the target is replaced, not followed", async () => {
    writeFileSync(folder.path("victim.txt"), "keep me");
    symlinkSync(folder.path("victim.txt"), folder.path("out.csv"));
    await writeOutputFile(folder.path("out.csv"), Buffer.from("form"), true);
    expect(readFileSync(folder.path("victim.txt"), "utf8")).toBe("keep me");
    expect(readFileSync(folder.path("out.csv"), "utf8")).toBe("form");
  });

  test("a folder it may not write says permission denied and leaves nothing", async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere: nothing to observe
    const locked = folder.path("locked");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      await expect(writeOutputFile(`${locked}/form.csv`, Buffer.from("x"), true)).rejects.toThrow(
        /cannot be written: permission denied/,
      );
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});

describe("template arguments", () => {
  async function template(...args: string[]): Promise<{ code: number; err: string }> {
    let err = "";
    const code = await main(["template", folder.path("t.xlsx"), ...args], {
      out: () => undefined,
      err: (text) => void (err += text),
    });
    return { code, err };
  }

  test("--months takes digits only: 0x18 and 2.4e1 are refused", async () => {
    expect(await template("--months", "0x18")).toEqual({
      code: 2,
      err: '--months must be 24 to 36 for SP; got "0x18".\n',
    });
    expect((await template("--months", "2.4e1")).code).toBe(2);
    expect(existsSync(folder.path("t.xlsx"))).toBe(false);
  });

  test("--title refuses what a workbook cannot store and over-long titles", async () => {
    expect(await template("--title", "Budget \uFFFE")).toMatchObject({ code: 2 });
    expect((await template("--title", "a\u0001b")).err).toMatch(/control character/);
    expect((await template("--title", "x".repeat(40_000))).err).toBe(
      "--title may have at most 255 characters; got 40000.\n",
    );
    expect(existsSync(folder.path("t.xlsx"))).toBe(false);
  });
});

describe("export --separator", () => {
  async function exportCsv(...args: string[]): Promise<{ code: number; err: string }> {
    let err = "";
    const code = await main(["export", folder.path("budget.xlsx"), ...args], {
      out: () => undefined,
      err: (text) => void (err += text),
    });
    return { code, err };
  }

  test('";" separates the CSV fields; anything but "," or ";" is refused', async () => {
    await writeBudget(folder.path("budget.xlsx"), cleanBudget());
    expect((await exportCsv("--out", folder.path("form.csv"), "--separator", ";")).code).toBe(0);
    const lines = readFileSync(folder.path("form.csv"), "utf8").split("\r\n");
    expect(lines).toContain("Rulebook;2014");
    expect(await exportCsv("--out", folder.path("other.csv"), "--separator", "|")).toEqual({
      code: 2,
      err: '--separator must be "," or ";"; got "|".\n',
    });
  }, 120_000);
});

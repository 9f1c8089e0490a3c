import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, truncateSync, writeFileSync } from "node:fs";
import { cleanBudget } from "../../scripts/example-budgets";
import { buildCli, runCli, type CliRun } from "./run-cli";
import {
  editedZip,
  isTablePart,
  partsOf,
  withAbsoluteTargets,
  zipDeclaring,
} from "./hostile-files";
import { temporaryFolder, writeBudget } from "./workbook-files";

/**
 * The command on hostile and foreign files, built here as tiny files that claim huge sizes or
 * odd structures. Each runs the built command with a 512 MB heap: it must end (the jest
 * timeout bounds the time), with exit 2 and a plain sentence for what it cannot read.
 */

jest.setTimeout(120_000);

const folder = temporaryFolder();
const smallHeap = ["--max-old-space-size=512"];
let good: Buffer;
/** The check of the unchanged workbook, which the odd-but-readable variants must equal. */
let original: CheckJson;

function check(name: string, bytes: Buffer): CliRun {
  const path = folder.path(name);
  writeFileSync(path, bytes);
  return runCli(["check", path, "--json"], { nodeOptions: smallHeap });
}

interface CheckJson {
  totals: { total: number };
  findings: { rule: string; message: string; table?: string }[];
}

function json(run: CliRun): CheckJson {
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as CheckJson;
}

beforeAll(async () => {
  buildCli();
  good = readFileSync(await writeBudget(folder.path("good.xlsx"), cleanBudget()));
  original = json(check("original.xlsx", good));
}, 180_000);
afterAll(() => folder.remove());

describe("zip bombs and lying zip directories", () => {
  test("a 4 GB part nobody reads (customXml) is refused before inflating: exit 2", () => {
    const parts = [...partsOf(good), { name: "customXml/item1.xml", data: Buffer.alloc(1000) }];
    const run = check("bomb.xlsx", zipDeclaring(parts, "customXml/item1.xml", 4 * 1024 ** 3));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/this file expands to 4\.0 GB .*; it is not a budget workbook\.\n$/);
  });

  test("300 MB declared by a file of a few KB is refused for its ratio", () => {
    const parts = [...partsOf(good), { name: "xl/media/image1.png", data: Buffer.alloc(1000) }];
    const run = check("dense.xlsx", zipDeclaring(parts, "xl/media/image1.png", 300 * 1024 ** 2));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/this file expands to 300 MB/);
  });

  test("sheets declaring more than 48 MB are refused before exceljs could exhaust the heap", () => {
    // 1 MB of random bytes nobody reads keeps the ratio low, so the read limit is what refuses.
    const noise = { name: "customXml/item1.bin", data: randomBytes(1024 * 1024) };
    const parts = [...partsOf(good), noise];
    const run = check(
      "huge-sheet.xlsx",
      zipDeclaring(parts, "xl/worksheets/sheet1.xml", 60 * 1024 ** 2),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/its sheets expand to 60 MB, more than the 48 MB the command reads/);
  });

  test("a part larger than its declared size is refused, not inflated without limit", () => {
    const parts = partsOf(good).map((part) =>
      part.name === "xl/worksheets/sheet1.xml"
        ? { name: part.name, data: Buffer.concat([part.data, Buffer.alloc(5_000_000, 32)]) }
        : part,
    );
    const run = check("liar.xlsx", zipDeclaring(parts, "xl/worksheets/sheet1.xml", 100));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/xl\/worksheets\/sheet1\.xml is damaged or larger than .* declares/);
  });
});

describe("whole-sheet and impossible table ranges", () => {
  const partnersRef = (ref: string) =>
    editedZip(good, (name, text) =>
      isTablePart(name, text, "Partners") ? text.replace(/ref="[^"]*"/g, `ref="${ref}"`) : text,
    );

  test("a Partners table claiming A1:XFD1048576 reads its few real rows", () => {
    const run = check("whole-sheet.xlsx", partnersRef("A1:XFD1048576"));
    expect(run.code).not.toBe(2);
    const result = json(run);
    expect(result.totals.total).toBe(original.totals.total);
  });

  test.each([
    ["A0:G5", /row 0 is outside Excel's rows 1 to 1,048,576/],
    ["Partners!A1:G5", /names a sheet/],
    ["A1:XFE5", /beyond Excel's last column XFD/],
    ["A1:G1048577", /row 1048577 is outside/],
  ])("a range %s is a finding, not a silently missing table", (ref, reason) => {
    const result = json(check("bad-ref.xlsx", partnersRef(ref)));
    const unread = result.findings.filter(
      (item) => item.rule === "input.missing-table" && /was not read/.test(item.message),
    );
    expect(unread).toHaveLength(1);
    expect(unread[0]?.message).toMatch(reason);
  });
});

describe("files from other writers", () => {
  test("openpyxl's absolute relationship targets (/xl/tables/table1.xml) are read", () => {
    const absolute = withAbsoluteTargets(good);
    expect(absolute.toString("latin1")).toContain('Target="/xl/tables/table');
    const result = json(check("openpyxl.xlsx", absolute));
    expect(result.totals).toEqual(original.totals);
    expect(result.findings).toEqual(original.findings);
  });

  test("a table part with displayName but no name is read by its displayName", () => {
    const noName = editedZip(good, (name, text) =>
      isTablePart(name, text, "Partners") ? text.replace(/ name="Partners"/, "") : text,
    );
    const result = json(check("display-name.xlsx", noName));
    expect(result.totals).toEqual(original.totals);
  });

  test("a missing sharedStrings.xml is exit 2, not findings about string indexes", () => {
    const run = check(
      "no-strings.xlsx",
      editedZip(good, (name, text) => (name === "xl/sharedStrings.xml" ? undefined : text)),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/sharedStrings\.xml.*does not contain; it is damaged/);
  });

  test("an OpenDocument spreadsheet is told to be saved as .xlsx", () => {
    const parts = [
      { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
      { name: "content.xml", data: Buffer.from("<office:document-content/>") },
    ];
    const run = check("budget.ods", zipDeclaring(parts, "", 0));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /OpenDocument spreadsheet \(\.ods\).*save it as an Excel workbook \(\.xlsx\)/,
    );
  });
});

describe("files that are not regular files or are too large", () => {
  test("/dev/zero is refused at once", () => {
    const run = runCli(["check", "/dev/zero"], { nodeOptions: smallHeap });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not a regular file/);
  });

  test("a FIFO is refused without waiting for a writer", () => {
    const fifo = folder.path("budget.fifo");
    execFileSync("mkfifo", [fifo]);
    const run = runCli(["check", fifo], { nodeOptions: smallHeap });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not a regular file/);
  });

  test("a file over 100 MB is refused before it is read (a sparse file takes no disk)", () => {
    const big = folder.path("big.xlsx");
    writeFileSync(big, good);
    truncateSync(big, 101 * 1024 * 1024);
    const run = runCli(["check", big], { nodeOptions: smallHeap });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is larger than 100 MB; it is not a budget workbook/);
  });
});

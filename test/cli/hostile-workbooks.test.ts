import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, truncateSync, writeFileSync } from "node:fs";
import { cleanBudget } from "../../scripts/example-budgets";
import { buildCli, runCli, type CliRun } from "./run-cli";
import { editedZip, isTablePart, partsOf, zipDeclaring } from "./hostile-files";
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
    const absolute = editedZip(good, (name, text) => {
      if (name === "xl/_rels/workbook.xml.rels") {
        return text.replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"');
      }
      if (/^xl\/worksheets\/_rels\//.test(name)) {
        return text.replace(/Target="\.\.\/([^"]+)"/g, 'Target="/xl/$1"');
      }
      return text;
    });
    expect(absolute.toString("latin1")).toContain('Target="/xl/tables/table');
    const result = json(check("openpyxl.xlsx", absolute));
    expect(result.totals).toEqual(original.totals);
    expect(result.findings).toEqual(original.findings);
  });

  test("sheets and tables under other names and folders, and no styles.xml, read as the original", () => {
    // Legal in the package format: the workbook finds its parts through relationships.
    const renamed = (text: string) =>
      text
        .replace(/worksheets\/sheet(\d+)\.xml/g, "sheets/budget-$1.xml")
        .replace(/tables\/table(\d+)\.xml/g, "tables/list$1.xml");
    const parts = partsOf(good).flatMap((part) => {
      if (part.name === "xl/styles.xml") return [];
      const text = part.data.toString("utf8");
      const name = renamed(part.name).replace("sheets/_rels/", "sheets/_rels/");
      const relsMoved = name.replace(
        /^xl\/worksheets\/_rels\/sheet(\d+)\.xml\.rels$/,
        "xl/sheets/_rels/budget-$1.xml.rels",
      );
      const edited = /\.rels$|\[Content_Types\]\.xml$/.test(part.name)
        ? renamed(text)
            .replace(/<Relationship [^>]*Target="styles\.xml"[^>]*\/>/, "")
            .replace(/<Override [^>]*PartName="\/xl\/styles\.xml"[^>]*\/>/, "")
        : text;
      return [{ name: relsMoved, data: Buffer.from(edited, "utf8") }];
    });
    const names = parts.map((part) => part.name);
    expect(names).toContain("xl/sheets/budget-1.xml");
    expect(names).toContain("xl/sheets/_rels/budget-2.xml.rels");
    expect(names).toContain("xl/tables/list1.xml");
    expect(names.filter((name) => /worksheets|styles|tables\/table/.test(name))).toEqual([]);
    const result = json(check("other-writer.xlsx", zipDeclaring(parts, "", 0)));
    expect(result.totals).toEqual(original.totals);
    expect(result.findings).toEqual(original.findings);
  });

  test("a workbook without xl/styles.xml reads as the original", () => {
    const noStyles = editedZip(good, (name, text) =>
      name === "xl/styles.xml"
        ? undefined
        : text.replace(/<Relationship [^>]*Target="styles\.xml"[^>]*\/>/, ""),
    );
    const result = json(check("no-styles.xlsx", noStyles));
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

describe("read errors in the language of the output", () => {
  const latvian = { LANG: "lv_LV.UTF-8" };

  test("a zip bomb, in Latvian from LANG and from --lang", () => {
    const parts = [...partsOf(good), { name: "customXml/item1.xml", data: Buffer.alloc(1000) }];
    const path = folder.path("bumba.xlsx");
    writeFileSync(path, zipDeclaring(parts, "customXml/item1.xml", 4 * 1024 ** 3));
    const fromLocale = runCli(["check", path], { locale: latvian, nodeOptions: smallHeap });
    expect(fromLocale.code).toBe(2);
    expect(fromLocale.stderr).toMatch(
      /bumba\.xlsx: šis fails izvēršas līdz 4,0 GB \(no .*\); tā nav budžeta darbgrāmata\.\n$/,
    );
    const fromFlag = runCli(["check", path, "--lang", "lv"], { nodeOptions: smallHeap });
    expect(fromFlag.stderr).toBe(fromLocale.stderr);
    const english = runCli(["check", path, "--lang=en"], { locale: latvian });
    expect(english.stderr).toMatch(/this file expands to 4\.0 GB/);
  });

  test("not a regular file, a missing file and an .ods file, in Latvian", () => {
    const device = runCli(["check", "/dev/zero", "--lang", "lv"]);
    expect(device.code).toBe(2);
    expect(device.stderr).toBe(
      "/dev/zero nav parasts fails (tā ir ierīce, kanāls vai ligzda); norādiet .xlsx darbgrāmatas ceļu.\n",
    );
    const missing = runCli(["export", folder.path("nav.xlsx"), "--out", folder.path("x.csv")], {
      locale: latvian,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Fails .*nav\.xlsx nepastāv\.\n$/);
    const parts = [
      { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
      { name: "content.xml", data: Buffer.from("<office:document-content/>") },
    ];
    const ods = folder.path("budzets.ods");
    writeFileSync(ods, zipDeclaring(parts, "", 0));
    const run = runCli(["check", ods], { locale: latvian });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/tā ir OpenDocument izklājlapa \(\.ods\); .*\(\.xlsx\)\.\n$/);
  });
});
